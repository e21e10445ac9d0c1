import { AccesService } from '../acces.service';
import { DonneesAcces, DonneesAccesService, MillesimeApl } from '../donnees-acces';
import { calculerApl, calculerDemande } from '../moteur/apl-2sfca';
import { construireGraphe } from '../moteur/graphe-trajets';
import { MODELE_ESSAI, TERRITOIRE_ESSAI, pairesEssai } from '../moteur/territoire-essai.fixture';
import { SimulationService } from './simulation.service';
import { CouvertureDonneesService } from '../../jeux-de-donnees/couverture-donnees.service';

/** The hand-made territory as the engine's in-memory data: communes A…J in one département, baseline = full recompute. */
function donnees(avecOffre: boolean): DonneesAcces {
  const n = TERRITOIRE_ESSAI.length;
  const p = pairesEssai();
  const graphe = construireGraphe(n, p.origines, p.destinations, p.minutes);
  const pop = Float64Array.from(TERRITOIRE_ESSAI.map((c) => c.populationStandardisee));
  const offre = Float64Array.from(TERRITOIRE_ESSAI.map((c) => c.offre));
  const offre65 = offre.map((o) => o * 0.25);
  const apl = calculerApl(graphe, offre, pop).apl;
  const aplMoins65 = calculerApl(
    graphe,
    offre.map((o, j) => o - offre65[j]),
    pop,
  ).apl;
  const m: MillesimeApl = {
    annee: 2023,
    anneePopulation: 2021,
    source: 'essai',
    poidsAge: [],
    apl,
    aplMoins65,
    populationStandardisee: pop,
    populationTotale: Float64Array.from(pop),
    demande: calculerDemande(graphe, pop),
    offreEstimee: null,
  };
  const codes = TERRITOIRE_ESSAI.map((c) => c.code);
  const tous = codes.map((_, i) => i);
  return {
    version: 'essai',
    codes,
    index: new Map(codes.map((c, i) => [c, i])),
    noms: codes,
    populationLegale: Float64Array.from(pop),
    departement: codes.map(() => '42'),
    region: codes.map(() => '84'),
    epci: codes.map(() => null),
    membres: new Map([...codes.map((c, i) => [`commune:${c}`, [i]] as [string, number[]]), ['departement:42', tous], ['region:84', tous]]),
    nomsTerritoires: new Map(),
    graphe,
    nbTrajets: p.minutes.length,
    millesimes: new Map([[2023, m]]),
    offre: avecOffre ? { consultations: offre, consultations65Plus: offre65, source: 'essai', millesime: '2023' } : null,
    modele: MODELE_ESSAI,
    memo: new Map(),
  };
}

function service(d: DonneesAcces): SimulationService {
  const chargeur = { donnees: async () => d } as unknown as DonneesAccesService;
  // The simulation reads no coverage (it answers for the communes of the scenario, null where there is no APL).
  return new SimulationService(new AccesService(chargeur, {} as CouvertureDonneesService));
}

// Codes of the fixture are letters: the DTO validation (INSEE codes) is bypassed, the service is called directly.
const scenario = {
  changements: [
    { type: 'ouverture_msp' as const, commune: 'B', nombre: 2 },
    { type: 'retrait_medecins' as const, commune: 'A', nombre: 1 },
    { type: 'ajout_consultations' as const, commune: 'E', consultations: 1000 },
  ],
};

describe('SimulationService on the hand-made territory', () => {
  it('gives the same ΔAPL with the incremental formula (official baseline) and with a full recompute (supply loaded)', async () => {
    const incremental = await service(donnees(false)).simuler(scenario);
    const complet = await service(donnees(true)).simuler(scenario);
    expect(incremental.mode).toBe('incremental');
    expect(complet.mode).toBe('recalcul_complet');
    expect(incremental.communes.length).toBeGreaterThan(3);
    expect(complet.communes.map((c) => [c.code, c.delta])).toEqual(incremental.communes.map((c) => [c.code, c.delta]));
    // 2 GPs at B (5,400 each) minus 1 at A plus 1,000 acts at E
    expect(incremental.changements.map((c) => (c as { deltaConsultations: number }).deltaConsultations)).toEqual([10800, -5400, 1000]);
  });

  it.each([
    [2000, 3600],
    [200, 0],
    [9000, 6000],
  ])('counts a GP declared at %i consultations as %i (DREES activity caps) and says so in the answer', async (declarees, retenues) => {
    const r = await service(donnees(false)).simuler({ changements: [{ type: 'ajout_medecins', commune: 'B', nombre: 2 }], consultationsParMedecin: declarees });
    expect((r.changements[0] as { deltaConsultations: number }).deltaConsultations).toBe(2 * retenues);
    expect(r.hypotheses).toMatchObject({ consultationsParMedecin: retenues, consultationsDeclarees: declarees });
    expect((r.hypotheses as { plafondsDrees: string }).plafondsDrees).toMatch(/comptent pour/);
  });

  it('retiring GPs over 65 everywhere gives APL<65 in both modes', async () => {
    const retraite = { changements: [{ type: 'depart_retraite' as const, territoire: 'departement:42' }] };
    const d = donnees(true);
    const m = d.millesimes.get(2023)!;
    for (const r of [await service(donnees(false)).simuler(retraite), await service(d).simuler(retraite)]) {
      for (const c of r.communes) expect(c.aplApres).toBeCloseTo(m.aplMoins65[d.index.get(c.code)!], 4);
    }
  });

  it('reports communes crossing the thresholds with their population, and the territory summary', async () => {
    const r = await service(donnees(false)).simuler({ changements: [{ type: 'retrait_medecins', commune: 'A', nombre: 3 }] });
    const sous = r.franchissements.flatMap((f) => f.passentEnDessous.communes);
    expect(sous.length).toBeGreaterThan(0);
    expect(r.territoires.find((t) => t.type === 'departement')!.delta).toBeLessThan(0);
  });

  it('refuses a change in a commune without APL, naming the field', async () => {
    const d = donnees(false);
    d.millesimes.get(2023)!.apl[d.index.get('J')!] = NaN;
    await expect(service(d).simuler({ changements: [{ type: 'ajout_medecins', commune: 'J', nombre: 1 }] })).rejects.toMatchObject({
      code: 'ENTREE_INVALIDE',
      details: [expect.objectContaining({ champ: 'changements[0].commune' })],
    });
  });
});
