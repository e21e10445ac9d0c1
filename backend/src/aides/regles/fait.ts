/**
 * A fact of the situation being evaluated (zone class of the commune at the date, sector, days per
 * week…), with the French wording used in reasons and where it comes from. `valeur === undefined`
 * means unknown: criteria on it answer "to confirm" and name the request field to fill (`champ`).
 */
export interface Fait {
  valeur: unknown;
  /** e.g. "commune 09122 (Foix) classée ZAC au zonage médecins généralistes (…)" */
  texte: string;
  /** Where the value comes from: a dataset with its version, or "déclaration du demandeur". */
  source: string | null;
  /** Request field that would make an unknown fact known. */
  champ?: string;
}

export type Faits = Readonly<Record<string, Fait>>;

import { CategorieFinanceur } from './definition-aide';

/** A previous aid declared by the user, resolved to its family and funder category through the catalogue. */
export interface AideAnterieure {
  code: string;
  libelle: string;
  famille: string;
  /** Who paid it (ten-year rules of décret 2025-231); null: not known, the rules ask. */
  categorie: CategorieFinanceur | null;
  /** Date of the grant decision (Assurance Maladie) or of the signature of the agreement (collectivités). */
  date: string;
}

export const SOURCE_DECLARATION = 'déclaration du demandeur';
