import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { SessionStore } from '../comptes/session.store';
import { EtatCouverture } from './etat-couverture';

/**
 * What the data does not cover, said where the figure would be: the reason and how to load the missing data
 * (DSFR warning text for « non chargé », a plain hint for « partiel »), with a link to the « Données » screen for
 * the accounts that can load files there (ARS, administrator). Nothing when the data is complete.
 */
@Component({
  selector: 'mlg-enonce-couverture',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink],
  template: `
    @if (etat(); as e) {
      @if (e.couvert !== true) {
        <div class="fr-mb-1w" [attr.data-testid]="testId()" [attr.data-couvert]="e.couvert">
          <p class="fr-text--sm fr-mb-0" [class.fr-message]="e.couvert === false" [class.fr-message--warning]="e.couvert === false">{{ e.raison }}</p>
          @if (e.commentCharger) {
            <p class="fr-text--xs fr-mb-0">
              {{ e.commentCharger }}
              @if (peutCharger() && e.commentCharger.includes('« Données »')) {
                <a class="fr-link fr-text--xs" routerLink="/donnees">Ouvrir l’écran « Données »</a>
              }
            </p>
          }
        </div>
      }
    }
  `,
})
export class EnonceCouvertureComponent {
  readonly etat = input<EtatCouverture | null | undefined>(null);
  readonly testId = input<string | null>(null);
  private readonly session = inject(SessionStore);
  protected readonly peutCharger = computed(() => ['ars', 'admin'].includes(this.session.utilisateur()?.role ?? ''));
}
