import { ChangeDetectionStrategy, Component } from '@angular/core';

/** DSFR header: Marianne block + service name. */
@Component({
  selector: 'mlg-entete',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header role="banner" class="fr-header">
      <div class="fr-header__body">
        <div class="fr-container">
          <div class="fr-header__body-row">
            <div class="fr-header__brand fr-enlarge-link">
              <div class="fr-header__brand-top">
                <div class="fr-header__logo"><p class="fr-logo">République<br />Française</p></div>
              </div>
              <div class="fr-header__service">
                <a href="/" title="Accueil — Maillage"><p class="fr-header__service-title">Maillage</p></a>
                <p class="fr-header__service-tagline">Soins de premier recours dans les territoires</p>
              </div>
            </div>
          </div>
        </div>
      </div>
    </header>
  `,
})
export class EnteteComponent {}
