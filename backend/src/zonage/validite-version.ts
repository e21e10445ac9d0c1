/**
 * Is a zonage version still valid at a date? (ADR 0004.) A version applies from `debut` to `fin` (known end).
 * When no end is known but one is presumed — the ARS replaced it by an arrêté that is not loaded — the version is
 * `perimee` after `finPresumee`: its classes are shown for reference, never applied as if they were current.
 */
export interface FinPresumee {
  finPresumee: string | null;
  motif: string | null;
  source: string | null;
}

export interface VersionDatee extends FinPresumee {
  debut: string;
  fin: string | null;
}

export interface ValiditeALaDate {
  /** `en_vigueur`: the version applies at the date; `perimee`: past its presumed end (the zonage in force is not loaded). */
  statut: 'en_vigueur' | 'perimee';
  finPresumee: string | null;
  /** Plain French reason, with the arrêté that replaced it when known; null when in force. */
  motif: string | null;
  /** URL of the text or ARS page behind the presumed end. */
  source: string | null;
}

/**
 * Validity of `version` at `date` for a commune of a région: the région's own presumed end (national versions are
 * replaced région by région) wins over the version's.
 */
export function validiteALaDate(version: VersionDatee, date: string, finRegion: FinPresumee | null = null): ValiditeALaDate {
  const fin = finRegion ?? version;
  if (fin.finPresumee && date > fin.finPresumee && (version.fin === null || date <= version.fin)) {
    return { statut: 'perimee', finPresumee: fin.finPresumee, motif: fin.motif, source: fin.source };
  }
  return { statut: 'en_vigueur', finPresumee: fin.finPresumee, motif: null, source: fin.source };
}
