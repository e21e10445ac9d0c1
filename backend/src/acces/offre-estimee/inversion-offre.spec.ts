import { calculerApl } from '../moteur/apl-2sfca';
import { construireGraphe } from '../moteur/graphe-trajets';
import { TERRITOIRE_ESSAI, pairesEssai } from '../moteur/territoire-essai.fixture';
import { mesurerAjustement } from './ajustement-offre';
import { inverserOffre } from './inversion-offre';

const OPTIONS_EXACTES = { balayagesMax: 200_000, toleranceRelative: 0 };
/** equal to one part in a million of the largest supply (the coordinate descent converges to rounding, not to the last digit) */
const ECHELLE = Math.max(...TERRITOIRE_ESSAI.map((c) => c.offre));
const egalRelatif = (obtenu: number, attendu: number) => expect(Math.abs(obtenu - attendu)).toBeLessThanOrEqual(1e-6 * ECHELLE);

function territoire() {
  const p = pairesEssai();
  const g = construireGraphe(TERRITOIRE_ESSAI.length, p.origines, p.destinations, p.minutes);
  const pop = TERRITOIRE_ESSAI.map((c) => c.populationStandardisee);
  return { g, pop };
}

describe('inverserOffre (supply behind a published APL)', () => {
  it('recovers a known supply exactly on the hand-made territory when the model is exact (all ages and over 65)', () => {
    const { g, pop } = territoire();
    const offre = TERRITOIRE_ESSAI.map((c) => c.offre);
    // GPs over 65: half of A's activity and all of D's
    const plus65 = TERRITOIRE_ESSAI.map((c) => (c.code === 'A' ? c.offre / 2 : c.code === 'D' ? c.offre : 0));
    const apl = calculerApl(g, offre, pop).apl;
    const aplMoins65 = calculerApl(
      g,
      offre.map((s, j) => s - plus65[j]),
      pop,
    ).apl;
    const support = offre.map((s) => s > 0);
    const r = inverserOffre({ graphe: g, apl, aplMoins65, populationStandardisee: pop, support }, OPTIONS_EXACTES);
    TERRITOIRE_ESSAI.forEach((c, j) => {
      if (c.code === 'J') return; // an island nobody reaches: its supply serves nobody and cannot be seen in any APL
      egalRelatif(r.consultations[j], c.offre);
      egalRelatif(r.consultations65Plus[j], plus65[j]);
    });
    expect(r.consultations[TERRITOIRE_ESSAI.findIndex((c) => c.code === 'J')]).toBe(0);
    r.aplRecalculee.forEach((v, i) => expect(v).toBeCloseTo(apl[i], 6));
    r.aplMoins65Recalculee.forEach((v, i) => expect(v).toBeCloseTo(aplMoins65[i], 6));
    const c = { codes: TERRITOIRE_ESSAI.map((x) => x.code), noms: TERRITOIRE_ESSAI.map((x) => x.code), departement: TERRITOIRE_ESSAI.map(() => '00') };
    const fit = mesurerAjustement({ ...c, populationStandardisee: pop, populationTotale: pop }, apl, r.aplRecalculee);
    expect(fit.partA1Pourcent).toBe(1);
    expect(fit.departementsA1Pourcent).toBe(1);
  });

  it('puts supply only on the communes of the support, never negative, and fits in the least-squares sense otherwise', () => {
    const { g, pop } = territoire();
    const vraie = TERRITOIRE_ESSAI.map((c) => c.offre);
    const apl = calculerApl(g, vraie, pop).apl;
    // support deliberately wrong: the supply of C is attributed to its neighbours B and E only
    const support = TERRITOIRE_ESSAI.map((c) => ['A', 'B', 'E', 'D', 'I'].includes(c.code));
    const r = inverserOffre({ graphe: g, apl, aplMoins65: apl, populationStandardisee: pop, support }, OPTIONS_EXACTES);
    TERRITOIRE_ESSAI.forEach((c, j) => {
      expect(r.consultations[j]).toBeGreaterThanOrEqual(0);
      if (!support[j]) expect(r.consultations[j]).toBe(0);
    });
    expect(r.consultations65Plus.every((v) => v === 0 || v < 1e-6)).toBe(true); // APL<65 = APL: nothing over 65
    // the total supply is kept within a few percent even with the wrong support
    const total = (v: ArrayLike<number>) => Array.from(v).reduce((s, x) => s + x, 0);
    expect(total(r.consultations) / total(vraie.filter((_, j) => TERRITOIRE_ESSAI[j].code !== 'J'))).toBeGreaterThan(0.8);
  });

  it('leaves out of the fit the communes without a published APL (weight 0) but still recomputes them', () => {
    const { g, pop } = territoire();
    const offre = TERRITOIRE_ESSAI.map((c) => c.offre);
    const apl = Array.from(calculerApl(g, offre, pop).apl);
    const iB = TERRITOIRE_ESSAI.findIndex((c) => c.code === 'B');
    const vraieB = apl[iB];
    apl[iB] = NaN;
    const r = inverserOffre({ graphe: g, apl, aplMoins65: apl, populationStandardisee: pop, support: offre.map((s) => s > 0) }, OPTIONS_EXACTES);
    expect(r.aplRecalculee[iB]).toBeCloseTo(vraieB, 6);
  });
});
