import { Directive, effect, inject, input } from '@angular/core';
import { CarteService } from '../carte/carte.service';
import { COUCHES_ZONES_ROUGES, ETAT_ZONE_ROUGE } from '../carte/couches/zones-rouges.couche';
import { ZonesRougesStore } from './zones-rouges.store';

/** Put on `<mlg-carte>`: outlines the EPCI of the zones rouges list (feature-state by SIREN) while `mlgZonesRougesSurCarte` is true. */
@Directive({ selector: 'mlg-carte[mlgZonesRougesSurCarte]' })
export class ZonesRougesSurCarteDirective {
  private readonly carte = inject(CarteService);
  private readonly store = inject(ZonesRougesStore);
  readonly visible = input.required<boolean>({ alias: 'mlgZonesRougesSurCarte' });

  constructor() {
    effect(() => {
      const visible = this.visible();
      const liste = this.store.liste();
      if (visible && !liste) void this.store.charger();
      const valeurs = new Map<string, boolean>(visible && liste ? liste.epci.map((e) => [e.siren, true]) : []);
      this.carte.definirEtats('epci', 'epci', ETAT_ZONE_ROUGE, valeurs);
      for (const c of COUCHES_ZONES_ROUGES) {
        if (visible) this.carte.definirCouche(c);
        else this.carte.retirerCouche(c.specification.id);
      }
    });
  }
}
