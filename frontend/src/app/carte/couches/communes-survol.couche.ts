import { DefinitionCouche } from './couche';

/** Outline of the commune under the pointer (feature-state `survol`, set by the map component). */
export const COUCHE_COMMUNES_SURVOL: DefinitionCouche = {
  ordre: 45,
  specification: {
    id: 'communes-survol',
    type: 'line',
    source: 'communes',
    'source-layer': 'communes',
    paint: {
      'line-color': '#000091',
      'line-width': 2,
      'line-opacity': ['case', ['boolean', ['feature-state', 'survol'], false], 1, 0],
    },
  },
};
