import type { ExpressionSpecification } from 'maplibre-gl';
import { ClasseIndicateur } from './indicateur';

/** White, striped on the map and in the legend (communes-sans-donnee.couche.ts): never mistaken for a class (« hors zonage » is flat grey). */
export const COULEUR_SANS_DONNEE = '#ffffff';

/**
 * MapLibre expression colouring a feature by the class of its feature-state `cle` (by default `valeur`).
 * Communes without a value stay grey (never coloured as if they were in the lowest class).
 */
export function couleurParClasse(classes: readonly ClasseIndicateur[], cle = 'valeur'): ExpressionSpecification {
  const [premiere, ...suivantes] = classes;
  if (!premiere) return ['literal', COULEUR_SANS_DONNEE] as unknown as ExpressionSpecification;
  const paliers = suivantes.flatMap((classe) => [classe.min, classe.couleur]);
  return [
    'case',
    ['==', ['typeof', ['feature-state', cle]], 'number'],
    ['step', ['feature-state', cle], premiere.couleur, ...paliers] as ExpressionSpecification,
    COULEUR_SANS_DONNEE,
  ];
}
