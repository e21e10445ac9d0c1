import { ChangeDetectionStrategy, Component, computed, inject, output } from '@angular/core';
import { LIBELLES_ROLE } from './compte';
import { SessionStore } from './session.store';

/**
 * The header tools: « Se connecter » (asks the header to open the login modal, which DSFR wants outside `.fr-header`),
 * or the connected account and « Se déconnecter ».
 */
@Component({
  selector: 'mlg-compte-entete',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="fr-header__tools">
      <div class="fr-header__tools-links">
        <ul class="fr-btns-group">
          @if (session.utilisateur(); as compte) {
            <li>
              <p class="fr-btn fr-icon-lock-line compte__identite" data-testid="compte-connecte">{{ compte.nom || compte.email }} — {{ libelleRole() }}</p>
            </li>
            <li>
              <button type="button" class="fr-btn fr-icon-logout-box-r-line" (click)="session.deconnecter()">Se déconnecter</button>
            </li>
          } @else {
            <li>
              <button type="button" class="fr-btn fr-icon-lock-line" aria-controls="modale-connexion" (click)="ouvrir()">Se connecter</button>
            </li>
          }
        </ul>
      </div>
    </div>
  `,
  // The tools are a flex item of the header row.
  host: { style: 'display: contents' },
  styles: `
    .compte__identite {
      cursor: default;
    }
    .compte__identite:hover {
      background: none;
    }
  `,
})
export class CompteEnteteComponent {
  protected readonly session = inject(SessionStore);
  readonly connexionDemandee = output<void>();
  /** Opening clears the previous attempt's message. */
  protected ouvrir(): void {
    this.session.erreur.set(null);
    this.connexionDemandee.emit();
  }

  protected readonly libelleRole = computed(() => {
    const role = this.session.utilisateur()?.role;
    return role ? LIBELLES_ROLE[role] : '';
  });
}
