import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input, output, signal } from '@angular/core';
import { LIBELLES_ROLE, ROLES, Role } from '../comptes/compte';
import { territoiresEnTexte, territoiresSaisis } from '../comptes/territoires-saisis';
import { AdministrationClient } from './administration.client';
import { CompteAdmin, LienMotDePasse } from './compte-admin';
import { messageApi } from './message-api';

/** One account in the administrator's table: role, territories, active; one-time password link; sign out everywhere. */
@Component({
  selector: 'tr[mlg-ligne-compte]',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <td>
      <strong>{{ compte().nom || compte().email }}</strong><br /><span class="fr-text--xs">{{ compte().email }}</span>
      @if (compte().proConnect) {
        <p class="fr-badge fr-badge--sm fr-badge--info fr-mt-1v">ProConnect</p>
      }
      @if (!compte().motDePasseDefini && !compte().proConnect) {
        <p class="fr-badge fr-badge--sm fr-badge--warning fr-mt-1v">Mot de passe à définir</p>
      }
    </td>
    <td>
      <select class="fr-select" [attr.aria-label]="'Rôle de ' + compte().email" (change)="role.set($any($event.target).value)">
        @for (r of roles; track r) {
          <option [value]="r" [selected]="r === role()">{{ libelles[r] }}</option>
        }
      </select>
    </td>
    <td>
      <input
        class="fr-input"
        [attr.aria-label]="'Territoires de ' + compte().email"
        [value]="territoires()"
        (input)="territoires.set($any($event.target).value)"
      />
    </td>
    <td>
      <div class="fr-checkbox-group fr-checkbox-group--sm">
        <input type="checkbox" [id]="'actif-' + compte().id" [checked]="actif()" (change)="actif.set($any($event.target).checked)" />
        <label class="fr-label" [for]="'actif-' + compte().id">Actif</label>
      </div>
    </td>
    <td>
      <ul class="fr-btns-group fr-btns-group--sm fr-btns-group--inline">
        <li><button type="button" class="fr-btn fr-btn--sm" [disabled]="!modifie() || enCours()" (click)="enregistrer()">Enregistrer</button></li>
        <li><button type="button" class="fr-btn fr-btn--sm fr-btn--secondary" [disabled]="enCours()" (click)="lien()">Lien de mot de passe</button></li>
        <li><button type="button" class="fr-btn fr-btn--sm fr-btn--tertiary" [disabled]="enCours()" (click)="deconnecter()">Déconnecter partout</button></li>
      </ul>
      @if (message(); as m) {
        <p class="fr-message" [class.fr-message--error]="m.erreur" [class.fr-message--valid]="!m.erreur" role="status">{{ m.texte }}</p>
      }
    </td>
  `,
})
export class LigneCompteComponent implements OnInit {
  private readonly client = inject(AdministrationClient);
  readonly compte = input.required<CompteAdmin>();
  readonly modifiee = output<CompteAdmin>();
  readonly lienEmis = output<{ email: string; lien: LienMotDePasse }>();

  protected readonly roles = ROLES;
  protected readonly libelles = LIBELLES_ROLE;
  protected readonly role = signal<Role>('elu');
  protected readonly territoires = signal('');
  protected readonly actif = signal(true);
  protected readonly enCours = signal(false);
  protected readonly message = signal<{ texte: string; erreur: boolean } | null>(null);

  protected readonly modifie = computed(
    () => this.role() !== this.compte().role || this.actif() !== this.compte().actif || this.territoires() !== territoiresEnTexte(this.compte().territoires),
  );

  ngOnInit(): void {
    this.role.set(this.compte().role);
    this.territoires.set(territoiresEnTexte(this.compte().territoires));
    this.actif.set(this.compte().actif);
  }

  protected async enregistrer(): Promise<void> {
    const saisis = territoiresSaisis(this.territoires());
    if ('erreur' in saisis) return this.message.set({ texte: saisis.erreur, erreur: true });
    await this.agir(async () => {
      const compte = await this.client.modifier(this.compte().id, { role: this.role(), territoires: saisis.territoires, actif: this.actif() });
      this.modifiee.emit(compte);
      return 'Compte enregistré.';
    });
  }

  protected async lien(): Promise<void> {
    await this.agir(async () => {
      this.lienEmis.emit({ email: this.compte().email, lien: await this.client.lienMotDePasse(this.compte().id) });
      return 'Lien émis : transmettez-le à la personne.';
    });
  }

  protected async deconnecter(): Promise<void> {
    await this.agir(async () => {
      await this.client.deconnecter(this.compte().id);
      return 'Toutes ses sessions sont fermées.';
    });
  }

  private async agir(action: () => Promise<string>): Promise<void> {
    this.enCours.set(true);
    this.message.set(null);
    try {
      this.message.set({ texte: await action(), erreur: false });
    } catch (e) {
      this.message.set({ texte: messageApi(e), erreur: true });
    } finally {
      this.enCours.set(false);
    }
  }
}
