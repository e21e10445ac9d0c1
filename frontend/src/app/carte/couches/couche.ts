import type { LayerSpecification } from 'maplibre-gl';

/** Vector tile sources served by `/api/tuiles/:couche/:z/:x/:y.pbf`; the MVT layer has the same name. */
export type SourceTuiles = 'communes' | 'epci' | 'departements' | 'regions';

/**
 * A map layer declared as data. The map service adds it (again after every style change), in
 * the order of `ordre` (lower is drawn first), whatever the order the features declared them.
 */
export interface DefinitionCouche {
  readonly specification: LayerSpecification;
  readonly ordre: number;
}
