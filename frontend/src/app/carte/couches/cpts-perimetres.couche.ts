import { DefinitionCouche } from './couche';

export const SOURCE_CPTS = 'cpts-perimetres';
export const COULEUR_CPTS = '#c3992a';

/** CPTS perimeters (union of member communes' outlines) as a light fill and a thick outline. */
export const COUCHES_CPTS: readonly DefinitionCouche[] = [
  {
    ordre: 26,
    specification: { id: `${SOURCE_CPTS}-fond`, type: 'fill', source: SOURCE_CPTS, paint: { 'fill-color': COULEUR_CPTS, 'fill-opacity': 0.15 } },
  },
  {
    ordre: 27,
    specification: {
      id: `${SOURCE_CPTS}-contour`,
      type: 'line',
      source: SOURCE_CPTS,
      paint: { 'line-color': COULEUR_CPTS, 'line-width': 2, 'line-dasharray': [3, 1.5] },
    },
  },
];
