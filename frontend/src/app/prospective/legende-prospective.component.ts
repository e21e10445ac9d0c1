import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { INDICATEUR_APL } from '../indicateurs/acces.indicateurs';
import { CLASSES_DELTA, COULEUR_DELTA_NUL } from '../simulation/palette-delta';
import { ProspectiveStore } from './prospective.store';

/** Map legend of the « Prospective » tab: APL classes of a scenario, or the gap target − observed, with the year. */
@Component({
  selector: 'mlg-legende-prospective',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (store.resultat(); as r) {
      <section class="legende" aria-labelledby="legende-prospective-titre" data-testid="legende-prospective" [attr.data-annee]="store.anneeAffichee()">
        <h2 id="legende-prospective-titre" class="fr-text--sm fr-text--bold fr-mb-1w">{{ titre() }}</h2>
        <ul class="legende__classes fr-text--xs fr-mb-1v">
          @for (classe of classes(); track classe.min) {
            <li><span class="legende__pastille" [style.background]="classe.couleur" aria-hidden="true"></span>{{ classe.libelle }}</li>
          }
          @if (store.serie() === 'ecart') {
            <li><span class="legende__pastille" [style.background]="couleurNulle" aria-hidden="true"></span>sans écart ou sans donnée</li>
          }
        </ul>
        <p class="fr-text--xs fr-mb-0">Source : {{ r.source.libelle }}</p>
      </section>
    }
  `,
})
export class LegendeProspectiveComponent {
  protected readonly store = inject(ProspectiveStore);
  protected readonly couleurNulle = COULEUR_DELTA_NUL;
  protected readonly classes = computed(() => (this.store.serie() === 'ecart' ? CLASSES_DELTA : INDICATEUR_APL.classes));
  protected readonly titre = computed(() => {
    const annee = this.store.anneeAffichee();
    switch (this.store.serie()) {
      case 'ecart':
        return `Écart d’APL en ${annee} : scénario cible moins scénario observé (consultations/an/hab.)`;
      case 'cible':
        return `APL en ${annee}, scénario cible (consultations/an/hab.)`;
      default:
        return `APL en ${annee}, scénario observé (consultations/an/hab.)`;
    }
  });
}
