import { describe, expect, it } from 'vitest';
import { COULEUR_SANS_DONNEE, couleurParClasse } from './couleur-par-classe';
import { INDICATEUR_POPULATION } from './population.indicateur';

describe('couleurParClasse', () => {
  it('steps through the class thresholds and keeps communes without value grey', () => {
    const expression = couleurParClasse(INDICATEUR_POPULATION.classes);
    expect(expression).toEqual([
      'case',
      ['==', ['typeof', ['feature-state', 'valeur']], 'number'],
      ['step', ['feature-state', 'valeur'], '#eff3ff', 500, '#bdd7e7', 2_000, '#6baed6', 10_000, '#3182bd', 50_000, '#08519c'],
      COULEUR_SANS_DONNEE,
    ]);
  });

  it('population classes are ascending, so the step expression is valid', () => {
    const seuils = INDICATEUR_POPULATION.classes.map((c) => c.min);
    expect(seuils).toEqual([...seuils].sort((a, b) => a - b));
    expect(new Set(seuils).size).toBe(seuils.length);
  });
});
