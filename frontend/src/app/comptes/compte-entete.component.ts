import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { Router } from '@angular/router';
import { LIBELLES_ROLE } from './compte';
import { SessionStore } from './session.store';

/**
 * The header tools: « Se connecter » (asks the header to open the login modal, which DSFR wants outside `.fr-header`),
 * or the connected account and « Se déconnecter ». Rendered twice by the header, as DSFR does: in the tools (wide
 * screens) and in the mobile menu (`dansMenu`, below 62em, where DSFR hides the tools).
 */
@Component({
  selector: 'mlg-compte-entete',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-template #outils>
      <ul class="fr-btns-group">
        @if (session.utilisateur(); as compte) {
          <li>
            <p class="fr-btn fr-icon-lock-line compte__identite" [attr.data-testid]="dansMenu() ? null : 'compte-connecte'">
              {{ compte.nom || compte.email }} — {{ libelleRole() }}
            </p>
          </li>
          <li>
            <button type="button" class="fr-btn fr-icon-logout-box-r-line" (click)="deconnecter()">Se déconnecter</button>
          </li>
          <li>
            <button
              type="button"
              class="fr-btn fr-icon-logout-box-r-line"
              title="Ferme aussi les sessions ouvertes sur vos autres appareils et navigateurs"
              (click)="deconnecterPartout()"
            >
              Se déconnecter partout
            </button>
          </li>
        } @else {
          <li>
            <button type="button" class="fr-btn fr-icon-lock-line" aria-controls="modale-connexion" aria-haspopup="dialog" (click)="ouvrir()">
              Se connecter
            </button>
          </li>
        }
      </ul>
    </ng-template>
    @if (dansMenu()) {
      <ng-container [ngTemplateOutlet]="outils" />
    } @else {
      <div class="fr-header__tools">
        <div class="fr-header__tools-links">
          <ng-container [ngTemplateOutlet]="outils" />
        </div>
      </div>
    }
  `,
  imports: [NgTemplateOutlet],
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
  /** In the mobile menu: the buttons only, without the tools' wrappers. */
  readonly dansMenu = input(false);
  readonly connexionDemandee = output<void>();
  /** Any action of the tools (the mobile menu closes). */
  readonly action = output<void>();
  /** Opening clears the previous attempt's message. */
  protected ouvrir(): void {
    this.session.erreur.set(null);
    this.action.emit();
    this.connexionDemandee.emit();
  }

  protected deconnecter(): void {
    this.session.deconnecter();
    this.action.emit();
  }

  /** « Se déconnecter partout » : every token of the account is refused from now on, then back to the map. */
  protected async deconnecterPartout(): Promise<void> {
    this.action.emit();
    await this.session.deconnecterPartout().catch(() => undefined);
    await this.routeur.navigateByUrl('/');
  }

  private readonly routeur = inject(Router);

  protected readonly libelleRole = computed(() => {
    const role = this.session.utilisateur()?.role;
    return role ? LIBELLES_ROLE[role] : '';
  });
}
