import { ProfessionZonage } from '../../zonage/classes-zonage';

/**
 * What the aid engine needs from the zonage feature (contract of ZonageService). A port, so that the
 * engine runs in unit tests with in-memory fakes; the real adapter is SourceZonageMaillage.
 */
export interface VersionZonage {
  id: number | string;
  libelle: string;
  region: string | null;
  arrete: string | null;
  dateArrete: string | null;
  debut: string | null;
  /** false when `debut` is only the vintage of the published file (date of effect unknown). */
  debutConnu?: boolean;
  fin: string | null;
  source: string;
}

export interface ClasseZonage {
  classe: string | null;
  version: VersionZonage | null;
  /**
   * Validity of that version at the date (ADR 0004): `perimee` when the date is past its presumed end — the zonage
   * in force then is not loaded, so zone criteria cannot be settled from it. Absent or null: in force.
   */
  validite?: { statut: 'en_vigueur' | 'perimee'; finPresumee: string | null; motif: string | null; source: string | null } | null;
}

export interface QpvDeCommune {
  code: string;
  nom: string;
  classe: 'ZIP' | 'ZAC' | null;
  source: string;
}

export interface RuraliteCommune {
  /** FRR class (July 2025): 'FRR', 'FRR+', 'FRR bénéficiaire', '… partiellement', 'non classée', or null (no data). */
  frr: string | null;
  /** Former ZRR flag: 'C' classée, 'NC' non classée, 'P' partiellement, or null. */
  zrr: string | null;
  source: string;
}

export interface SourceZonage {
  classeCommune(profession: ProfessionZonage, codeCommune: string, date: string): Promise<ClasseZonage>;
  qpvDeCommune(codeCommune: string, date: string): Promise<QpvDeCommune[]>;
  ruralite(codeCommune: string): Promise<RuraliteCommune>;
  /** Changes whenever any answer above may change (imports, uploaded versions): keys the aid answer caches. */
  versionDonnees(): Promise<string>;
}

export const SOURCE_ZONAGE = Symbol('SOURCE_ZONAGE');
