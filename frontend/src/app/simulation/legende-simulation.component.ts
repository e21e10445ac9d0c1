import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { CLASSES_DELTA, COULEUR_DELTA_NUL } from './palette-delta';
import { SimulationStore } from './simulation.store';

/** Map legend while a simulation result is drawn: ΔAPL classes, with the source of the computation. */
@Component({
  selector: 'mlg-legende-simulation',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (store.resultat(); as r) {
      <section class="legende" aria-labelledby="legende-simulation-titre" data-testid="legende-simulation">
        <h2 id="legende-simulation-titre" class="fr-text--sm fr-text--bold fr-mb-1w">Variation de l’APL simulée (ΔAPL, consultations/an/hab.)</h2>
        <!-- Losses in the first column, gains in the second (CLASSES_DELTA is ordered from -∞ to +∞). -->
        <ul class="legende__classes legende-simulation__classes fr-text--xs fr-mb-1v">
          @for (classe of classes; track classe.min) {
            <li><span class="legende__pastille" [style.background]="classe.couleur" aria-hidden="true"></span>{{ classe.libelle }}</li>
          }
        </ul>
        <ul class="legende__classes fr-text--xs fr-mb-1w">
          <li><span class="legende__pastille" [style.background]="couleurNulle" aria-hidden="true"></span>inchangée</li>
        </ul>
        <p class="fr-text--xs fr-mb-0">Source : {{ r.source.libelle }} — millésime {{ r.source.millesime }}</p>
      </section>
    }
  `,
  styles: `
    .legende-simulation__classes {
      display: grid;
      grid-template-rows: repeat(4, auto);
      grid-auto-flow: column;
      column-gap: 0.75rem;
    }
  `,
})
export class LegendeSimulationComponent {
  protected readonly store = inject(SimulationStore);
  protected readonly classes = CLASSES_DELTA;
  protected readonly couleurNulle = COULEUR_DELTA_NUL;
}
