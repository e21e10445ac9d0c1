import { DonneesAcces, MillesimeApl } from '../donnees-acces';

/** The APL vintage a supply-based computation runs on, and the newer vintage left aside (loaded, not estimated yet). */
export interface MillesimeDeLOffre {
  millesime: MillesimeApl;
  /** A newer APL vintage is loaded but no supply has been estimated from it yet: its year, else null. */
  plusRecentNonEstime: number | null;
}

/**
 * Supply-based computations (national recompute, prospective) need the GP supply: imported (RPPS), or estimated from
 * a vintage's published APL. An uploaded APL vintage does not re-run the estimate (a national inversion of tens of
 * seconds; « npm run import -- offre-estimee »): asked without a vintage, they run on the latest vintage that has a
 * supply, and say that a newer one is loaded. A vintage asked explicitly is used as is.
 */
export function millesimeDeLOffre(d: DonneesAcces, annee: number | undefined, millesime: (annee?: number) => MillesimeApl): MillesimeDeLOffre {
  const demande = millesime(annee);
  if (annee !== undefined || d.offre || demande.offreEstimee) return { millesime: demande, plusRecentNonEstime: null };
  const estime = [...d.millesimes.values()].filter((m) => m.offreEstimee && m.annee < demande.annee).at(-1);
  return estime ? { millesime: estime, plusRecentNonEstime: demande.annee } : { millesime: demande, plusRecentNonEstime: null };
}

/** What the answer says when a newer APL vintage is loaded but not yet used (plain French). */
export function texteMillesimeNonEstime(utilise: number, plusRecent: number): string {
  return `L’offre de départ est estimée à partir de l’APL ${utilise} : le millésime ${plusRecent}, chargé depuis, n’a pas encore servi à l’estimer, ces chiffres partent donc de l’APL ${utilise}. Pour passer au millésime ${plusRecent}, un administrateur relance l’estimation de l’offre.`;
}
