import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { ComptesClient } from './comptes.client';
import { SessionStore } from './session.store';

/** Why the API did not open a session on the way back from ProConnect, in French. */
const MESSAGES: Readonly<Record<string, string>> = {
  etat: 'La connexion a expiré ou a été ouverte dans un autre onglet. Recommencez depuis « Se connecter ».',
  refus: 'ProConnect n’a pas confirmé votre identité. Recommencez depuis « Se connecter ».',
  desactive: 'Votre compte Maillage est désactivé. Adressez-vous à un administrateur.',
  conflit: 'Un autre compte ProConnect est déjà rattaché à cette adresse. Adressez-vous à un administrateur.',
  'sans-email': 'ProConnect n’a pas transmis votre adresse électronique : la connexion ne peut pas aboutir.',
  indisponible: 'ProConnect ne répond pas pour le moment. Réessayez dans quelques minutes.',
};

/**
 * Route « /connexion/proconnect »: where the API sends the browser back after ProConnect. The token is in the
 * address's fragment (never sent to a server): kept as the session, the fragment is erased from the address bar.
 */
@Component({
  selector: 'mlg-retour-proconnect',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink],
  template: `
    <main id="contenu" class="fr-container fr-my-6w" role="main">
      <h1>Connexion avec ProConnect</h1>
      @switch (etat()) {
        @case ('en-cours') {
          <p>Connexion en cours…</p>
        }
        @case ('attente') {
          <div class="fr-alert fr-alert--info" data-testid="proconnect-attente">
            <h2 class="fr-alert__title">Votre demande d’accès est transmise</h2>
            <p>
              ProConnect a confirmé votre identité, mais vous n’avez pas encore de compte Maillage. Un administrateur examinera votre demande et vous attribuera
              un rôle ; vous pourrez ensuite vous connecter avec ProConnect.
            </p>
          </div>
        }
        @case ('erreur') {
          <div class="fr-alert fr-alert--error" role="alert" data-testid="proconnect-erreur">
            <h2 class="fr-alert__title">Connexion impossible</h2>
            <p>{{ message() }}</p>
          </div>
        }
      }
      <p class="fr-mt-4w"><a class="fr-link" routerLink="/">Revenir au tableau de bord</a></p>
    </main>
  `,
})
export class RetourProConnectComponent implements OnInit {
  private readonly client = inject(ComptesClient);
  private readonly session = inject(SessionStore);
  private readonly routeur = inject(Router);
  protected readonly etat = signal<'en-cours' | 'attente' | 'erreur'>('en-cours');
  protected readonly message = signal('');

  ngOnInit(): void {
    void this.terminer();
  }

  private async terminer(): Promise<void> {
    const fragment = new URLSearchParams(location.hash.replace(/^#/, ''));
    history.replaceState(history.state, '', location.pathname);
    const jeton = fragment.get('jeton');
    const expireLe = fragment.get('expireLe');
    if (fragment.has('attente')) return this.etat.set('attente');
    if (!jeton || !expireLe) return this.echec(MESSAGES[fragment.get('erreur') ?? ''] ?? MESSAGES['refus']);
    try {
      const utilisateur = await this.client.moi(jeton);
      this.session.ouvrir({ jeton, type: 'Bearer', expireLe, utilisateur });
      await this.routeur.navigateByUrl('/');
    } catch {
      this.echec(MESSAGES['refus']);
    }
  }

  private echec(message: string): void {
    this.message.set(message);
    this.etat.set('erreur');
  }
}
