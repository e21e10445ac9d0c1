import type { StyleSpecification } from 'maplibre-gl';

/**
 * The offline style: a plain background, no glyphs, no sprite, no external request. Our tile
 * sources and layers are added on top by the map service (and re-added after any style change).
 */
export const STYLE_HORS_LIGNE: StyleSpecification = {
  version: 8,
  name: 'Maillage hors ligne',
  sources: {},
  layers: [{ id: 'fond', type: 'background', paint: { 'background-color': '#f6f6f6' } }],
};
