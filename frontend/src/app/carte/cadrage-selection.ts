import type { Emprise, TypeTerritoire } from '../territoires/territoire';

/** A selected commune is never shown closer than this (about 30 km across on a laptop screen). */
export const ZOOM_MAX_SELECTION = 11.5;
/** A commune's box is shown three times as wide and as high: its neighbours all around it. */
const FACTEUR_COMMUNE = 3;
/** Larger territories fill the map with a tenth of their span as margin. */
const MARGE_TERRITOIRE = 0.1;

/**
 * The box the map frames for a selected territory: a commune with its neighbours visible around it (a commune of
 * 2 km zoomed to street level says nothing of where it is), an EPCI, a département or a région with a margin.
 */
export function cadrageSelection(type: TypeTerritoire, [ouest, sud, est, nord]: Emprise): [number, number, number, number] {
  const cx = (ouest + est) / 2;
  const cy = (sud + nord) / 2;
  const facteur = type === 'commune' ? FACTEUR_COMMUNE : 1 + 2 * MARGE_TERRITOIRE;
  const demiLargeur = ((est - ouest) * facteur) / 2;
  const demiHauteur = ((nord - sud) * facteur) / 2;
  return [cx - demiLargeur, Math.max(-85, cy - demiHauteur), cx + demiLargeur, Math.min(85, cy + demiHauteur)];
}
