import { SourceTuiles } from './couche';
import { DefinitionCouche } from './couche';

export const COUCHE_SELECTION = 'selection';

/** Outline of the selected territory, on the source of its level. */
export function coucheSelection(source: SourceTuiles, code: string): DefinitionCouche {
  return {
    ordre: 50,
    specification: {
      id: COUCHE_SELECTION,
      type: 'line',
      source,
      'source-layer': source,
      filter: ['==', ['get', 'code'], code],
      paint: { 'line-color': '#e1000f', 'line-width': 3 },
    },
  };
}
