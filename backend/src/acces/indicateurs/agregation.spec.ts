import { agreger } from './agregation';
import { classerAcces, fragilite } from './classes-acces';

// Three communes: a town (APL 2, many inhabitants, older: standardised > plain), a village (APL 5), and Mayotte (no APL).
const series = {
  apl: [2, 5, NaN],
  aplMoins65: [1.5, 4, NaN],
  populationStandardisee: [3000, 1000, 0],
  populationTotale: [2000, 1500, 9000],
};

describe('APL aggregation (DREES weights)', () => {
  it('weights the mean APL by the standardised population, not the plain one', () => {
    const a = agreger(series, [0, 1, 2]);
    expect(a.apl).toBeCloseTo((2 * 3000 + 5 * 1000) / 4000, 12); // 2.75; plain-population weighting would give 3.29
    expect(a.aplMoins65).toBeCloseTo((1.5 * 3000 + 4 * 1000) / 4000, 12);
  });

  it('counts people under the thresholds with the plain population, and reports communes without APL', () => {
    const a = agreger(series, [0, 1, 2]);
    expect(a).toMatchObject({ populationSous2_5: 2000, populationSous4: 2000, populationTotale: 3500, communesAvecApl: 2, communesSansApl: 1 });
  });

  it('returns null indicators for a set with no APL at all (Mayotte)', () => {
    expect(agreger(series, [2])).toMatchObject({ apl: null, aplMoins65: null, communesSansApl: 1, populationSous2_5: 0 });
  });

  it('keeps the plain mean when nobody lives in the set', () => {
    const vides = { ...series, populationStandardisee: [0, 0, 0] };
    expect(agreger(vides, [0, 1]).apl).toBe(3.5);
  });

  it('applies what-if values and shifts APL<65 by the same delta', () => {
    const a = agreger(series, [0], { apl: [3, 5, NaN] });
    expect(a.apl).toBe(3);
    expect(a.aplMoins65).toBe(2.5);
    expect(a.populationSous2_5).toBe(0);
  });
});

describe('accessibility classes', () => {
  it.each([
    [2.49, 2.4, 'sous_dotee'],
    [2.5, 2.5, 'fragile'],
    [3.9, 2.4, 'fragile_menacee'],
    [4, 1, 'suffisante'],
    [NaN, NaN, null],
  ])('classes APL %d (APL<65 %d) as %s', (apl, a65, classe) => expect(classerAcces(apl, a65)).toBe(classe));
  it('computes the share of APL provided by GPs over 65', () => {
    expect(fragilite(4, 3)).toBe(0.25);
    expect(fragilite(0, 0)).toBeNull();
  });
});
