import { CoucheTuiles } from './couche-tuiles';

/** How finely a tile is drawn at its zoom: the same rule for the PostGIS and the in-memory paths. */
export interface FinesseTuile {
  /** Units across the tile (MVT extent): a 512 px tile needs no more than 512 at the zooms shown at most 2× enlarged. */
  extent: number;
  /** Margin around the tile, in extent units: 1/64 of the tile, as before (line ends and joins are drawn right). */
  buffer: number;
  /** Whether the features carry `nom` beside `code`. */
  avecNom: boolean;
}

/**
 * Zooms drawn on a coarse grid. A tile of zoom z is shown from map zoom z to z + 1 (at most 2× enlarged, 512 px
 * tiles): an extent of 1024 is then half a screen pixel at worst, 512 one pixel while communes are 1–3 px wide
 * (zoom ≤ 5). From zoom 8 the tile keeps 4096: the régions source stops at 8 and is enlarged far beyond.
 */
const EXTENT_PAR_ZOOM: readonly { jusqua: number; extent: number }[] = [
  { jusqua: 5, extent: 512 },
  { jusqua: 7, extent: 1024 },
];
const EXTENT_FIN = 4096;

/**
 * Commune names weigh about 40 % of a national-view tile (one distinct string per feature, ~19 bytes): below
 * zoom 7 the tiles carry the code only, and the map names the commune under the pointer from the names table
 * (`/api/tuiles/communes/noms`). The other couches keep `nom` (a few hundred features per tile at most).
 */
const ZOOM_MIN_NOM_COMMUNES = 7;

export function finesseTuile(couche: CoucheTuiles, z: number): FinesseTuile {
  const extent = EXTENT_PAR_ZOOM.find((palier) => z <= palier.jusqua)?.extent ?? EXTENT_FIN;
  return { extent, buffer: extent / 64, avecNom: couche !== 'communes' || z >= ZOOM_MIN_NOM_COMMUNES };
}
