import fc from 'fast-check';
import { calculerApl, calculerDemande } from './apl-2sfca';
import { DECROISSANCE_DREES, PalierDecroissance } from './decroissance';
import { GrapheTrajets, construireGraphe, repondererGraphe } from './graphe-trajets';
import { TERRITOIRE_ESSAI, pairesEssai } from './territoire-essai.fixture';

/** Non-zero entries of each row, as a sorted list of `voisin:poids`, to compare two structures entry by entry. */
function lignes(g: GrapheTrajets, cote: 'sortants' | 'entrants'): string[][] {
  const { debut, voisin, poids } = g[cote];
  return Array.from({ length: g.n }, (_, i) => {
    const l: string[] = [];
    for (let e = debut[i]; e < debut[i + 1]; e++) if (poids[e] !== 0) l.push(`${voisin[e]}:${poids[e]}`);
    return l.sort();
  });
}

const STEPS_COURTS: PalierDecroissance[] = [
  { jusqua: 8, poids: 1 },
  { jusqua: 12.5, poids: 0.6 },
  { jusqua: 15, poids: 0.25 },
];

const p = pairesEssai();
const n = TERRITOIRE_ESSAI.length;
const population = TERRITOIRE_ESSAI.map((c) => c.populationStandardisee);
const offre = TERRITOIRE_ESSAI.map((c) => c.offre);
const base = () => construireGraphe(n, p.origines, p.destinations, p.minutes);

describe('re-weighting the pair structure under other decay steps', () => {
  it('gives exactly the APL and demand of a full rebuild, including steps that stop short of 20 minutes', () => {
    const g = base();
    for (const paliers of [
      STEPS_COURTS,
      [{ jusqua: 20, poids: 1 }],
      [
        { jusqua: 5, poids: 0.5 },
        { jusqua: 20, poids: 0.1 },
      ],
      DECROISSANCE_DREES,
    ]) {
      const repondere = repondererGraphe(g, paliers);
      const reconstruit = construireGraphe(n, p.origines, p.destinations, p.minutes, paliers);
      expect(lignes(repondere, 'sortants')).toEqual(lignes(reconstruit, 'sortants'));
      expect(lignes(repondere, 'entrants')).toEqual(lignes(reconstruit, 'entrants'));
      expect(calculerDemande(repondere, population)).toEqual(calculerDemande(reconstruit, population));
      expect(calculerApl(repondere, offre, population).apl).toEqual(calculerApl(reconstruit, offre, population).apl);
    }
    // the short steps really drop pairs (15–20 minutes) that the re-weighted structure keeps at weight 0
    const court = repondererGraphe(g, STEPS_COURTS);
    expect(court.sortants.poids.filter((w) => w === 0).length).toBeGreaterThan(0);
    expect(construireGraphe(n, p.origines, p.destinations, p.minutes, STEPS_COURTS).sortants.voisin.length).toBeLessThan(g.sortants.voisin.length);
  });

  it('leaves the engine’s graph untouched and overwrites only the spare weights it is given', () => {
    const g = base();
    const avant = Float64Array.from(g.sortants.poids);
    const spare = repondererGraphe(g, STEPS_COURTS);
    const encore = repondererGraphe(g, [{ jusqua: 20, poids: 1 }], spare);
    expect(encore.sortants.poids).toBe(spare.sortants.poids);
    expect(encore.entrants.poids).toBe(spare.entrants.poids);
    expect(encore.sortants.voisin).toBe(g.sortants.voisin);
    expect([...encore.sortants.poids].every((w) => w === 1)).toBe(true);
    // the base graph passed as the spare is never overwritten
    const copie = repondererGraphe(g, STEPS_COURTS, g);
    expect(copie.sortants.poids).not.toBe(g.sortants.poids);
    expect(g.sortants.poids).toEqual(avant);
  });

  it('weighs minutes exactly on a bound as the DREES sheet does (a step’s bound belongs to the next step, the reach is in)', () => {
    const t = [0, 7.999, 8, 12.5, 14.999, 15, 15.0001, 20, 5, 10];
    const o = t.map((_, e) => e % 3);
    const d = t.map((_, e) => (e + 1) % 3);
    const g = construireGraphe(3, o, d, t);
    const court = repondererGraphe(g, STEPS_COURTS);
    const par = new Map<number, number>();
    for (let e = 0; e < court.sortants.minutes.length; e++) par.set(court.sortants.minutes[e], court.sortants.poids[e]);
    expect(Object.fromEntries([...par].sort((a, b) => a[0] - b[0]))).toEqual({
      0: 1,
      5: 1,
      7.999: 1,
      8: 0.6,
      10: 0.6,
      12.5: 0.25,
      14.999: 0.25,
      15: 0.25,
      15.0001: 0,
      20: 0,
    });
    expect(repondererGraphe(g, DECROISSANCE_DREES).sortants.poids).toEqual(g.sortants.poids);
  });

  it('agrees with a full rebuild on random pair sets and random steps (property)', () => {
    const paire = fc.record({ o: fc.nat(11), d: fc.nat(11), t: fc.double({ min: 0, max: 20, noNaN: true }) });
    const palier = fc.record({ jusqua: fc.double({ min: 0.5, max: 20, noNaN: true }), poids: fc.double({ min: 0.01, max: 1, noNaN: true }) });
    fc.assert(
      fc.property(
        fc.array(paire, { maxLength: 60 }),
        fc.uniqueArray(palier, { minLength: 1, maxLength: 4, selector: (x) => x.jusqua }),
        // populations of inhabitants (0, or at least one standardised inhabitant): supply / demand stays finite
        fc.array(fc.oneof(fc.constant(0), fc.double({ min: 1, max: 5000, noNaN: true })), { minLength: 12, maxLength: 12 }),
        (paires, pal, pop) => {
          const paliers = [...pal].sort((a, b) => a.jusqua - b.jusqua);
          const o = paires.map((x) => x.o);
          const d = paires.map((x) => x.d);
          const t = paires.map((x) => x.t);
          const g = construireGraphe(12, o, d, t);
          const reconstruit = construireGraphe(12, o, d, t, paliers);
          const repondere = repondererGraphe(g, paliers);
          const s = pop.map((x) => x * 3);
          expect(calculerApl(repondere, s, pop).apl).toEqual(calculerApl(reconstruit, s, pop).apl);
        },
      ),
      { numRuns: 200 },
    );
  });
});
