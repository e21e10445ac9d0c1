import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { LIBELLES_ROLE, Role } from './compte';
import { ComptesClient } from './comptes.client';
import { territoiresSaisis } from './territoires-saisis';

const ROLES_DEMANDABLES: readonly Exclude<Role, 'admin'>[] = ['elu', 'porteur', 'ars'];

/** Route « /demande-acces »: a newcomer asks for an account; an administrator grants the role and the territories. */
@Component({
  selector: 'mlg-demande-acces',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink],
  template: `
    <main id="contenu" class="fr-container fr-my-6w" role="main">
      <div class="fr-grid-row">
        <div class="fr-col-12 fr-col-md-8">
          <h1>Demander un accès</h1>
          @if (envoyee()) {
            <div class="fr-alert fr-alert--success" data-testid="demande-envoyee">
              <h2 class="fr-alert__title">Demande transmise</h2>
              <p>Un administrateur l’examinera. S’il l’accepte, il vous transmettra un lien pour choisir votre mot de passe.</p>
            </div>
            <p class="fr-mt-3w"><a class="fr-link" routerLink="/">Revenir au tableau de bord</a></p>
          } @else {
            <p>Les cartes, indicateurs et aides sont accessibles sans compte. Un compte sert à suivre des projets (élus, porteurs, ARS).</p>
            <form (submit)="$event.preventDefault(); envoyer()" novalidate>
              <div class="fr-input-group">
                <label class="fr-label" for="demande-email">Adresse électronique professionnelle</label>
                <input class="fr-input" id="demande-email" type="email" autocomplete="email" required (input)="email.set($any($event.target).value)" />
              </div>
              <div class="fr-input-group">
                <label class="fr-label" for="demande-nom">Prénom et nom</label>
                <input class="fr-input" id="demande-nom" autocomplete="name" required (input)="nom.set($any($event.target).value)" />
              </div>
              <div class="fr-input-group">
                <label class="fr-label" for="demande-organisation">Organisation <span class="fr-hint-text">Collectivité, ARS, structure porteuse…</span></label>
                <input class="fr-input" id="demande-organisation" (input)="organisation.set($any($event.target).value)" />
              </div>
              <div class="fr-select-group">
                <label class="fr-label" for="demande-role">Vous êtes</label>
                <select class="fr-select" id="demande-role" (change)="role.set($any($event.target).value)">
                  @for (r of roles; track r) {
                    <option [value]="r" [selected]="r === role()">{{ libelles[r] }}</option>
                  }
                </select>
              </div>
              <div class="fr-input-group">
                <label class="fr-label" for="demande-territoires"
                  >Territoires pour lesquels vous agissez
                  <span class="fr-hint-text">Par exemple « commune:46102 » ou « region:76 », séparés par des virgules</span></label
                >
                <input class="fr-input" id="demande-territoires" (input)="territoires.set($any($event.target).value)" />
              </div>
              <div class="fr-input-group">
                <label class="fr-label" for="demande-motif">Pourquoi cet accès ?</label>
                <textarea class="fr-input" id="demande-motif" rows="3" (input)="motif.set($any($event.target).value)"></textarea>
              </div>
              @if (erreur(); as message) {
                <p class="fr-message fr-message--error fr-mb-2w" role="alert" data-testid="demande-erreur">{{ message }}</p>
              }
              <button type="submit" class="fr-btn" [disabled]="enCours()">Envoyer la demande</button>
            </form>
          }
        </div>
      </div>
    </main>
  `,
})
export class DemandeAccesComponent {
  private readonly client = inject(ComptesClient);
  protected readonly roles = ROLES_DEMANDABLES;
  protected readonly libelles = LIBELLES_ROLE;
  protected readonly email = signal('');
  protected readonly nom = signal('');
  protected readonly organisation = signal('');
  protected readonly role = signal<Exclude<Role, 'admin'>>('elu');
  protected readonly territoires = signal('');
  protected readonly motif = signal('');
  protected readonly erreur = signal<string | null>(null);
  protected readonly enCours = signal(false);
  protected readonly envoyee = signal(false);

  protected async envoyer(): Promise<void> {
    if (!this.email().trim() || !this.nom().trim()) return this.erreur.set('Indiquez votre adresse électronique et votre nom.');
    const saisis = territoiresSaisis(this.territoires());
    if ('erreur' in saisis) return this.erreur.set(saisis.erreur);
    this.enCours.set(true);
    this.erreur.set(null);
    try {
      await this.client.demanderAcces({
        email: this.email().trim(),
        nom: this.nom().trim(),
        ...(this.organisation().trim() ? { organisation: this.organisation().trim() } : {}),
        roleSouhaite: this.role(),
        territoires: saisis.territoires,
        ...(this.motif().trim() ? { motif: this.motif().trim() } : {}),
      });
      this.envoyee.set(true);
    } catch (e) {
      const message = e instanceof HttpErrorResponse ? (e.error as { message?: unknown } | null)?.message : null;
      this.erreur.set(typeof message === 'string' ? message : 'L’envoi a échoué. Réessayez dans un instant.');
    } finally {
      this.enCours.set(false);
    }
  }
}
