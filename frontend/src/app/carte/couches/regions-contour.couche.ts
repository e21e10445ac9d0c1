import { DefinitionCouche } from './couche';

export const COUCHE_REGIONS_CONTOUR: DefinitionCouche = {
  ordre: 40,
  specification: {
    id: 'regions-contour',
    type: 'line',
    source: 'regions',
    'source-layer': 'regions',
    paint: { 'line-color': '#161616', 'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.8, 10, 3] },
  },
};
