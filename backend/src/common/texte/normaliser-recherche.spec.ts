import { normaliserRecherche } from './normaliser-recherche';

describe('normaliserRecherche', () => {
  it('removes accents and punctuation so Saint-Étienne matches "saint etienne"', () => {
    expect(normaliserRecherche('Saint-Étienne')).toBe('saint etienne');
    expect(normaliserRecherche('  saint   etienne ')).toBe('saint etienne');
  });
  it('expands the St / Ste abbreviations', () => {
    expect(normaliserRecherche('St-Étienne-du-Rouvray')).toBe('saint etienne du rouvray');
    expect(normaliserRecherche('Ste Maxime')).toBe('sainte maxime');
  });
  it('folds ligatures and apostrophes', () => {
    expect(normaliserRecherche("L'Haÿ-les-Roses")).toBe('l hay les roses');
    expect(normaliserRecherche('Œuilly')).toBe('oeuilly');
  });
});
