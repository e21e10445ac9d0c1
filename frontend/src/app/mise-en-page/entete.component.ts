import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { CompteEnteteComponent } from '../comptes/compte-entete.component';
import { ConnexionComponent } from '../comptes/connexion.component';

/** DSFR header: Marianne block + service name; the account tools (« Se connecter ») on the right. */
@Component({
  selector: 'mlg-entete',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [CompteEnteteComponent, ConnexionComponent],
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
              </div>
              <div class="fr-header__service">
                <a href="/" title="Accueil — Maillage"><p class="fr-header__service-title">Maillage</p></a>
                <p class="fr-header__service-tagline">Soins de premier recours dans les territoires</p>
              </div>
            </div>
            <mlg-compte-entete (connexionDemandee)="connexion.set(true)" />
          </div>
        </div>
      </div>
    </header>
    <mlg-connexion [ouverte]="connexion()" (fermee)="connexion.set(false)" />
  `,
})
export class EnteteComponent {
  /** The login modal, outside `.fr-header` (whose DSFR rules restyle any modal inside it as the mobile menu). */
  protected readonly connexion = signal(false);
}
