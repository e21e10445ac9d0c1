import { populationRepondereeParDepartement } from './poids-age';
import { paliersAPortee, populationStandardiseeRebasee, sontLesPaliersDrees } from './parametres-recalcul';

describe('parameters of the full recompute', () => {
  it('keeps the DREES steps at 20 minutes and cuts them at a shorter reach', () => {
    expect(sontLesPaliersDrees(paliersAPortee())).toBe(true);
    expect(paliersAPortee(undefined, 15)).toEqual([
      { jusqua: 10, poids: 1 },
      { jusqua: 15, poids: 2 / 3 },
    ]);
    expect(paliersAPortee(undefined, 12)).toEqual([
      { jusqua: 10, poids: 1 },
      { jusqua: 12, poids: 2 / 3 },
    ]);
    expect(paliersAPortee([{ jusqua: 5, poids: 1 }], 20)).toEqual([{ jusqua: 20, poids: 1 }]);
  });

  it('rebases the standardised population on another vintage, keeping each commune’s age structure', () => {
    const r = populationStandardiseeRebasee([110, 90, 0], [100, 100, 0], [200, 50, 10]);
    // the commune that had nobody takes the national ratio 200 / 200 = 1
    [220, 45, 10].forEach((v, i) => expect(r[i]).toBeCloseTo(v, 9));
  });
});

describe('age weights by département', () => {
  it('rescales each commune by its département’s mean weight ratio, and leaves communes without structure unchanged', () => {
    const structure = new Map([['23', [100, ...new Array<number>(17).fill(0), 100]]]); // half under 5, half 90+
    const avant = [1, ...new Array<number>(17).fill(1), 1];
    const apres = [1, ...new Array<number>(17).fill(1), 3]; // 90+ weighs 3 instead of 1
    const r = populationRepondereeParDepartement([100, 50], ['23', '971'], structure, avant, apres);
    expect(r.population[0]).toBeCloseTo(200, 9); // mean weight 1 → 2
    expect(r.population[1]).toBe(50);
    expect(r.communesSansStructure).toBe(1);
  });
});
