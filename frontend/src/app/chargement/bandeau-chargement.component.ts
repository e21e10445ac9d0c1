import { ChangeDetectionStrategy, Component, OnInit, effect, inject } from '@angular/core';
import { ChargementDonneesStore } from './chargement-donnees.store';

/** First start: a DSFR notice with a progress bar while the shipped open data is being imported. */
@Component({
  selector: 'mlg-bandeau-chargement',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (store.enChargement()) {
      <div class="fr-notice fr-notice--info" role="status" aria-live="polite" data-testid="chargement-donnees">
        <div class="fr-container">
          <div class="fr-notice__body">
            <p class="fr-notice__title">
              {{ store.premierChargement() ? 'Premier démarrage : chargement des données ouvertes' : 'Mise à jour des données ouvertes' }} ({{
                store.pourcentage()
              }}
              %). {{ store.libelle() }}
            </p>
            <progress
              class="bandeau-chargement__barre"
              max="100"
              [value]="store.pourcentage()"
              [attr.aria-label]="'Chargement des données : ' + store.pourcentage() + ' %'"
            ></progress>
          </div>
        </div>
      </div>
    }
    @if (store.erreur(); as erreur) {
      <div class="fr-alert fr-alert--error fr-alert--sm" role="alert">
        <p>Le chargement des données a échoué ; la base est restée dans son état précédent. {{ erreur }}</p>
      </div>
    }
  `,
  styles: [
    `
      .bandeau-chargement__barre {
        width: 100%;
        height: 0.5rem;
      }
    `,
  ],
})
export class BandeauChargementComponent implements OnInit {
  protected readonly store = inject(ChargementDonneesStore);
  private vuEnChargement = false;

  constructor() {
    // Layers and indicator values fetched while the import ran are empty: once it is done, start afresh.
    effect(() => {
      if (this.store.enChargement()) this.vuEnChargement = true;
      else if (this.store.pret() && this.vuEnChargement) window.location.reload();
    });
  }

  ngOnInit(): void {
    void this.store.sonder();
  }
}
