import { calculerApl, calculerDemande, deltaAplIncremental } from './apl-2sfca';
import { construireGraphe } from './graphe-trajets';
import { MODELE_ESSAI, TERRITOIRE_ESSAI, pairesEssai } from './territoire-essai.fixture';
import { minutesDepuisDistance, minutesIntraCommune } from '../trajets/modele-trajet';

/** Independent brute force: every (i, j) pair, times from coordinates, decay written out as in the DREES sheet. */
function aplForceBrute(offre: number[]): number[] {
  const c = TERRITOIRE_ESSAI;
  const temps = (i: number, j: number) =>
    i === j ? minutesIntraCommune(c[i].surfaceKm2, MODELE_ESSAI) : minutesDepuisDistance(Math.hypot(c[i].x - c[j].x, c[i].y - c[j].y), MODELE_ESSAI);
  const f = (t: number) => (t < 10 ? 1 : t < 15 ? 2 / 3 : t <= 20 ? 1 / 3 : 0);
  return c.map((_, i) => {
    let apl = 0;
    c.forEach((__, j) => {
      if (f(temps(i, j)) === 0) return;
      let demande = 0;
      c.forEach((k, kk) => (demande += f(temps(kk, j)) * k.populationStandardisee));
      if (demande > 0) apl += (f(temps(i, j)) * offre[j]) / demande;
    });
    return apl;
  });
}

function graphe() {
  const p = pairesEssai();
  return construireGraphe(TERRITOIRE_ESSAI.length, p.origines, p.destinations, p.minutes);
}
const population = TERRITOIRE_ESSAI.map((c) => c.populationStandardisee);
const offre = TERRITOIRE_ESSAI.map((c) => c.offre);
const indice = (code: string) => TERRITOIRE_ESSAI.findIndex((c) => c.code === code);

describe('APL engine (2-step floating catchment, DREES parameters) on a hand-made territory', () => {
  it('equals an independent brute-force computation for every commune', () => {
    const { apl } = calculerApl(graphe(), offre, population);
    const attendu = aplForceBrute(offre);
    attendu.forEach((a, i) => expect(apl[i]).toBeCloseTo(a, 12));
    // the valley really exercises the three decay steps and the hamlet
    expect(apl[indice('A')]).toBeGreaterThan(apl[indice('E')]);
    expect(apl[indice('H')]).toBeGreaterThan(0);
  });

  it('gives the isolated inhabited island exactly its own supply per standardised inhabitant', () => {
    const { apl } = calculerApl(graphe(), offre, population);
    expect(apl[indice('I')]).toBeCloseTo(3600 / 50, 12);
  });

  it('serves nobody with supply located where no population is within reach (empty island)', () => {
    const { apl, demande } = calculerApl(graphe(), offre, population);
    expect(demande[indice('J')]).toBe(0);
    expect(apl[indice('J')]).toBe(0);
  });

  it('gives a commune with zero population an APL from its neighbours, and its supply serves them', () => {
    const { apl } = calculerApl(graphe(), offre, population);
    expect(apl[indice('D')]).toBeGreaterThan(0);
    const sansD = offre.map((o, i) => (i === indice('D') ? 0 : o));
    expect(calculerApl(graphe(), sansD, population).apl[indice('C')]).toBeLessThan(apl[indice('C')]);
  });

  it('what-if: the incremental formula equals the difference of two full recomputes', () => {
    const g = graphe();
    const demande = calculerDemande(g, population);
    const avant = calculerApl(g, offre, population, demande).apl;
    const variations = [
      { commune: indice('B'), deltaOffre: 2 * 5400 },
      { commune: indice('A'), deltaOffre: -3600 },
      { commune: indice('E'), deltaOffre: 5400 },
      { commune: indice('B'), deltaOffre: 1000 },
      { commune: indice('J'), deltaOffre: 5400 },
    ];
    const apresOffre = [...offre];
    variations.forEach((v) => (apresOffre[v.commune] += v.deltaOffre));
    const apres = calculerApl(g, apresOffre, population, demande).apl;
    const deltas = deltaAplIncremental(g, demande, variations);
    TERRITOIRE_ESSAI.forEach((_, i) => expect(deltas.get(i) ?? 0).toBeCloseTo(apres[i] - avant[i], 12));
    expect(deltas.has(indice('I'))).toBe(false);
  });

  it('reproduces the published decay steps on the pair list (1, 2/3, 1/3, then nothing beyond 20 minutes)', () => {
    const g = graphe();
    const a = indice('A');
    const poidsVers = (j: number) => {
      for (let e = g.sortants.debut[a]; e < g.sortants.debut[a + 1]; e++) if (g.sortants.voisin[e] === j) return g.sortants.poids[e];
      return 0;
    };
    expect(poidsVers(indice('B'))).toBe(1); // 5 km → 6.5 min
    expect(poidsVers(indice('C'))).toBeCloseTo(2 / 3, 15); // 9 km → 11.7 min
    expect(poidsVers(indice('D'))).toBeCloseTo(1 / 3, 15); // 12.4 km → 16.1 min
    expect(poidsVers(indice('E'))).toBeCloseTo(1 / 3, 15); // 14.5 km → 18.9 min
    expect(poidsVers(indice('F'))).toBe(0); // 16 km → 20.8 min: out of reach
  });
});
