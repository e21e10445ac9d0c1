/** Contract of `/api/auth` (accounts and roles). The public uses the dashboard without an account. */
export type Role = 'elu' | 'porteur' | 'ars' | 'admin';

export const LIBELLES_ROLE: Readonly<Record<Role, string>> = {
  elu: 'Élu ou collectivité',
  porteur: 'Porteur de projet',
  ars: 'Planificateur ARS',
  admin: 'Administrateur',
};

export interface TerritoireCompte {
  readonly type: 'commune' | 'epci' | 'departement' | 'region';
  readonly code: string;
}

export interface Compte {
  readonly id: string;
  readonly email: string;
  readonly nom: string | null;
  readonly role: Role;
  readonly territoires: readonly TerritoireCompte[];
}

/** `POST /api/auth/connexion`. */
export interface ReponseConnexion {
  readonly jeton: string;
  readonly type: 'Bearer';
  /** ISO 8601. */
  readonly expireLe: string;
  readonly utilisateur: Compte;
}

/** What the page keeps of a session (memory + sessionStorage: closed with the tab). */
export interface Session {
  readonly jeton: string;
  readonly expireLe: string;
  readonly utilisateur: Compte;
}
