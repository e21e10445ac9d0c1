import type { FilterSpecification } from 'maplibre-gl';
import { DefinitionCouche, SourceTuiles } from './couche';

export const COUCHE_SELECTION = 'selection';
export const COUCHE_SELECTION_HALO = 'selection-halo';
/**
 * The selection's outline: DSFR blue France on a white halo — never the red of the « sous-dotée » class nor the dark
 * reds of the under-served outlines, readable over every palette.
 */
export const COULEUR_SELECTION = '#000091';

/** Outline of the selected territory, on the source of its level: a white halo, then the blue line over it. */
export function couchesSelection(source: SourceTuiles, code: string): DefinitionCouche[] {
  const filtre: FilterSpecification = ['==', ['get', 'code'], code];
  return [
    {
      ordre: 49,
      specification: {
        id: COUCHE_SELECTION_HALO,
        type: 'line',
        source,
        'source-layer': source,
        filter: filtre,
        paint: { 'line-color': '#ffffff', 'line-width': 6 },
      },
    },
    {
      ordre: 50,
      specification: {
        id: COUCHE_SELECTION,
        type: 'line',
        source,
        'source-layer': source,
        filter: filtre,
        paint: { 'line-color': COULEUR_SELECTION, 'line-width': 3 },
      },
    },
  ];
}
