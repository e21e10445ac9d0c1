import { DefinitionCouche } from './couche';

export const COUCHE_EPCI_CONTOUR: DefinitionCouche = {
  ordre: 20,
  specification: {
    id: 'epci-contour',
    type: 'line',
    source: 'epci',
    'source-layer': 'epci',
    minzoom: 7,
    paint: { 'line-color': '#6a6af4', 'line-width': ['interpolate', ['linear'], ['zoom'], 7, 0.6, 12, 1.5] },
  },
};
