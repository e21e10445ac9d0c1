import type { Readable } from 'node:stream';
import type { Role, UtilisateurConnecte } from '../common/auth/role';
import type { LigneIgnoree, Requeteur } from '../import/importateur';
import type { DeclarationCouverture } from '../jeux-de-donnees/couverture-donnees.repository';

/**
 * The contract of an uploadable file type (ADR 0005): what the « Données » screen offers, how the file is
 * analysed without writing (report: rows, skipped rows, coverage, differences with the version in place) and
 * how it is imported in one transaction. A feature registers its types in `RegistreTeleversements` from its
 * module's `onModuleInit`; the pipeline (`ChaineTeleversementService`) does everything else: streaming the
 * upload to disk, the size limit, progress, the cap on reported rows, staging in bounded batches, the
 * transaction, the dataset version, its coverage in `couverture_jeu`, the audit entry and the rollback.
 */
export interface TypeFichierTeleversable {
  /** Stable code, in URLs: `finess`, `rpps`, `zonage`, `cpts-communes`, `tvs-composition`… */
  readonly code: string;
  /** French label on the screen: « Extrait FINESS (national ou régional) ». */
  readonly libelle: string;
  /** French help: which official file, where to download it, what it replaces. */
  readonly description: string;
  /** Accepted file name endings, lower case, with the dot: ['.csv', '.txt']. */
  readonly extensions: readonly string[];
  /** Largest accepted file in bytes, set from the real size of the official file (with a margin). */
  readonly tailleMax: number;
  /** Roles allowed to upload it (an ARS account is further limited to its territories by the type). */
  readonly roles: readonly Role[];
  /** Fields asked next to the file (arrêté number, dates…), validated by the pipeline before the file is stored. */
  readonly champs: readonly ChampTeleversement[];
  /** Dataset the imports of this type create versions of (list, history, rollback): `finess`, `zonage-medecins`… */
  jeu(metadonnees: Metadonnees): string;
  /**
   * Checks the request before the file is stored: the fields' meaning and the account's scope. Throws an
   * `ErreurDomaine` (400 ENTREE_INVALIDE, 403 INTERDIT). The fields' presence and format are already checked.
   */
  verifierDemande?(demande: DemandeTeleversement): Promise<void>;
  /**
   * Reads the file from disk as a stream, without writing to the data in place: reports faulty rows
   * (`ctx.erreur`: the file is refused) and skipped rows (`ctx.ecarter`), stages the normalised rows
   * (`ctx.stager`), and returns the coverage deduced from the content and the differences with the version in
   * place within that coverage (`differencesParCle` computes them from the staged rows).
   */
  analyser(ctx: ContexteAnalyse): Promise<ResultatAnalyse>;
  /**
   * Optional, before the transaction: writes rows that no answer reads yet (e.g. the sites of an RPPS import not
   * yet published), in bounded batches, so that the transaction itself stays short — on the embedded database a
   * transaction holds the only connection, and every other request waits for it. `abandonner` removes them when
   * the import fails, is interrupted or cancelled.
   */
  preparer?(ctx: ContexteImport): Promise<void>;
  abandonner?(televersementId: string, requete: Requeteur): Promise<void>;
  /**
   * Writes the staged rows into the data, inside the import's single transaction (`ctx.requete`), replacing only
   * what the analysed coverage contains. Returns what a rollback needs (`restauration`, and rows archived with
   * `ctx.archiver`). A failure rolls everything back: the data in place is untouched.
   */
  importer(ctx: ContexteImport): Promise<ResultatImportTeleverse>;
  /**
   * Undoes one import of this type (the most recent version of its dataset), in one transaction: restores the
   * rows the import replaced. Types without it offer no rollback. Coverage rows are restored by the pipeline.
   */
  retablir?(ctx: ContexteRetour): Promise<void>;
}

export type Metadonnees = Readonly<Record<string, string>>;

/** A field sent with the file (multipart field placed **before** the file). */
export interface ChampTeleversement {
  nom: string;
  libelle: string;
  /** `date`: AAAA-MM-JJ; `url`: http(s); `region`: 2-digit région code; `choix`: one of `choix`. */
  format: 'texte' | 'date' | 'url' | 'region' | 'choix';
  obligatoire: boolean;
  aide?: string;
  choix?: readonly { valeur: string; libelle: string }[];
}

export interface DemandeTeleversement {
  metadonnees: Metadonnees;
  utilisateur: UtilisateurConnecte;
}

/** The file as received on disk. */
export interface FichierRecu {
  chemin: string;
  /** Name given by the browser (shown, never used as a path). */
  nom: string;
  taille: number;
  /** sha256 of the bytes. */
  empreinte: string;
}

