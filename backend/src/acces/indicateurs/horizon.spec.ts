import { agreger } from './agregation';
import { aplHorizons } from './horizon';

const s = { apl: [4, 3, NaN], aplMoins65: [3, 1.5, NaN], populationStandardisee: [100, 100, 0], populationTotale: [100, 100, 50] };

describe('5- and 10-year horizons from APL − APL<65', () => {
  it('loses the supply of GPs over 65 within 5 years when nobody replaces them', () => {
    const { a5, a10 } = aplHorizons(s, { remplacement: 0, departsMoins65: 0 });
    expect([...a5.slice(0, 2)]).toEqual([3, 1.5]);
    expect([...a10.slice(0, 2)]).toEqual([3, 1.5]);
    expect(Number.isNaN(a5[2])).toBe(true); // Mayotte stays unknown
  });
  it('applies replacement and the 10-year departure hypothesis', () => {
    const { a5, a10 } = aplHorizons(s, { remplacement: 0.5, departsMoins65: 0.2 });
    expect(a5[0]).toBeCloseTo(3.5, 12);
    expect(a10[0]).toBeCloseTo(3.5 - 0.2 * 0.5 * 3, 12);
    const agregat = agreger(s, [0, 1], { apl: a5 });
    expect(agregat.populationSous2_5).toBe(100);
  });
});
