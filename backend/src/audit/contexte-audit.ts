import { AsyncLocalStorage } from 'node:async_hooks';
import { UtilisateurConnecte } from '../common/auth/role';

/** The HTTP write being served, so that services' audit entries know who, from where, and by which route. */
export interface ContexteAudit {
  methode: string;
  chemin: string;
  ip: string | null;
  utilisateur: UtilisateurConnecte | null;
  /** Set once a service recorded a detailed entry: the interceptor then adds no generic one. */
  detaille: boolean;
}

export const stockageAudit = new AsyncLocalStorage<ContexteAudit>();
