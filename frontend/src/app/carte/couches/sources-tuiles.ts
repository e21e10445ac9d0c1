import type { VectorSourceSpecification } from 'maplibre-gl';
import { SourceTuiles } from './couche';

/** Zoom range where the server builds tiles; MapLibre over-zooms the last level beyond. */
const ZOOMS: Readonly<Record<SourceTuiles, { minzoom: number; maxzoom: number }>> = {
  regions: { minzoom: 0, maxzoom: 8 },
  departements: { minzoom: 0, maxzoom: 10 },
  epci: { minzoom: 4, maxzoom: 11 },
  communes: { minzoom: 4, maxzoom: 12 },
};

/**
 * Geometry-only sources: features carry `code` (INSEE, SIREN…) and `nom`. `promoteId` makes the
 * code the feature id so indicator values join by code through feature-state.
 * Tile URLs must be absolute: MapLibre fetches them from a web worker.
 */
export function sourceTuiles(couche: SourceTuiles, origine: string): VectorSourceSpecification {
  return {
    type: 'vector',
    tiles: [`${origine}/api/tuiles/${couche}/{z}/{x}/{y}.pbf`],
    ...ZOOMS[couche],
    promoteId: 'code',
    attribution: 'Contours : IGN ADMIN EXPRESS, INSEE COG 2026',
  };
}
