import { Directive, effect, inject } from '@angular/core';
import { CarteService } from '../carte/carte.service';
import { COUCHE_PROSPECTIVE, ETAT_PROSPECTIVE_APL, ETAT_PROSPECTIVE_ECART, definitionCoucheProspective } from '../carte/couches/prospective.couche';
import { PanneauStore } from '../mise-en-page/panneau.store';
import { ProspectiveStore } from './prospective.store';

/**
 * Put on `<mlg-carte>`: while the « Prospective » tab is open with a result, draws the chosen series (observed or
 * target APL, or their gap) at the chosen horizon over the indicator; otherwise removes it. It reaches the map
 * through the map component's own `CarteService` (same element): the map wrapper knows nothing of scenarios.
 */
@Directive({ selector: 'mlg-carte[mlgProspectiveSurCarte]' })
export class ProspectiveSurCarteDirective {
  private readonly carte = inject(CarteService);
  private readonly store = inject(ProspectiveStore);
  private readonly panneau = inject(PanneauStore);

  constructor() {
    effect(() => {
      const visible = this.panneau.onglet() === 'prospective' && this.store.resultat() !== null;
      const ecart = this.store.serie() === 'ecart';
      const valeurs = visible ? this.store.valeursCarte() : new Map<string, number>();
      this.carte.definirEtats('communes', 'communes', ETAT_PROSPECTIVE_ECART, ecart ? valeurs : new Map());
      this.carte.definirEtats('communes', 'communes', ETAT_PROSPECTIVE_APL, ecart ? new Map() : valeurs);
      if (visible) this.carte.definirCouche(definitionCoucheProspective(ecart));
      else this.carte.retirerCouche(COUCHE_PROSPECTIVE);
    });
  }
}
