import { Directive, computed, effect, inject } from '@angular/core';
import { CarteService } from '../carte/carte.service';
import { motifHachures } from '../carte/couches/hachures-couverture.couche';
import { COUCHE_ZONAGE_PERIME, IMAGE_ZONAGE_PERIME, coucheZonagePerime } from '../carte/couches/zonage-perime.couche';
import { IndicateurStore } from './indicateur.store';

/**
 * Put on `<mlg-carte>`: while a zonage is the indicator, hatches the régions where its version is past its validity
 * (the legend lists them). Their codes are on the host as `data-regions-zonage-perime` (read by the browser tests).
 */
@Directive({
  selector: 'mlg-carte[mlgZonagePerimeSurCarte]',
  host: { '[attr.data-regions-zonage-perime]': 'regions().join(",")' },
})
export class ZonagePerimeSurCarteDirective {
  private readonly carte = inject(CarteService);
  private readonly indicateurs = inject(IndicateurStore);

  protected readonly regions = computed(() => [...(this.indicateurs.valeurs()?.validite?.perimees ?? []).map((r) => r.code)].sort());

  constructor() {
    this.carte.definirImage(IMAGE_ZONAGE_PERIME, motifHachures());
    effect(() => {
      const regions = this.regions();
      if (regions.length) this.carte.definirCouche(coucheZonagePerime(regions));
      else this.carte.retirerCouche(COUCHE_ZONAGE_PERIME);
    });
  }
}
