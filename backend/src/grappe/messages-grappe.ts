/**
 * Messages between the cluster's primary process and its HTTP workers (Node IPC channel). Nothing else travels
 * between processes: sessions are signed tokens, login throttling and every datum are in the database.
 */
export type MessageGrappe =
  /** worker → primary: listening, start-up import and warm-up done */
  | { maillage: 'pret' }
  /** worker → primary → the other workers: an import or an upload changed the data (caches to drop now) */
  | { maillage: 'donnees-modifiees' }
  /** primary → workers: every worker of the first start is listening */
  | { maillage: 'grappe-prete' };

export function estMessageGrappe(m: unknown): m is MessageGrappe {
  return typeof m === 'object' && m !== null && typeof (m as { maillage?: unknown }).maillage === 'string';
}

/** Environment the primary gives its workers: their role, and the token secret it drew (no MAILLAGE_JWT_SECRET). */
export const ENV_ROLE = 'MAILLAGE_GRAPPE_ROLE';
export const ENV_SECRET_GRAPPE = 'MAILLAGE_GRAPPE_SECRET_JETON';
export type RoleOuvrier = 'premier' | 'suivant';
