/** Contract of `/api/auth` (accounts and roles). The public uses the dashboard without an account. */
export const ROLES = ['elu', 'porteur', 'ars', 'admin'] as const;
export type Role = (typeof ROLES)[number];

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

/** `GET /api/auth/oidc`. */
export interface DescriptionProConnect {
  readonly active: boolean;
  readonly connexion: string | null;
}

/** `POST /api/demandes-acces`. */
export interface DemandeAcces {
  readonly email: string;
  readonly nom: string;
  readonly organisation?: string;
  readonly roleSouhaite?: Exclude<Role, 'admin'>;
  readonly territoires?: readonly TerritoireCompte[];
  readonly motif?: string;
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
