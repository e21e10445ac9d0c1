/**
 * Domain errors carry a stable code and a French message for the user. Services throw them;
 * the single exception filter maps codes to HTTP statuses. Services never import HTTP exceptions.
 */
export type CodeErreur =
  | 'ENTREE_INVALIDE'
  | 'INTROUVABLE'
  | 'CONFLIT'
  | 'NON_AUTHENTIFIE'
  | 'INTERDIT'
  | 'TROP_DE_TENTATIVES'
  | 'FICHIER_INVALIDE'
  | 'FICHIER_TROP_VOLUMINEUX'
  | 'DELAI_DEPASSE'
  | 'BASE_INDISPONIBLE'
  | 'DONNEES_NON_CHARGEES';

export interface DetailErreur {
  champ?: string;
  ligne?: number;
  valeur?: unknown;
  message: string;
}

export class ErreurDomaine extends Error {
  constructor(
    readonly code: CodeErreur,
    message: string,
    readonly details: DetailErreur[] = [],
  ) {
    super(message);
    this.name = 'ErreurDomaine';
  }
}

export const entreeInvalide = (message: string, champ?: string, valeur?: unknown) =>
  new ErreurDomaine('ENTREE_INVALIDE', message, champ ? [{ champ, valeur, message }] : []);

export const introuvable = (message: string) => new ErreurDomaine('INTROUVABLE', message);
