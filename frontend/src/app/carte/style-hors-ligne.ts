import type { StyleSpecification } from 'maplibre-gl';

/**
 * The offline style: a plain background, no glyphs, no sprite, no external request. Our tile
 * sources and layers are added on top by the map service (and re-added after any style change).
 * No transition: by default MapLibre gives the light, the sky and every paint property a 300 ms transition at
 * each style change, even to the same value, and draws frames until it ends — an indicator switch would cost
 * ten frames instead of one.
 */
export const STYLE_HORS_LIGNE: StyleSpecification = {
  version: 8,
  name: 'Maillage hors ligne',
  transition: { duration: 0, delay: 0 },
  sources: {},
  layers: [{ id: 'fond', type: 'background', paint: { 'background-color': '#f6f6f6' } }],
};

/** Font stacks of the place names: SDF glyphs generated once from Noto Sans (frontend/scripts/generer-glyphes.mjs). */
export const POLICE_ETIQUETTES = ['Noto Sans Regular'];
export const POLICE_ETIQUETTES_GRAS = ['Noto Sans Bold'];

/**
 * The offline style with our place names' glyphs, served with the dashboard (`/glyphes/<font stack>/<range>.pbf`,
 * frontend/public/glyphes): no glyph server, no network. The URL is absolute, as MapLibre wants it.
 */
export function styleHorsLigne(origine: string): StyleSpecification {
  return { ...STYLE_HORS_LIGNE, glyphs: `${origine}/glyphes/{fontstack}/{range}.pbf` };
}
