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
