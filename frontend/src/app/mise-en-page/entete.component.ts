import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, signal, viewChild } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterLink, RouterLinkActive } from '@angular/router';
import { CompteEnteteComponent } from '../comptes/compte-entete.component';
import { ConnexionComponent } from '../comptes/connexion.component';
import { SessionStore } from '../comptes/session.store';
import { entreesNavigation } from './navigation';
import { garderFocusDans } from './piege-focus';

/**
 * DSFR header: Marianne block + service name; the account tools (« Se connecter ») on the right; the main navigation
 * (routes with `data.navigation`, by role) below. Under 62em DSFR hides the tools and the navigation behind its
 * « Menu » button: the menu is a DSFR modal opened here (the DSFR script is not loaded), with the tools copied in
 * (`fr-header__menu-links`), focus kept inside, Escape and « Fermer » to close, focus back on « Menu ».
 */
@Component({
  selector: 'mlg-entete',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [CompteEnteteComponent, ConnexionComponent, RouterLink, RouterLinkActive],
  template: `
    <header role="banner" class="fr-header">
      <div class="fr-header__body">
        <div class="fr-container">
          <div class="fr-header__body-row">
            <div class="fr-header__brand fr-enlarge-link">
              <div class="fr-header__brand-top">
                <div class="fr-header__logo">
                  <p class="fr-logo">République<br />Française</p>
                </div>
                <div class="fr-header__navbar">
                  <button
                    #boutonMenu
                    type="button"
                    class="fr-btn--menu fr-btn"
                    id="bouton-menu"
                    aria-controls="menu-entete"
                    aria-haspopup="dialog"
                    [attr.aria-expanded]="menuOuvert()"
                    title="Menu"
                    (click)="ouvrirMenu()"
                  >
                    Menu
                  </button>
                </div>
              </div>
              <div class="fr-header__service">
                <a routerLink="/" title="Accueil — Maillage"><p class="fr-header__service-title">Maillage</p></a>
                <p class="fr-header__service-tagline">Soins de premier recours dans les territoires</p>
              </div>
            </div>
            <mlg-compte-entete (connexionDemandee)="connexion.set(true)" />
          </div>
        </div>
      </div>
      <div
        #menu
        class="fr-header__menu fr-modal"
        id="menu-entete"
        [class.fr-modal--opened]="menuOuvert()"
        [attr.role]="menuOuvert() ? 'dialog' : null"
        [attr.aria-modal]="menuOuvert() ? 'true' : null"
        [attr.aria-labelledby]="menuOuvert() ? 'bouton-menu' : null"
        (keydown)="clavierMenu($event)"
      >
        <div class="fr-container">
          <button #fermerMenuBouton type="button" class="fr-btn--close fr-btn" aria-controls="menu-entete" title="Fermer" (click)="fermerMenu()">Fermer</button>
          <div class="fr-header__menu-links">
            <mlg-compte-entete [dansMenu]="true" (action)="fermerMenu(false)" (connexionDemandee)="connexion.set(true)" />
          </div>
          @if (entrees().length > 1) {
            <nav class="fr-nav" id="navigation-principale" role="navigation" aria-label="Menu principal">
              <ul class="fr-nav__list">
                @for (e of entrees(); track e.chemin) {
                  <li class="fr-nav__item">
                    <a
                      class="fr-nav__link"
                      [routerLink]="e.chemin"
                      routerLinkActive
                      ariaCurrentWhenActive="page"
                      [routerLinkActiveOptions]="{ exact: e.chemin === '/' }"
                      (click)="fermerMenu(false)"
                      >{{ e.libelle }}</a
                    >
                  </li>
                }
              </ul>
            </nav>
          }
        </div>
      </div>
    </header>
    <mlg-connexion [ouverte]="connexion()" (fermee)="connexion.set(false)" />
  `,
})
export class EnteteComponent {
  private readonly router = inject(Router);
  private readonly session = inject(SessionStore);
  private readonly menu = viewChild.required<ElementRef<HTMLElement>>('menu');
  private readonly boutonMenu = viewChild.required<ElementRef<HTMLButtonElement>>('boutonMenu');
  private readonly fermerMenuBouton = viewChild.required<ElementRef<HTMLButtonElement>>('fermerMenuBouton');

  /** The login modal, outside `.fr-header` (whose DSFR rules restyle any modal inside it as the mobile menu). */
  protected readonly connexion = signal(false);
  protected readonly menuOuvert = signal(false);
  /** The header links the connected account may follow (a single link, the dashboard, is not worth a bar). */
  protected readonly entrees = computed(() => entreesNavigation(this.router.config, this.session.utilisateur()?.role ?? null));

  constructor() {
    // A link followed from the menu (or Back) closes it.
    this.router.events.pipe(takeUntilDestroyed()).subscribe((e) => {
      if (e instanceof NavigationEnd) this.menuOuvert.set(false);
    });
  }

  protected ouvrirMenu(): void {
    this.menuOuvert.set(true);
    // The modal becomes visible with the class: focus its first control once rendered.
    requestAnimationFrame(() => this.fermerMenuBouton().nativeElement.focus());
  }

  /** `rendreFocus`: back on « Menu » (not when another modal, the login, takes it). */
  protected fermerMenu(rendreFocus = true): void {
    if (!this.menuOuvert()) return;
    this.menuOuvert.set(false);
    if (rendreFocus) this.boutonMenu().nativeElement.focus();
  }

  protected clavierMenu(evenement: KeyboardEvent): void {
    if (!this.menuOuvert()) return;
    if (evenement.key === 'Escape') {
      evenement.preventDefault();
      this.fermerMenu();
      return;
    }
    garderFocusDans(this.menu().nativeElement, evenement);
  }
}
