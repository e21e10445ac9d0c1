import { DetailErreur } from '../common/erreurs/erreur-domaine';
import type { DeclarationCouverture } from '../jeux-de-donnees/couverture-donnees.repository';

/** Runs SQL inside the import's transaction (`$n` parameters, never string concatenation). */
export type Requeteur = <T = Record<string, unknown>>(sql: string, parametres?: unknown[]) => Promise<T[]>;

export interface ContexteImport {
  requete: Requeteur;
  /** Reports progress of the current dataset (drives the progress bar and /api/sante). */
  progression(fait: number, total: number, etape?: string): void;
}

/** A row of a source file that was not loaded, with the reason (reported, never silently dropped). */
export interface LigneIgnoree extends DetailErreur {
  ligne?: number;
}

export interface ResultatImport {
  lignes: number;
  ignorees: LigneIgnoree[];
  /**
   * The territories the dataset is complete for (ADR 0005), replacing what it covered before. Omitted: the
   * dataset answers no count or measure by territory (territorial reference, catalogue…).
   */
  couverture?: DeclarationCouverture[];
}

export interface DescriptionJeu {
  /** The official source name users read (no repository handle, no commit: that is `provenance`). */
  source: string;
  millesime: string;
  licence: string;
  /** Where the shipped file was taken from (repository and commit), for maintainers; never shown on screen. */
  provenance?: string;
}

/**
 * A dataset shipped with the product (in geo-data/) and loaded on first start.
 * Each import runs in one transaction: it either fully replaces the previous load or changes nothing.
 */
export interface ImportateurJeuDeDonnees {
  readonly code: string;
  readonly libelle: string;
  /** Datasets that must be loaded first (e.g. communes before APL). */
  readonly dependances: readonly string[];
  readonly description: DescriptionJeu;
  /**
   * Bumped when the importer writes something different from the same files (e.g. a reworded source label stored
   * in the rows): the dataset is imported again. Absent: 1.
   */
  readonly versionImport?: number;
  /** Files whose content defines the dataset: their hash decides whether a re-import is needed. */
  fichiersSource(): string[];
  importer(contexte: ContexteImport): Promise<ResultatImport>;
}
