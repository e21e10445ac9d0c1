import { describe, expect, it } from 'vitest';
import { CLASSES_DELTA, classeDelta, couleurDelta } from './palette-delta';

describe('ΔAPL palette', () => {
  it('puts gains in blue and losses in red, darker as |ΔAPL| grows', () => {
    expect(classeDelta(0.01).couleur).toBe('#d1e5f0');
    expect(classeDelta(0.135).couleur).toBe('#92c5de');
    expect(classeDelta(2).couleur).toBe('#2166ac');
    expect(classeDelta(-0.01).couleur).toBe('#fddbc7');
    expect(classeDelta(-5).couleur).toBe('#b2182b');
  });

  it('uses the same steps on the map as in the legend, grey for unchanged communes', () => {
    const expression = couleurDelta() as unknown[];
    const etapes = expression[2] as unknown[];
    expect(etapes.slice(3).filter((x) => typeof x === 'number')).toEqual(CLASSES_DELTA.slice(1).map((c) => c.min));
    expect(expression[3]).toBe('#e8e8e8');
  });
});
