import { DefinitionCouche } from './couche';

/**
 * Outline of the commune under the pointer (feature-state `survol`, set by the map component), from zoom 6 like
 * the alert outlines. Below, communes are a few pixels wide and the tooltip names them; a line layer over all
 * ~35,000 communes, even transparent, costs about half of each national-view frame in software rendering.
 */
export const COUCHE_COMMUNES_SURVOL: DefinitionCouche = {
  ordre: 45,
  specification: {
    id: 'communes-survol',
    type: 'line',
    source: 'communes',
    'source-layer': 'communes',
    minzoom: 6,
    paint: {
      // Near black, thinner than the selection's blue: hovering is not selecting.
      'line-color': '#161616',
      'line-width': 1.5,
      'line-opacity': ['case', ['boolean', ['feature-state', 'survol'], false], 1, 0],
    },
  },
};
