/**
 * Metric CRS in which distances are computed for a département: Lambert-93 for métropole and
 * Corsica; the official UTM projections for the DROM (RGAF09 for the Antilles, RGFG95 for Guyane,
 * RGR92 for La Réunion, RGM04 for Mayotte).
 */
const SRID_DROM: Record<string, number> = {
  '971': 5490,
  '972': 5490,
  '973': 2972,
  '974': 2975,
  '976': 4471,
};

export function sridMetrique(departement: string): number {
  return SRID_DROM[departement] ?? 2154;
}
