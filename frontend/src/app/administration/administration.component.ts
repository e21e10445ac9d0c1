import { ChangeDetectionStrategy, Component, OnInit, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { LIBELLES_ROLE, ROLES, Role } from '../comptes/compte';
import { SessionStore } from '../comptes/session.store';
import { territoiresEnTexte, territoiresSaisis } from '../comptes/territoires-saisis';
import { AdministrationClient } from './administration.client';
import { CompteAdmin, DemandeAccesAdmin, LienMotDePasse } from './compte-admin';
import { LigneCompteComponent } from './ligne-compte.component';
import { messageApi } from './message-api';

/**
 * Route « /administration » (administrators): the accounts (create, role and territories, deactivate, one-time
 * password link, sign out everywhere) and the pending access requests (approve with a role, or refuse).
 * The API refuses all of it to anyone else; the page says so instead of showing empty tables.
 */
@Component({
  selector: 'mlg-administration',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, LigneCompteComponent],
  template: `
    <main id="contenu" class="fr-container fr-my-4w" role="main">
      <h1>Comptes</h1>
      @if (!estAdministrateur()) {
        <div class="fr-alert fr-alert--warning" role="alert">
          <h2 class="fr-alert__title">Réservé aux administrateurs</h2>
          <p>Connectez-vous avec un compte administrateur. <a routerLink="/">Revenir au tableau de bord</a></p>
        </div>
      } @else {
        @if (erreur(); as message) {
          <div class="fr-alert fr-alert--error fr-mb-3w" role="alert">
            <p>{{ message }}</p>
          </div>
        }
        @if (lien(); as l) {
          <div class="fr-alert fr-alert--info fr-mb-3w" data-testid="lien-mot-de-passe">
            <h2 class="fr-alert__title">Lien à usage unique pour {{ l.email }}</h2>
            <p>Transmettez ce lien à la personne (il sert une fois, jusqu’au {{ l.expire }}) ; il ne sera plus affiché.</p>
            <p>
              <code data-testid="lien-mot-de-passe-url">{{ l.url }}</code>
            </p>
            <button type="button" class="fr-btn fr-btn--sm fr-btn--secondary fr-icon-clipboard-line fr-btn--icon-left" (click)="copier(l.url)">
              Copier le lien
            </button>
          </div>
        }

        <section class="fr-mb-6w" aria-labelledby="titre-demandes">
          <h2 id="titre-demandes">Demandes d’accès</h2>
          @if (demandes().length === 0) {
            <p data-testid="aucune-demande">Aucune demande en attente.</p>
          } @else {
            <div class="fr-table">
              <table data-testid="demandes-acces">
                <caption class="fr-sr-only">
                  Demandes d’accès en attente
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Personne</th>
                    <th scope="col">Demande</th>
                    <th scope="col">Rôle accordé</th>
                    <th scope="col">Territoires accordés</th>
                    <th scope="col">Décision</th>
                  </tr>
                </thead>
                <tbody>
                  @for (d of demandes(); track d.id) {
                    <tr [attr.data-email]="d.email">
                      <td>
                        <strong>{{ d.nom || d.email }}</strong><br /><span class="fr-text--xs">{{ d.email }}</span
                        ><br />{{ d.organisation }}
                        @if (d.proConnect) {
                          <p class="fr-badge fr-badge--sm fr-badge--info">ProConnect</p>
                        }
                      </td>
                      <td>
                        {{ d.roleSouhaite ? libelles[d.roleSouhaite] : 'Rôle non précisé' }}<br /><span class="fr-text--xs">{{ d.motif }}</span>
                      </td>
                      <td>
                        <select class="fr-select" [attr.aria-label]="'Rôle accordé à ' + d.email" (change)="roleAccorde(d.id, $any($event.target).value)">
                          @for (r of roles; track r) {
                            <option [value]="r" [selected]="r === (d.roleSouhaite ?? 'elu')">{{ libelles[r] }}</option>
                          }
                        </select>
                      </td>
                      <td>
                        <input
                          class="fr-input"
                          [attr.aria-label]="'Territoires accordés à ' + d.email"
                          [value]="texte(d)"
                          (input)="territoiresAccordes(d.id, $any($event.target).value)"
                        />
                      </td>
                      <td>
                        <ul class="fr-btns-group fr-btns-group--sm fr-btns-group--inline">
                          <li><button type="button" class="fr-btn fr-btn--sm" (click)="approuver(d)">Approuver</button></li>
                          <li><button type="button" class="fr-btn fr-btn--sm fr-btn--tertiary" (click)="refuser(d)">Refuser</button></li>
                        </ul>
                      </td>
                    </tr>
                  }
                </tbody>
              </table>
            </div>
          }
        </section>

        <section class="fr-mb-6w" aria-labelledby="titre-creation">
          <h2 id="titre-creation">Créer un compte</h2>
          <form class="fr-grid-row fr-grid-row--gutters" (submit)="$event.preventDefault(); creer()" novalidate>
            <div class="fr-col-12 fr-col-md-3 fr-input-group">
              <label class="fr-label" for="nouveau-email">Adresse électronique</label>
              <input class="fr-input" id="nouveau-email" type="email" [value]="email()" (input)="email.set($any($event.target).value)" />
            </div>
            <div class="fr-col-12 fr-col-md-3 fr-input-group">
              <label class="fr-label" for="nouveau-nom">Nom</label>
              <input class="fr-input" id="nouveau-nom" [value]="nom()" (input)="nom.set($any($event.target).value)" />
            </div>
            <div class="fr-col-12 fr-col-md-2 fr-select-group">
              <label class="fr-label" for="nouveau-role">Rôle</label>
              <select class="fr-select" id="nouveau-role" (change)="role.set($any($event.target).value)">
                @for (r of roles; track r) {
                  <option [value]="r" [selected]="r === role()">{{ libelles[r] }}</option>
                }
              </select>
            </div>
            <div class="fr-col-12 fr-col-md-4 fr-input-group">
              <label class="fr-label" for="nouveau-territoires">Territoires <span class="fr-hint-text">ex. « region:76 », « commune:31555 »</span></label>
              <input class="fr-input" id="nouveau-territoires" [value]="territoires()" (input)="territoires.set($any($event.target).value)" />
            </div>
            <div class="fr-col-12"><button type="submit" class="fr-btn">Créer le compte</button></div>
          </form>
        </section>

        <section aria-labelledby="titre-comptes">
          <h2 id="titre-comptes">Comptes ({{ comptes().length }})</h2>
          <div class="fr-table fr-table--no-caption">
            <table data-testid="comptes">
              <caption>
                Comptes
              </caption>
              <thead>
                <tr>
                  <th scope="col">Compte</th>
                  <th scope="col">Rôle</th>
                  <th scope="col">Territoires</th>
                  <th scope="col">État</th>
                  <th scope="col">Actions</th>
                </tr>
              </thead>
              <tbody>
                @for (c of comptes(); track c.id) {
                  <tr
                    mlg-ligne-compte
                    [compte]="c"
                    [attr.data-email]="c.email"
                    (modifiee)="remplacer($event)"
                    (lienEmis)="montrerLien($event.email, $event.lien)"
                  ></tr>
                }
              </tbody>
            </table>
          </div>
        </section>
      }
    </main>
  `,
})
export class AdministrationComponent implements OnInit {
  private readonly client = inject(AdministrationClient);
  private readonly session = inject(SessionStore);
  protected readonly roles = ROLES;
  protected readonly libelles = LIBELLES_ROLE;
  protected readonly estAdministrateur = computed(() => this.session.utilisateur()?.role === 'admin');

