import fc from 'fast-check';
import { Classement, PerimetreClassement } from './classement';

const perimetres =
  (departements: Record<string, string>) =>
  (code: string): PerimetreClassement[] => [
    { type: 'departement', code: departements[code] },
    { type: 'france', code: 'FR' },
  ];

describe('Classement', () => {
  it('ranks from the highest value, ties sharing their rank, within each perimeter', () => {
    const valeurs = new Map<string, number | null>([
      ['a', 5],
      ['b', 3],
      ['c', 5],
      ['d', 1],
      ['e', null],
      ['f', 4],
    ]);
    const dep = { a: '01', b: '01', c: '02', d: '01', e: '01', f: '02' };
    const c = new Classement(valeurs, perimetres(dep));
    expect(c.rang('a', { type: 'france', code: 'FR' })).toEqual({ rang: 1, sur: 5 });
    expect(c.rang('c', { type: 'france', code: 'FR' })).toEqual({ rang: 1, sur: 5 });
    expect(c.rang('f', { type: 'france', code: 'FR' })).toEqual({ rang: 3, sur: 5 });
    expect(c.rang('d', { type: 'france', code: 'FR' })).toEqual({ rang: 5, sur: 5 });
    expect(c.rang('b', { type: 'departement', code: '01' })).toEqual({ rang: 2, sur: 3 });
    expect(c.rang('f', { type: 'departement', code: '02' })).toEqual({ rang: 2, sur: 2 });
    // no value: not ranked, and not counted in the others' « sur »
    expect(c.rang('e', { type: 'departement', code: '01' })).toBeNull();
    expect(c.rang('inconnu', { type: 'france', code: 'FR' })).toBeNull();
  });

  it('gives the same rank as counting the strictly higher values of the perimeter (the former scan)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ v: fc.option(fc.double({ min: 0, max: 10, noNaN: true }), { nil: null }), dep: fc.constantFrom('01', '02', '03') }), {
          minLength: 1,
          maxLength: 60,
        }),
        (lignes) => {
          const valeurs = new Map(lignes.map((l, i) => [`c${i}`, l.v]));
          const dep = Object.fromEntries(lignes.map((l, i) => [`c${i}`, l.dep]));
          const c = new Classement(valeurs, perimetres(dep));
          lignes.forEach((l, i) => {
            if (l.v === null) return;
            const memes = lignes.filter((x) => x.v !== null && x.dep === l.dep);
            expect(c.rang(`c${i}`, { type: 'departement', code: l.dep })).toEqual({
              rang: 1 + memes.filter((x) => x.v! > l.v!).length,
              sur: memes.length,
            });
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});