/** One decoded line of a text file (UTF-8 or Latin-1, BOM dropped), numbered from 1. */
export interface LigneLue {
  numero: number;
  texte: string;
}

/** A normalised row kept for the differences and the import (JSON-serialisable values only). */
export interface LigneStagee {
  /** Line number in the file (unique per upload). */
  numero: number;
  /** What identifies the row across versions: FINESS number, INSEE code, identifiant PP + commune… */
  cle: string;
  donnees: Record<string, unknown>;
}

export interface ContexteAnalyse {
  readonly televersementId: string;
  readonly fichier: FichierRecu;
  readonly metadonnees: Metadonnees;
  readonly utilisateur: UtilisateurConnecte;
  /** Text lines streamed from disk; the bytes read drive the progress bar. */
  lignes(): AsyncIterable<LigneLue>;
  /** Raw bytes streamed from disk (spreadsheets, archives); counted for the progress bar the same way. */
  flux(): Readable;
  /** A fault that refuses the file (counted; the first 200 are kept with their line and reason). */
  erreur(detail: LigneIgnoree): void;
  /** A row left out of the import, reported with its line and reason (counted; the first 200 kept). */
  ecarter(detail: LigneIgnoree): void;
  /** Number of faults reported so far (to stop early on a file that is plainly of another kind). */
  readonly erreurs: number;
  /** Stages one normalised row; rows are written in bounded batches, never as one parameter. */
  stager(ligne: LigneStagee): Promise<void>;
  /** Writes what is still buffered (called by the pipeline after `analyser`; call it before SQL on the staged rows). */
  viderTampon(): Promise<void>;
  /** SQL outside any transaction (the version in place, checks on the staged rows in `televersement_ligne`). */
  requete: Requeteur;
  /** Names the current step (« Lecture », « Comparaison avec la version en place »…). */
  etape(libelle: string): void;
  /** Throws when the upload was cancelled or ran past its time limit (called by `lignes()` and `stager()` too). */
  verifier(): void;
}

export interface ResultatAnalyse {
  /** Territories the dataset will be complete for once imported, deduced from the file's content. */
  couverture: DeclarationCouverture[];
  differences: Differences;
  /** The version the import will create. */
  version: { libelle: string; source: string; millesime: string };
  /** Figures of the report specific to the type (« MSP : 12 », « Médecins généralistes : 4 210 »). */
  resume?: { libelle: string; valeur: number | string }[];
  /** Plain French warnings shown above the « Importer » button. */
  avertissements?: string[];
  /** Anything the importer needs from the analysis (JSON), kept with the report but not shown. */
  interne?: Record<string, unknown>;
}

/** What changes compared with the version in place, within the coverage of the file. */
export interface Differences {
  /** What the file is compared with, in French: « les structures FINESS en place en Nouvelle-Aquitaine ». */
  comparaison: string;
  ajouts: number;
  modifications: number;
  retraits: number;
  inchanges: number;
  /** A few examples of each kind (30 at most in all). */
  exemples: ExempleDifference[];
}

export interface ExempleDifference {
  nature: 'ajout' | 'modification' | 'retrait';
  cle: string;
  libelle: string;
}

export interface ContexteImport {
  readonly televersementId: string;
  /** The version being created (for foreign keys and archives); 0 in `preparer` (not created yet). */
  readonly versionId: number;
  readonly metadonnees: Metadonnees;
  readonly utilisateur: UtilisateurConnecte;
  readonly analyse: ResultatAnalyse;
  readonly fichier: FichierRecu;
  /** Inside the import's one transaction (outside any, statement by statement, in `preparer`). */
  requete: Requeteur;
  /**
   * Keeps the rows a SELECT returns (one jsonb column `donnees`, parameters $1…$n) with the version, for
   * `retablir`; returns how many. Call it before replacing them.
   */
  archiver(nature: string, sql: string, parametres: unknown[]): Promise<number>;
  etape(libelle: string): void;
}

export interface ResultatImportTeleverse {
  /** Rows written. */
  lignes: number;
  /** Small JSON the type needs to undo this import. */
  restauration?: Record<string, unknown>;
  /** Figures kept with the version (shown in the history). */
  bilan?: Record<string, unknown>;
}

/** Rows archived by the import are in `version_jeu_archive` (version_id, nature, donnees): restore them in SQL. */
export interface ContexteRetour {
  readonly versionId: number;
  readonly restauration: Record<string, unknown> | null;
  readonly couverture: DeclarationCouverture[];
  /** Inside the rollback's one transaction. */
  requete: Requeteur;
}