  protected readonly comptes = signal<CompteAdmin[]>([]);
  protected readonly demandes = signal<DemandeAccesAdmin[]>([]);
  protected readonly erreur = signal<string | null>(null);
  protected readonly lien = signal<{ email: string; url: string; expire: string } | null>(null);
  protected readonly email = signal('');
  protected readonly nom = signal('');
  protected readonly role = signal<Role>('elu');
  protected readonly territoires = signal('');
  private readonly decisions = new Map<string, { role?: Role; territoires?: string }>();

  ngOnInit(): void {
    if (this.estAdministrateur()) void this.recharger();
  }

  protected texte(d: DemandeAccesAdmin): string {
    return territoiresEnTexte(d.territoires);
  }

  protected roleAccorde(id: string, role: Role): void {
    this.decisions.set(id, { ...this.decisions.get(id), role });
  }

  protected territoiresAccordes(id: string, texte: string): void {
    this.decisions.set(id, { ...this.decisions.get(id), territoires: texte });
  }

  protected async creer(): Promise<void> {
    const saisis = territoiresSaisis(this.territoires());
    if ('erreur' in saisis) return this.erreur.set(saisis.erreur);
    await this.agir(async () => {
      const cree = await this.client.creer({
        email: this.email().trim(),
        ...(this.nom().trim() ? { nom: this.nom().trim() } : {}),
        role: this.role(),
        territoires: saisis.territoires,
      });
      if (cree.lienMotDePasse) this.montrerLien(cree.email, cree.lienMotDePasse);
      this.email.set('');
      this.nom.set('');
      this.territoires.set('');
    });
  }

  protected async approuver(d: DemandeAccesAdmin): Promise<void> {
    const decision = this.decisions.get(d.id) ?? {};
    const saisis = territoiresSaisis(decision.territoires ?? territoiresEnTexte(d.territoires));
    if ('erreur' in saisis) return this.erreur.set(saisis.erreur);
    await this.agir(async () => {
      const { compte, lienMotDePasse } = await this.client.approuver(d.id, decision.role ?? d.roleSouhaite ?? 'elu', saisis.territoires);
      if (lienMotDePasse) this.montrerLien(compte.email, lienMotDePasse);
    });
  }

  protected async refuser(d: DemandeAccesAdmin): Promise<void> {
    await this.agir(() => this.client.refuser(d.id));
  }

  protected remplacer(compte: CompteAdmin): void {
    this.comptes.update((liste) => liste.map((c) => (c.id === compte.id ? compte : c)));
  }

  protected montrerLien(email: string, lien: LienMotDePasse): void {
    const expire = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short' }).format(new Date(lien.expireLe));
    this.lien.set({ email, url: `${location.origin}${lien.lien}`, expire });
  }

  protected async copier(url: string): Promise<void> {
    await navigator.clipboard?.writeText(url).catch(() => undefined);
  }

  private async agir(action: () => Promise<unknown>): Promise<void> {
    this.erreur.set(null);
    try {
      await action();
      await this.recharger();
    } catch (e) {
      this.erreur.set(messageApi(e));
    }
  }

  private async recharger(): Promise<void> {
    try {
      const [comptes, demandes] = await Promise.all([this.client.comptes(), this.client.demandes()]);
      this.comptes.set(comptes);
      this.demandes.set(demandes);
    } catch (e) {
      this.erreur.set(messageApi(e));
    }
  }
}
