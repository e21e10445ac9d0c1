import { ChangeDetectionStrategy, Component } from '@angular/core';
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
export class RacineComponent {}
