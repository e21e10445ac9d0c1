import { ChangeDetectionStrategy, Component, DestroyRef, ElementRef, afterNextRender, inject } from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { BandeauChargementComponent } from './chargement/bandeau-chargement.component';
import { EnteteComponent } from './mise-en-page/entete.component';
import { PiedDePageComponent } from './mise-en-page/pied-de-page.component';

/**
 * The page frame: skip links, DSFR header, first-import notice, the routed page (dashboard at « / », feature pages
 * declared in app.routes.ts) and the footer.
 */
@Component({
  selector: 'mlg-racine',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [EnteteComponent, PiedDePageComponent, BandeauChargementComponent, RouterOutlet],
  template: `
    <div class="fr-skiplinks">
      <nav class="fr-container" role="navigation" aria-label="Accès rapide">
        <ul class="fr-skiplinks__list">
          <li><a class="fr-link" href="#recherche-territoire">Aller à la recherche</a></li>
          <li><a class="fr-link" href="#pied-de-page">Aller au pied de page</a></li>
        </ul>
      </nav>
    </div>
    <mlg-entete />
    <mlg-bandeau-chargement />
    <router-outlet />
    <mlg-pied-de-page />
  `,
})
export class RacineComponent {
  constructor() {
    // The dashboard fills the screen under the header, whose height varies (wrapped title, navigation bar, phone).
    const hote = inject(ElementRef<HTMLElement>);
    const destruction = inject(DestroyRef);
    afterNextRender(() => {
      const entete = (hote.nativeElement as HTMLElement).querySelector('header');
      if (!entete || typeof ResizeObserver === 'undefined') return;
      const observateur = new ResizeObserver(() => document.documentElement.style.setProperty('--hauteur-entete', `${entete.offsetHeight}px`));
      observateur.observe(entete);
      destruction.onDestroy(() => observateur.disconnect());
    });
  }
}
