import { ChangeDetectionStrategy, Component } from '@angular/core';
import { CompteEnteteComponent } from '../comptes/compte-entete.component';

/** DSFR header: Marianne block + service name; the account tools (« Se connecter ») on the right. */
@Component({
  selector: 'mlg-entete',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [CompteEnteteComponent],
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
            <mlg-compte-entete />
          </div>
        </div>
      </div>
    </header>
  `,
})
export class EnteteComponent {}
