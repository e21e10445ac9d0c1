import { ChangeDetectionStrategy, Component, ElementRef, afterRenderEffect, computed, inject, input, output, resource, signal, viewChild } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ComptesClient } from './comptes.client';
import { SessionStore } from './session.store';

/**
 * DSFR login modal (a native `<dialog>`: focus trap and Escape from the browser; the DSFR script is not loaded, so
 * `fr-modal--opened` is set by us). Emits `fermee` when closed, connected or not.
 */
@Component({
  selector: 'mlg-connexion',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <dialog #dialogue id="modale-connexion" class="fr-modal" [class.fr-modal--opened]="ouverte()" aria-labelledby="modale-connexion-titre" (close)="fermer()">
      @if (ouverte()) {
        <div class="fr-container fr-container--fluid fr-container-md">
          <div class="fr-grid-row fr-grid-row--center">
            <div class="fr-col-12 fr-col-md-8 fr-col-lg-6">
              <div class="fr-modal__body">
                <div class="fr-modal__header">
                  <button type="button" class="fr-btn--close fr-btn" title="Fermer" aria-controls="modale-connexion" (click)="fermer()">Fermer</button>
                </div>
                <div class="fr-modal__content">
                  <h1 id="modale-connexion-titre" class="fr-modal__title">Se connecter à Maillage</h1>
                  <p class="fr-text--sm">
                    Réservé aux élus, porteurs de projet et planificateurs ARS disposant d’un compte. Les cartes, indicateurs et aides restent accessibles sans
                    compte.
                  </p>
                  <form (submit)="$event.preventDefault(); valider()" novalidate>
                    <fieldset class="fr-fieldset" aria-label="Identifiants">
                      <div class="fr-fieldset__element">
                        <div class="fr-input-group" [class.fr-input-group--error]="!!session.erreur()">
                          <label class="fr-label" for="connexion-email">
                            Adresse électronique
                            <span class="fr-hint-text">Format attendu : nom&#64;domaine.fr</span>
                          </label>
                          <input
                            #email
                            class="fr-input"
                            id="connexion-email"
                            name="email"
                            type="email"
                            autocomplete="username"
                            required
                            [value]="adresse()"
                            (input)="adresse.set($any($event.target).value)"
                          />
                        </div>
                      </div>
                      <div class="fr-fieldset__element">
                        <div class="fr-input-group" [class.fr-input-group--error]="!!session.erreur()">
                          <label class="fr-label" for="connexion-mot-de-passe">Mot de passe</label>
                          <input
                            class="fr-input"
                            id="connexion-mot-de-passe"
                            name="motDePasse"
                            [type]="motDePasseVisible() ? 'text' : 'password'"
                            autocomplete="current-password"
                            required
                            [value]="motDePasse()"
                            (input)="motDePasse.set($any($event.target).value)"
                          />
                        </div>
                        <div class="fr-checkbox-group fr-checkbox-group--sm fr-mt-1w">
                          <input
                            type="checkbox"
                            id="connexion-afficher"
                            [checked]="motDePasseVisible()"
                            (change)="motDePasseVisible.set($any($event.target).checked)"
                          />
                          <label class="fr-label" for="connexion-afficher">Afficher le mot de passe</label>
                        </div>
                      </div>
                      @if (session.erreur(); as message) {
                        <div class="fr-messages-group" aria-live="assertive">
                          <p class="fr-message fr-message--error" role="alert" data-testid="connexion-erreur">{{ message }}</p>
                        </div>
                      }
                    </fieldset>
                    <ul class="fr-btns-group fr-btns-group--inline-md">
                      <li>
                        <button type="submit" class="fr-btn" [disabled]="session.enCours()">{{ session.enCours() ? 'Connexion…' : 'Se connecter' }}</button>
                      </li>
                      <li><button type="button" class="fr-btn fr-btn--secondary" (click)="fermer()">Annuler</button></li>
                    </ul>
                  </form>
                  @if (proConnect(); as adresse) {
                    <p class="fr-hr-or fr-my-3w">ou</p>
                    <p class="fr-text--sm">Agents publics : connectez-vous avec votre identité professionnelle.</p>
                    <a class="fr-btn fr-btn--secondary" [href]="adresse" data-testid="connexion-proconnect">Se connecter avec ProConnect</a>
                  }
                  <p class="fr-text--sm fr-mt-3w">
                    Pas encore de compte ? <a class="fr-link" routerLink="/demande-acces" (click)="fermer()">Demander un accès</a>
                  </p>
                </div>
              </div>
            </div>
          </div>
        </div>
      }
    </dialog>
  `,
  // The browser's own modal-dialog box (fit-content, max sizes) would shrink the DSFR overlay: it covers the viewport.
  styles: `
    dialog.fr-modal:modal {
      width: 100%;
      height: 100%;
      max-width: none;
      max-height: none;
      text-align: left;
    }
    dialog.fr-modal::backdrop {
      background: transparent;
    }
  `,
})
export class ConnexionComponent {
  protected readonly session = inject(SessionStore);
  readonly ouverte = input(false);
  readonly fermee = output<void>();
  private readonly dialogue = viewChild.required<ElementRef<HTMLDialogElement>>('dialogue');
  private readonly champEmail = viewChild<ElementRef<HTMLInputElement>>('email');

  private readonly client = inject(ComptesClient);
  /**
   * Where « Se connecter avec ProConnect » goes, when the server offers it: asked when the page loads (the modal's
   * host is always there), so that the button is known before the modal opens and nothing moves under the pointer.
   */
  private readonly descriptionProConnect = resource({ loader: () => this.client.descriptionProConnect() });
  protected readonly proConnect = computed(() => {
    const d = this.descriptionProConnect.hasValue() ? this.descriptionProConnect.value() : null;
    return d?.active ? d.connexion : null;
  });

  protected readonly adresse = signal('');
  protected readonly motDePasse = signal('');
  protected readonly motDePasseVisible = signal(false);

  constructor() {
    // After render: the form exists (it is rendered only while open, so a closed modal hides nothing in the page).
    afterRenderEffect(() => {
      const dialogue = this.dialogue().nativeElement;
      const ouverte = this.ouverte();
      if (ouverte && !dialogue.open) {
        // jsdom has no showModal: the attribute is enough there.
        if (typeof dialogue.showModal === 'function') dialogue.showModal();
        else dialogue.setAttribute('open', '');
        this.champEmail()?.nativeElement.focus();
      } else if (!ouverte && dialogue.open) {
        dialogue.close();
      }
    });
  }

  protected async valider(): Promise<void> {
    const adresse = this.adresse().trim();
    if (!adresse || !this.motDePasse()) {
      this.session.erreur.set('Saisissez votre adresse électronique et votre mot de passe.');
      return;
    }
    if (await this.session.connecter(adresse, this.motDePasse())) {
      this.motDePasse.set('');
      this.fermer();
    }
  }

  protected fermer(): void {
    this.motDePasse.set('');
    this.fermee.emit();
  }
}
