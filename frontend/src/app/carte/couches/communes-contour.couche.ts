import { DefinitionCouche } from './couche';

/** Commune boundaries once communes are big enough on screen to tell apart. */
export const COUCHE_COMMUNES_CONTOUR: DefinitionCouche = {
  ordre: 15,
  specification: {
    id: 'communes-contour',
    type: 'line',
    source: 'communes',
    'source-layer': 'communes',
    minzoom: 8,
    paint: { 'line-color': '#ffffff', 'line-width': ['interpolate', ['linear'], ['zoom'], 8, 0.3, 12, 1] },
  },
};
