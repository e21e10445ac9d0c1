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

// Published DREES rows, APL 2022 (APL, APL<65, standardised population, population): re-weighting a single commune
// gives 106.406 × 2.5 / 106.406 = 2.4999999999999996 in floating point, which read as « fragile menacée ».
describe.each([
  ['02424 Leury', 2.979, 2.5, 106.406, 103],
  ['52468 Semilly', 3.389, 2.5, 113.82, 110],
])('a single commune (%s, 2022) is its own published values', (_nom, apl, a65, popStd, pop) => {
  const seule = { apl: [apl], aplMoins65: [a65], populationStandardisee: [popStd], populationTotale: [pop] };
  it('keeps APL<65 = 2.5 exactly', () => {
    expect(agreger(seule, [0])).toMatchObject({ apl, aplMoins65: 2.5, populationTotale: pop, communesAvecApl: 1 });
  });
  it('is « fragile » (2.5 ≤ APL < 4, APL<65 not under 2.5), as on the map', () => {
    const a = agreger(seule, [0]);
    expect(classerAcces(a.apl!, a.aplMoins65!)).toBe('fragile');
    expect(classerAcces(apl, a65)).toBe('fragile');
  });
});

describe('accessibility classes', () => {
  it('compares thresholds on values rounded to the 3 published decimals', () => {
    expect(classerAcces(2.979, 2.4999999999999996)).toBe('fragile');
    expect(classerAcces(2.4999999999999996, 2)).toBe('fragile_menacee');
    expect(classerAcces(3.9999999999999996, 3)).toBe('suffisante');
    expect(classerAcces(2.4994, 2)).toBe('sous_dotee');
    expect(
      agreger({ apl: [2.4999999999999996, 3], aplMoins65: [2, 2], populationStandardisee: [0, 0], populationTotale: [10, 0] }, [0, 1]).populationSous2_5,
    ).toBe(0);
  });

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
