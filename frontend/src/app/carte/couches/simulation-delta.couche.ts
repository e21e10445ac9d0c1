import { couleurDelta } from '../../simulation/palette-delta';
import { DefinitionCouche } from './couche';

export const COUCHE_SIMULATION_DELTA = 'simulation-delta';
/** Feature-state key holding the ΔAPL of a commune (set by the simulation, by INSEE code). */
export const ETAT_DELTA = 'delta';

/**
 * ΔAPL of the simulated scenario, drawn just above the indicator choropleth (which it hides while a
 * result is shown) and below every outline. Values come from feature-state, the tiles are unchanged.
 */
export const COUCHE_SIMULATION_DELTA_DEFINITION: DefinitionCouche = {
  ordre: 11,
  specification: {
    id: COUCHE_SIMULATION_DELTA,
    type: 'fill',
    source: 'communes',
    'source-layer': 'communes',
    paint: { 'fill-color': couleurDelta(), 'fill-opacity': 1 },
  },
};
