import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ComptesClient } from './comptes.client';
import { SessionStore } from './session.store';

/**
 * Route « /mot-de-passe#jeton=… »: sets a password from the one-time link an administrator handed over. The
 * secret is read from the fragment then erased from the address bar; the API checks the password's strength.
 */
@Component({
  selector: 'mlg-mot-de-passe',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink],
  template: `
    <main id="contenu" class="fr-container fr-my-6w" role="main">
      <div class="fr-grid-row">
        <div class="fr-col-12 fr-col-md-8 fr-col-lg-6">
          <h1>Choisir votre mot de passe</h1>
          @if (termine()) {
            <div class="fr-alert fr-alert--success" data-testid="mot-de-passe-defini">
              <h2 class="fr-alert__title">Mot de passe enregistré</h2>
              <p>Vous êtes connecté. Vos autres sessions ouvertes ont été fermées.</p>
            </div>
            <p class="fr-mt-3w"><a class="fr-btn" routerLink="/">Aller au tableau de bord</a></p>
          } @else if (!jeton) {
            <div class="fr-alert fr-alert--error" role="alert">
              <h2 class="fr-alert__title">Lien incomplet</h2>
              <p>Ouvrez le lien complet transmis par l’administrateur, ou demandez-lui-en un nouveau.</p>
            </div>
          } @else {
            <p>
              12 caractères au moins, difficile à deviner : une phrase de plusieurs mots peu courants convient bien. Les mots de passe les plus répandus et les
              suites de clavier sont refusés.
            </p>
            <form (submit)="$event.preventDefault(); valider()" novalidate>
              <div class="fr-input-group" [class.fr-input-group--error]="!!erreur()">
                <label class="fr-label" for="nouveau-mot-de-passe">Nouveau mot de passe</label>
                <input
                  class="fr-input"
                  id="nouveau-mot-de-passe"
                  [type]="visible() ? 'text' : 'password'"
                  autocomplete="new-password"
                  required
                  [value]="motDePasse()"
                  (input)="motDePasse.set($any($event.target).value)"
                />
              </div>
              <div class="fr-input-group" [class.fr-input-group--error]="!!erreur()">
                <label class="fr-label" for="confirmation-mot-de-passe">Confirmation</label>
                <input
                  class="fr-input"
                  id="confirmation-mot-de-passe"
                  [type]="visible() ? 'text' : 'password'"
                  autocomplete="new-password"
                  required
                  [value]="confirmation()"
                  (input)="confirmation.set($any($event.target).value)"
                />
              </div>
              <div class="fr-checkbox-group fr-checkbox-group--sm fr-mb-2w">
                <input type="checkbox" id="afficher-nouveau" [checked]="visible()" (change)="visible.set($any($event.target).checked)" />
                <label class="fr-label" for="afficher-nouveau">Afficher le mot de passe</label>
              </div>
              @if (erreur(); as message) {
                <p class="fr-message fr-message--error fr-mb-2w" role="alert" data-testid="mot-de-passe-erreur">{{ message }}</p>
              }
              <button type="submit" class="fr-btn" [disabled]="enCours()">Enregistrer le mot de passe</button>
            </form>
          }
        </div>
      </div>
    </main>
  `,
})
export class MotDePasseComponent implements OnInit {
  private readonly client = inject(ComptesClient);
  private readonly session = inject(SessionStore);
  protected jeton: string | null = null;
  protected readonly motDePasse = signal('');
  protected readonly confirmation = signal('');
  protected readonly visible = signal(false);
  protected readonly erreur = signal<string | null>(null);
  protected readonly enCours = signal(false);
  protected readonly termine = signal(false);

  ngOnInit(): void {
    this.jeton = new URLSearchParams(location.hash.replace(/^#/, '')).get('jeton');
    history.replaceState(history.state, '', location.pathname);
  }

  protected async valider(): Promise<void> {
    if (this.motDePasse() !== this.confirmation()) return this.erreur.set('Les deux saisies diffèrent.');
    this.enCours.set(true);
    this.erreur.set(null);
    try {
      this.session.ouvrir(await this.client.definirMotDePasse(this.jeton!, this.motDePasse()));
      this.termine.set(true);
    } catch (e) {
      const message = e instanceof HttpErrorResponse ? (e.error as { message?: unknown } | null)?.message : null;
      this.erreur.set(typeof message === 'string' ? message : 'L’enregistrement a échoué. Réessayez dans un instant.');
    } finally {
      this.enCours.set(false);
    }
  }
}
