import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { LIBELLES_ROLE } from './compte';
import { ConnexionComponent } from './connexion.component';
import { SessionStore } from './session.store';

/** The header tools: « Se connecter » (opens the login modal), or the connected account and « Se déconnecter ». */
@Component({
  selector: 'mlg-compte-entete',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ConnexionComponent],
  template: `
    <div class="fr-header__tools">
      <div class="fr-header__tools-links">
        <ul class="fr-btns-group">
          @if (session.utilisateur(); as compte) {
            <li>
              <p class="fr-btn fr-icon-lock-line compte__identite" data-testid="compte-connecte">
                {{ compte.nom || compte.email }} — {{ libelleRole() }}
              </p>
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
    <mlg-connexion [ouverte]="ouverte()" (fermee)="ouverte.set(false)" />
  `,
  // The tools are a flex item of the header row; the modal stays outside them (DSFR hides the tools on small screens).
  host: { style: 'display: contents' },
  styles: `
    .compte__identite { cursor: default; }
    .compte__identite:hover { background: none; }
  `,
})
export class CompteEnteteComponent {
  protected readonly session = inject(SessionStore);
  protected readonly ouverte = signal(false);
  /** Opening clears the previous attempt's message. */
  protected ouvrir(): void {
    this.session.erreur.set(null);
    this.ouverte.set(true);
  }

  protected readonly libelleRole = computed(() => {
    const role = this.session.utilisateur()?.role;
    return role ? LIBELLES_ROLE[role] : '';
  });
}
