import { DefinitionCouche } from './couche';

export const COUCHE_DEPARTEMENTS_CONTOUR: DefinitionCouche = {
  ordre: 30,
  specification: {
    id: 'departements-contour',
    type: 'line',
    source: 'departements',
    'source-layer': 'departements',
    minzoom: 4.5,
    paint: { 'line-color': '#3a3a3a', 'line-width': ['interpolate', ['linear'], ['zoom'], 4.5, 0.5, 10, 2] },
  },
};
