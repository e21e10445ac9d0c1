import type { ExpressionSpecification } from 'maplibre-gl';
import { ClasseIndicateur } from '../indicateurs/indicateur';

/** Communes the scenario leaves unchanged: light grey, so that only the changes stand out. */
export const COULEUR_DELTA_NUL = '#e8e8e8';

/**
 * Diverging palette of ΔAPL (ColorBrewer RdBu, 8 classes, colour-blind safe): red for a loss,
 * blue for a gain, darker as |ΔAPL| grows. APL unit: consultations per year per inhabitant.
 */
export const CLASSES_DELTA: readonly ClasseIndicateur[] = [
  { min: -Infinity, couleur: '#b2182b', libelle: '−1 ou moins' },
  { min: -1, couleur: '#d6604d', libelle: '−1 à −0,25' },
  { min: -0.25, couleur: '#f4a582', libelle: '−0,25 à −0,05' },
  { min: -0.05, couleur: '#fddbc7', libelle: '−0,05 à 0' },
  { min: 0, couleur: '#d1e5f0', libelle: '0 à +0,05' },
  { min: 0.05, couleur: '#92c5de', libelle: '+0,05 à +0,25' },
  { min: 0.25, couleur: '#4393c3', libelle: '+0,25 à +1' },
  { min: 1, couleur: '#2166ac', libelle: '+1 ou plus' },
];

/** The class of a ΔAPL (the same steps as the map expression). */
export function classeDelta(delta: number): ClasseIndicateur {
  let retenue = CLASSES_DELTA[0];
  for (const classe of CLASSES_DELTA) if (delta >= classe.min) retenue = classe;
  return retenue;
}

/** MapLibre expression colouring a commune by its `delta` feature-state; grey when unchanged. */
export function couleurDelta(): ExpressionSpecification {
  const [, ...suivantes] = CLASSES_DELTA;
  return [
    'case',
    ['==', ['typeof', ['feature-state', 'delta']], 'number'],
    ['step', ['feature-state', 'delta'], CLASSES_DELTA[0].couleur, ...suivantes.flatMap((c) => [c.min, c.couleur])] as ExpressionSpecification,
    COULEUR_DELTA_NUL,
  ];
}
