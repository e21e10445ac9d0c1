import { ChangeDetectionStrategy, Component, computed, effect, inject } from '@angular/core';
import { SessionStore } from '../comptes/session.store';
import { ArretesZonageComponent } from './arretes-zonage.component';
import { DonneesStore } from './donnees.store';
import { JeuxChargesComponent } from './jeux-charges.component';
import { TeleversementComponent } from './televersement.component';

/**
 * The « Données » page (route `/donnees`, ARS and administrator accounts): load an official file (validation report
 * before anything is written), the loaded datasets with their versions and rollback, the zonage arrêtés.
 */
@Component({
  selector: 'mlg-page-donnees',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [DonneesStore],
  imports: [TeleversementComponent, JeuxChargesComponent, ArretesZonageComponent],
  template: `
    <div class="fr-container fr-my-4w">
      <h1>Données</h1>
      @if (!autorise()) {
        <div class="fr-alert fr-alert--info" data-testid="donnees-reserve">
          <h2 class="fr-alert__title">Réservé aux comptes ARS et administrateur</h2>
          <p>Connectez-vous avec un compte ARS ou administrateur pour charger les fichiers officiels (FINESS, RPPS, zonage…).</p>
        </div>
      } @else {
        <p>
          Chargez les fichiers officiels tels qu’ils sont publiés. Chaque fichier est d’abord analysé sans rien modifier : vous lisez le rapport (lignes
          écartées, couverture, changements) avant de l’importer. Un import se fait en entier ou pas du tout, et la version précédente reste disponible.
        </p>
        @if (store.message(); as m) {
          <div class="fr-alert fr-alert--info fr-alert--sm fr-mb-2w" role="status">
            <p>{{ m }}</p>
          </div>
        }
        <mlg-televersement />
        <hr class="fr-mt-4w" />
        <mlg-jeux-charges />
        <hr class="fr-mt-4w" />
        <mlg-arretes-zonage />
      }
    </div>
  `,
})
export class PageDonneesComponent {
  private readonly session = inject(SessionStore);
  protected readonly store = inject(DonneesStore);
  protected readonly autorise = computed(() => ['ars', 'admin'].includes(this.session.utilisateur()?.role ?? ''));

  constructor() {
    effect(() => {
      if (this.autorise()) void this.store.charger();
    });
  }
}
