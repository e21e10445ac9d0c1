import { describe, expect, it } from 'vitest';
import { themeActif } from './theme-actif';

describe('couche active (ce que la carte hachure)', () => {
  it('is the layer turned on last, else the indicator’s dataset', () => {
    expect(themeActif(new Set(['alertes', 'projets', 'msp']), 'population')).toBe('structures');
    expect(themeActif(new Set(['msp', 'cpts']), 'apl')).toBe('cpts-communes');
    expect(themeActif(new Set(['projets']), 'zonage_medecin')).toBe('zonage-medecin');
    expect(themeActif(new Set([]), 'population')).toBeNull();
  });
});
