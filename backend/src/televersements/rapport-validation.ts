import type { DeclarationCouverture } from '../jeux-de-donnees/couverture-donnees.repository';
import type { LignesSignalees } from './lignes-signalees';
import type { Differences } from './type-fichier';

/** The validation report shown before « Importer » / « Annuler » (ADR 0005). */
export interface RapportValidation {
  /** Non-empty lines read. */
  lignesLues: number;
  /** Rows that the import will write. */
  lignesRetenues: number;
  /** Rows left out, with line number and reason (all counted, the first 200 kept). */
  ecartees: LignesSignalees;
  /** Faults that refuse the file (same cap); the file cannot be imported when `total` > 0. */
  erreurs: LignesSignalees;
  encodage: string | null;
  /** Coverage the dataset will have for these themes once imported. */
  couverture: { perimetre: string; declarations: DeclarationCouverture[] };
  differences: Differences | null;
  version: { libelle: string; source: string; millesime: string } | null;
  resume: { libelle: string; valeur: number | string }[];
  avertissements: string[];
  /** The same file (same bytes) is already the version in place: importing it again changes nothing. */
  dejaImporte: boolean;
  dureeMs: number;
  /** Internal data of the type for its importer (not shown). */
  interne?: Record<string, unknown>;
}
