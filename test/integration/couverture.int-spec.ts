import { ApplicationDeTest, demarrerApplication } from '../support/application';

/*
 * Expected values were computed independently of the product code:
 * - counts and zonage classes with a Python script over the raw files of shared/data
 *   (finess-etablissements-occitanie-2026.csv, zonage-mg-par-commune-insee-DERIVED.csv, cpts-paca-70-DERIVEDgeom.geojson)
 *   and the 2026 populations of @etalab/decoupage-administratif;
 * - the population beyond 20 minutes with a separate SQL that applies the access engine's model directly on the
 *   communes' metric inner points (ST_DWithin of 20 min ÷ 1.3 detour × 60 km/h = 15.38 km), not on the `trajet` table.
 */
describe('Couverture (PostGIS réel)', () => {
  let t: ApplicationDeTest;
  beforeAll(async () => {
    t = await demarrerApplication();
  });
  afterAll(async () => {
    await t.fermer();
  });

  describe('Haute-Garonne (31)', () => {
    let corps: Record<string, any>;
    beforeAll(async () => {
      corps = (await t.http().get('/api/couverture/departement/31?date=2026-03-01').expect(200)).body;
    });

    it('counts 65 MSP, 56 centres de santé and 16 CPTS (FINESS)', () => {
      expect(corps.territoire).toEqual({ type: 'departement', code: '31', nom: 'Haute-Garonne' });
      expect(corps.structures.parType.msp + corps.structures.parType.psp).toBe(65);
      expect(corps.structures.parType.cds).toBe(56);
      expect(corps.cpts.nombre).toBe(16);
      expect(corps.structures.couverture).toMatchObject({ theme: 'structures', couvert: true, raison: null });
    });
    it('finds 4 MSP / centres de santé in ZIP and 117 elsewhere (106 ZAR, 11 ZAC)', () => {
      expect(corps.structuresParZonage.enZip).toBe(4);
      expect(corps.structuresParZonage.horsZip).toBe(117);
      const zar = Object.values(corps.structuresParZonage.parType as Record<string, Record<string, number>>).reduce((s, c) => s + (c.ZAR ?? 0), 0);
      expect(zar).toBe(106);
    });
    it('gives the population by GP zonage class: ZIP 18,649 (57 communes), ZAC 126,547 (287), ZAR 1,326,272 (242)', () => {
      expect(corps.population.parZonageMedecins).toEqual({
        ZIP: { communes: 57, habitants: 18_649 },
        ZAC: { communes: 287, habitants: 126_547 },
        ZAR: { communes: 242, habitants: 1_326_272 },
      });
      expect(corps.population.habitants).toBe(1_471_468);
    });
    it('finds nobody more than 20 minutes from an MSP or a medical centre de santé', () => {
      expect(corps.eloignement).toMatchObject({ disponible: true, communes: 586, population: 1_471_468, communesEloignees: 0, populationEloignee: 0 });
      expect(corps.eloignement.modele).toContain('vol d’oiseau');
    });
    it('says CPTS membership is unknown in Occitanie (FINESS gives only the CPTS seat): null, not a count', () => {
      expect(corps.communesSansCpts).toMatchObject({ disponible: false, nombre: null, population: null, communes: null });
      expect(corps.communesSansCpts.couverture).toMatchObject({ theme: 'cpts-communes', couvert: false });
      expect(corps.communesSansCpts.couverture.commentCharger).toContain('communes membres des CPTS');
    });
    it('names the source of “no GP” for MSP in zones without any GP', () => {
      expect(corps.mspSansMedecin.source).toMatch(/RPPS/);
      expect(corps.mspSansMedecin.critere).toContain('2010');
    });
  });

  it('finds 41 communes and 48,356 inhabitants of the Gers more than 20 minutes away — partly covered: the Landes are within reach', async () => {
    const res = await t.http().get('/api/couverture/departement/32?date=2026-03-01').expect(200);
    expect(res.body.eloignement).toMatchObject({ communes: 458, communesEloignees: 41, populationEloignee: 48_356 });
    expect(res.body.eloignement.principalesCommunesEloignees.length).toBeGreaterThan(0);
    expect(res.body.eloignement.couverture.couvert).toBe('partiel');
    expect(res.body.eloignement.couverture.raison).toContain('surestimé');
  });

  describe('Creuse (23): FINESS loaded for Occitanie only', () => {
    let corps: Record<string, any>;
    beforeAll(async () => {
      corps = (await t.http().get('/api/couverture/departement/23?date=2026-03-01').expect(200)).body;
    });
    it('answers null (not 0) for every structure count, with the reason and how to load FINESS', () => {
      expect(corps.structures.parType).toEqual({ msp: null, psp: null, cds: null, esp: null });
      expect(corps.structures.centresDeSanteParNature).toBeNull();
      expect(corps.cpts.nombre).toBeNull();
      expect(corps.structures.couverture).toMatchObject({
        couvert: false,
        raison: 'MSP, pôles et centres de santé : données chargées pour l’Occitanie seulement.',
        perimetre: 'l’Occitanie',
      });
      expect(corps.structures.couverture.commentCharger).toContain('extrait FINESS national');
    });
    it('does not measure remoteness nor MSP without GP, nor structures by zonage class', () => {
      expect(corps.eloignement).toMatchObject({ disponible: false, populationEloignee: null, communesEloignees: null });
      expect(corps.mspSansMedecin).toMatchObject({ nombre: null, structures: null });
      expect(corps.structuresParZonage).toMatchObject({ enZip: null, horsZip: null, parType: null });
    });
    it('still gives the population by zonage class (national zonage and INSEE populations)', () => {
      expect(corps.population.couvertureZonage.couvert).toBe(true);
      expect(Object.values(corps.population.parZonageMedecins as Record<string, { habitants: number }>).reduce((s, c) => s + c.habitants, 0)).toBe(
        corps.population.habitants,
      );
    });
  });

  it('lists the 10 communes of the Alpes-Maritimes outside any CPTS (44,167 inhabitants, Mandelieu first)', async () => {
    const res = await t.http().get('/api/couverture/departement/06?date=2026-03-01').expect(200);
    expect(res.body.communesSansCpts).toMatchObject({ disponible: true, nombre: 10, population: 44_167 });
    expect(res.body.communesSansCpts.communes[0]).toEqual({ code: '06079', nom: 'Mandelieu-la-Napoule', population: 21_640 });
    expect(res.body.eloignement).toMatchObject({ disponible: false, populationEloignee: null });
  });

  it('covers one CPTS: Champsaur-Valgaudemar, 25 communes, 11,683 inhabitants, all in ZAC', async () => {
    const liste = (await t.http().get('/api/structures?type=cpts&territoire=departement:05').expect(200)).body;
    const id = liste.features.find((f: { properties: { nom: string } }) => f.properties.nom === 'CPTS Champsaur-Valgaudemar').id;
    const res = await t.http().get(`/api/couverture/cpts/${id}?date=2026-03-01`).expect(200);
    expect(res.body.territoire.nom).toBe('CPTS Champsaur-Valgaudemar');
    expect(res.body.population).toMatchObject({ communes: 25, habitants: 11_683, parZonageMedecins: { ZAC: { communes: 25, habitants: 11_683 } } });
    expect(res.body.communesSansCpts).toMatchObject({ disponible: true, nombre: 0 });
  });

  it('answers 400 for an unknown type or a malformed CPTS id, 404 for an unknown territory', async () => {
    expect((await t.http().get('/api/couverture/canton/3101').expect(400)).body.details[0].champ).toBe('type');
    expect((await t.http().get('/api/couverture/cpts/abc').expect(400)).body.details[0].champ).toBe('code');
    await t.http().get('/api/couverture/cpts/999999').expect(404);
  });
});
