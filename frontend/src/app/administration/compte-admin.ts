import { Compte, Role, TerritoireCompte } from '../comptes/compte';

/** `GET /api/comptes` (administrator). */
export interface CompteAdmin extends Compte {
  readonly actif: boolean;
  readonly motDePasseDefini: boolean;
  readonly proConnect: boolean;
  readonly creeLe: string;
  readonly derniereConnexion: string | null;
}

/** A one-time link to set a password, shown to the administrator, who hands it to the person. */
export interface LienMotDePasse {
  /** Path (`/mot-de-passe#jeton=…`): the page makes it an absolute address. */
  readonly lien: string;
  readonly expireLe: string;
}

export interface NouveauCompte {
  readonly email: string;
  readonly nom?: string;
  readonly role: Role;
  readonly territoires: readonly TerritoireCompte[];
}

export interface ModificationCompte {
  readonly role?: Role;
  readonly territoires?: readonly TerritoireCompte[];
  readonly actif?: boolean;
}

/** `GET /api/demandes-acces`. */
export interface DemandeAccesAdmin {
  readonly id: string;
  readonly email: string;
  readonly nom: string | null;
  readonly organisation: string | null;
  readonly roleSouhaite: Exclude<Role, 'admin'> | null;
  readonly territoires: readonly TerritoireCompte[];
  readonly motif: string | null;
  readonly proConnect: boolean;
  readonly creeLe: string;
}
