import type { ExpressionSpecification } from 'maplibre-gl';
import { DefinitionCouche } from './couche';

export const COUCHE_ZONAGE_BROUILLON = 'zonage-brouillon';
/** Feature-state key of a commune's class in the draft being edited (0 ZIP, 1 ZAC, 2 ZAR, 3 hors zonage). */
export const ETAT_CLASSE_BROUILLON = 'classeBrouillon';
export const NUMEROS_CLASSES: Readonly<Record<string, number>> = { ZIP: 0, ZAC: 1, ZAR: 2, HZ: 3 };

/** Colour of each class number, communes outside the draft left transparent. */
export function couleurClasseBrouillon(couleurs: readonly string[]): ExpressionSpecification {
  return ['match', ['coalesce', ['feature-state', ETAT_CLASSE_BROUILLON], -1], 0, couleurs[0], 1, couleurs[1], 2, couleurs[2], 3, couleurs[3], 'rgba(0,0,0,0)'];
}

/**
 * The draft's class of every commune of the région (feature-state by INSEE code, tiles unchanged), drawn above the
 * indicator and below every outline; communes of other régions stay empty.
 */
export function coucheZonageBrouillon(couleurs: readonly string[]): DefinitionCouche {
  return {
    ordre: 11,
    specification: {
      id: COUCHE_ZONAGE_BROUILLON,
      type: 'fill',
      source: 'communes',
      'source-layer': 'communes',
      paint: {
        'fill-color': couleurClasseBrouillon(couleurs),
        'fill-opacity': ['case', ['==', ['coalesce', ['feature-state', ETAT_CLASSE_BROUILLON], -1], -1], 0, 0.9],
        'fill-antialias': false,
      },
    },
  };
}
