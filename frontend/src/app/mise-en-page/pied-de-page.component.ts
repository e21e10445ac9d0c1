import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { CONFIGURATION } from '../configuration/configuration';

/** DSFR footer with the data sources used on the page and the mandatory links (accessibility, legal notice…). */
@Component({
  selector: 'mlg-pied-de-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink],
  template: `
    <footer class="fr-footer" role="contentinfo" id="pied-de-page">
      <div class="fr-container">
        <div class="fr-footer__body">
          <div class="fr-footer__brand fr-enlarge-link">
            <a routerLink="/" title="Retour à l’accueil — Maillage"
              ><p class="fr-logo">République<br />Française</p></a
            >
          </div>
          <div class="fr-footer__content">
            <p class="fr-footer__content-desc">
              Maillage aide à voir où l’accès aux soins de premier recours est fragile et ce qui peut y être fait. Contours : IGN ADMIN EXPRESS réconciliés au
              code officiel géographique (INSEE COG 2026) ; populations : INSEE, populations légales.
            </p>
          </div>
        </div>
        <div class="fr-footer__bottom">
          <ul class="fr-footer__bottom-list">
            <li class="fr-footer__bottom-item">
              <a class="fr-footer__bottom-link" routerLink="/accessibilite">Accessibilité : {{ conformite }}</a>
            </li>
            <li class="fr-footer__bottom-item"><a class="fr-footer__bottom-link" routerLink="/mentions-legales">Mentions légales</a></li>
            <li class="fr-footer__bottom-item"><a class="fr-footer__bottom-link" routerLink="/donnees-personnelles">Données personnelles</a></li>
            <li class="fr-footer__bottom-item"><a class="fr-footer__bottom-link" routerLink="/contact">Contact</a></li>
            <li class="fr-footer__bottom-item"><a class="fr-footer__bottom-link" href="/api/docs">API</a></li>
          </ul>
          <div class="fr-footer__bottom-copy"><p>Code sous licence MIT.</p></div>
        </div>
      </div>
    </footer>
  `,
})
export class PiedDePageComponent {
  protected readonly conformite = inject(CONFIGURATION).conformiteAccessibilite;
}
