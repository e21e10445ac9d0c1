import * as path from 'node:path';
import { calculerApl, calculerDemande } from '../../acces/moteur/apl-2sfca';
import { construireGraphe } from '../../acces/moteur/graphe-trajets';
import { TERRITOIRE_ESSAI, pairesEssai } from '../../acces/moteur/territoire-essai.fixture';
import { leviersDuScenario, leviersNeutres, lireCatalogueProspective, modeleAges } from '../hypotheses/catalogue-prospective';
import { CODES_LEVIERS, CodeLevier, ValeursLeviers } from './leviers';
import { BaseProjection, partAgeeAuMoins, projeter } from './projection';

const catalogue = lireCatalogueProspective(path.resolve(__dirname, '../../../../geo-data/prospective/hypotheses-2026.json'));
const ages = modeleAges(catalogue);
const code = (c: string) => TERRITOIRE_ESSAI.findIndex((x) => x.code === c);

/**
 * The hand-made valley with a known supply (a quarter of A's and all of D's from GPs over 65). Zones are set by
 * hand: E, F and H fragile (E and F under-served), A the urban pole.
 */
function base(): BaseProjection {
  const p = pairesEssai();
  const n = TERRITOIRE_ESSAI.length;
  const graphe = construireGraphe(n, p.origines, p.destinations, p.minutes);
  const pop = Float64Array.from(TERRITOIRE_ESSAI.map((c) => c.populationStandardisee));
  const offre = TERRITOIRE_ESSAI.map((c) => c.offre);
  const plus65 = Float64Array.from(TERRITOIRE_ESSAI.map((c) => (c.code === 'A' ? c.offre / 4 : c.code === 'D' ? c.offre : 0)));
  const moins65 = Float64Array.from(offre.map((s, j) => s - plus65[j]));
  const demande = calculerDemande(graphe, pop);
  const drapeau = (codes: string[]) => Uint8Array.from(TERRITOIRE_ESSAI.map((c) => (codes.includes(c.code) ? 1 : 0)));
  return {
    graphe,
    demande,
    populationStandardisee: pop,
    populationTotale: pop,
    apl: calculerApl(graphe, offre, pop, demande).apl,
    aplMoins65: calculerApl(graphe, moins65, pop, demande).apl,
    offreMoins65: moins65,
    offrePlus65: plus65,
    zoneFragile: drapeau(['E', 'F', 'H']),
    sousDotee: drapeau(['E', 'F']),
    poleUrbain: drapeau(['A']),
  };
}

function moyenne(b: BaseProjection, apl: Float64Array, filtre: (i: number) => boolean): number {
  let s = 0;
  let w = 0;
  for (let i = 0; i < apl.length; i++) {
    if (!filtre(i) || !(b.populationStandardisee[i] > 0)) continue;
    s += apl[i] * b.populationStandardisee[i];
    w += b.populationStandardisee[i];
  }
  return s / w;
}

describe('projeter (scenario at 5 and 10 years)', () => {
  it('gives today’s APL exactly when every lever is at « no change », at both horizons', () => {
    const b = base();
    for (const annees of [5, 10]) {
      const r = projeter(b, leviersNeutres(catalogue), annees, ages);
      r.apl.forEach((v, i) => expect(v).toBeCloseTo(b.apl[i], 10));
      r.offre.forEach((v, j) => expect(v).toBeCloseTo(b.offreMoins65[j] + b.offrePlus65[j], 6));
      // the GPs of today grow older: the APL of GPs aged 65 or less can only go down
      r.aplMoins65.forEach((v, i) => expect(v).toBeLessThanOrEqual(b.aplMoins65[i] + 1e-12));
    }
  });

  it('computes only the rows asked for, with the same values', () => {
    const b = base();
    const l = leviersDuScenario(catalogue, { 1: 'C' }, 10);
    const tout = projeter(b, l, 10, ages);
    const partiel = projeter(b, l, 10, ages, { lignes: [code('B'), code('H')] });
    expect(partiel.apl[code('B')]).toBe(tout.apl[code('B')]);
    expect(partiel.apl[code('H')]).toBe(tout.apl[code('H')]);
    expect(partiel.apl[code('A')]).toBeNaN();
  });

  it('retires GPs (nobody kept over 65, departures at 65) and replaces them up to the national headcount, spread like today’s supply', () => {
    const b = base();
    const l: ValeursLeviers = { ...leviersNeutres(catalogue), maintienApres65: 0, ageDepartRetraite: 65 };
    const total = (o: ArrayLike<number>) => Array.from(o).reduce((s, x) => s + x, 0);
    const aujourdhui = total(b.offreMoins65) + total(b.offrePlus65);
    const a5 = projeter(b, l, 5, ages);
    expect(total(a5.offre)).toBeCloseTo(aujourdhui, 6); // headcount unchanged: every departure replaced
    const survivants = total(b.offreMoins65) * (1 - partAgeeAuMoins(ages, 60));
    const parts = (j: number) => (b.offreMoins65[j] + b.offrePlus65[j]) / aujourdhui;
    // D's GPs are all over 65: it keeps only its share of the newcomers
    expect(a5.offre[code('D')]).toBeCloseTo((aujourdhui - survivants) * parts(code('D')), 6);
    // without replacement (headcount down by the departures) the 10-year APL is below the 5-year one
    const sans = { ...l, evolutionEffectifs: -0.5 }; // below the survivors at both horizons: nobody new
    expect(moyenne(b, projeter(b, sans, 10, ages).apl, () => true)).toBeLessThan(moyenne(b, projeter(b, sans, 5, ages).apl, () => true));
  });

  it('counts docteurs juniors with the DREES caps (2,000 consultations count as 3,600, under 250 as 0)', () => {
    const b = base();
    const avec = (consultations: number) =>
      projeter(b, { ...leviersNeutres(catalogue), docteursJuniors: 1, consultationsParDocteurJunior: consultations }, 5, ages).offre;
    const total = (o: Float64Array) => o.reduce((s, x) => s + x, 0) - TERRITOIRE_ESSAI.reduce((s, c) => s + c.offre, 0);
    expect(total(avec(2000))).toBeCloseTo(3600, 6);
    expect(total(avec(200))).toBeCloseTo(0, 6);
    expect(total(avec(7000))).toBeCloseTo(6000, 6);
  });

  // Each lever, from a low to a high value inside its range, moves the APL it is documented on in its documented
  // direction; the other levers are those of the observed scenario (so that e.g. new salaried GPs exist).
  const observe = leviersDuScenario(catalogue, {}, 10);
  it.each(CODES_LEVIERS.map((k) => [k, catalogue.leviers[k].sens, catalogue.leviers[k].mesure] as [CodeLevier, string, string]))(
    'lever %s moves the APL (%s) of %s as documented',
    (levier, sens, mesure) => {
      const b = base();
      const d = catalogue.leviers[levier];
      const contexte: ValeursLeviers = { ...observe, hausseTeleconsultation: 0.05, porteeTeleconsultation: 0.5 };
      const bas = d.min + 0.1 * (d.max - d.min);
      const haut = d.min + 0.6 * (d.max - d.min);
      const filtre = mesure === 'pays' ? () => true : mesure === 'sousDotees' ? (i: number) => b.sousDotee[i] === 1 : (i: number) => b.zoneFragile[i] === 1;
      const m = (v: number) => moyenne(b, projeter(b, { ...contexte, [levier]: v }, 10, ages).apl, filtre);
      if (sens === 'hausse') expect(m(haut)).toBeGreaterThan(m(bas));
      else expect(m(haut)).toBeLessThan(m(bas));
    },
  );
});
