import { Injectable, computed, inject, signal } from '@angular/core';
import { Compte, ReponseConnexion, Session } from './compte';
import { ComptesClient } from './comptes.client';
import { messageConnexion } from './message-connexion';

/** sessionStorage key: the session ends with the tab, a reload keeps it. */
export const CLE_SESSION = 'maillage.session';

/**
 * The connected account, if any, and its bearer token (memory + sessionStorage). The public uses the dashboard
 * without one; the HTTP interceptor reads `jeton()`. An expired token is dropped on read.
 */
@Injectable({ providedIn: 'root' })
export class SessionStore {
  private readonly client = inject(ComptesClient);
  private readonly session = signal<Session | null>(lireSession());

  readonly utilisateur = computed<Compte | null>(() => this.session()?.utilisateur ?? null);
  readonly connecte = computed(() => this.session() !== null);
  readonly enCours = signal(false);
  readonly erreur = signal<string | null>(null);

  /** The token to send, or null when none or expired (then the session is dropped). */
  jeton(): string | null {
    const session = this.session();
    if (!session) return null;
    if (Date.parse(session.expireLe) <= Date.now()) {
      this.deconnecter();
      return null;
    }
    return session.jeton;
  }

  /** True when connected. On failure the French message is in `erreur()`. */
  async connecter(email: string, motDePasse: string): Promise<boolean> {
    this.enCours.set(true);
    this.erreur.set(null);
    try {
      this.ouvrir(await this.client.connexion(email.trim(), motDePasse));
      return true;
    } catch (erreur) {
      this.erreur.set(messageConnexion(erreur));
      return false;
    } finally {
      this.enCours.set(false);
    }
  }

  /** Keeps a session the API opened (password login, ProConnect return, password set from a link). */
  ouvrir(reponse: ReponseConnexion): void {
    const session: Session = { jeton: reponse.jeton, expireLe: reponse.expireLe, utilisateur: reponse.utilisateur };
    this.session.set(session);
    ecrireSession(session);
  }

  /** « Se déconnecter partout » : the API refuses every token of the account from now on, then this tab forgets its own. */
  async deconnecterPartout(): Promise<void> {
    try {
      await this.client.deconnexionPartout();
    } finally {
      this.deconnecter();
    }
  }

  deconnecter(): void {
    this.session.set(null);
    this.erreur.set(null);
    ecrireSession(null);
  }
}

function lireSession(): Session | null {
  try {
    const texte = sessionStorage.getItem(CLE_SESSION);
    if (!texte) return null;
    const session = JSON.parse(texte) as Partial<Session>;
    if (typeof session.jeton !== 'string' || typeof session.expireLe !== 'string' || !session.utilisateur) return null;
    return Date.parse(session.expireLe) > Date.now() ? (session as Session) : null;
  } catch {
    return null;
  }
}

function ecrireSession(session: Session | null): void {
  try {
    if (session) sessionStorage.setItem(CLE_SESSION, JSON.stringify(session));
    else sessionStorage.removeItem(CLE_SESSION);
  } catch {
    // Storage refused (private mode, quota): the session lives in memory only.
  }
}
