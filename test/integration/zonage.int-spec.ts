import { ZonageService } from '../../backend/src/zonage/zonage.service';
import { ApplicationDeTest, demarrerApplication } from '../support/application';

describe('Zonages (PostGIS réel, fichiers livrés)', () => {
  let t: ApplicationDeTest;
  let zonage: ZonageService;
  beforeAll(async () => {
    t = await demarrerApplication();
    zonage = t.app.get(ZonageService);
  });
  afterAll(async () => {
    await t.fermer();
  });

  describe('ZonageService (contrat pour l’éligibilité aux aides)', () => {
    it('gives Foix (09122) ZAC in the national GP zonage, with an unknown arrêté date left null', async () => {
      const r = await zonage.classeCommune('medecin', '09122', '2026-03-01');
      expect(r.classe).toBe('ZAC');
      expect(r.version).toMatchObject({ region: null, arrete: null, dateArrete: null, debut: '2024-01-01', debutConnu: false, fin: null });
      expect(r.version?.source).toContain('CartoSanté');
    });
    it('gives Foix “sur-dotée” in the nurses’ zonage and Ajaccio HZ for GPs', async () => {
      await expect(zonage.classeCommune('infirmier', '09122', '2026-03-01')).resolves.toMatchObject({ classe: 'SUR_DOTEE' });
      await expect(zonage.classeCommune('medecin', '2A004', '2026-03-01')).resolves.toMatchObject({ classe: 'HZ' });
    });
    it('answers a null version before any zonage version starts', async () => {
      await expect(zonage.classeCommune('medecin', '09122', '2019-06-01')).resolves.toEqual({ classe: null, version: null, validite: null });
    });
    it('answers a null class (version known) where no result was published (La Réunion)', async () => {
      const r = await zonage.classeCommune('medecin', '97411', '2026-03-01');
      expect(r.classe).toBeNull();
      expect(r.version).not.toBeNull();
    });
    it('classes Marseille MIXTE and its 3rd arrondissement on its own', async () => {
      await expect(zonage.classeCommune('medecin', '13055', '2026-03-01')).resolves.toMatchObject({ classe: 'MIXTE' });
      await expect(zonage.classeCommune('medecin', '13203', '2026-03-01')).resolves.toMatchObject({ classe: 'ZAC' });
    });
    it('lists the QPV of Digne (04070) with their PACA class', async () => {
      const qpv = await zonage.qpvDeCommune('04070', '2026-03-01');
      expect(qpv).toEqual([expect.objectContaining({ code: 'QN00401M', nom: 'Centre Ville - Pigeonnier', classe: 'ZIP' })]);
      expect(qpv[0].source).toContain('ARS Provence-Alpes-Côte d’Azur');
    });
    it('lists Toulouse QPV without a class (no QPV-level zonage in Occitanie)', async () => {
      const qpv = await zonage.qpvDeCommune('31555', '2026-03-01');
      expect(qpv.length).toBeGreaterThan(10);
      expect(qpv.every((q) => q.classe === null)).toBe(true);
    });
    it('gives the FRR class of July 2025 and the ZRR flag', async () => {
      await expect(zonage.ruralite('09122')).resolves.toMatchObject({ frr: 'FRR', zrr: 'C' });
      await expect(zonage.ruralite('31555')).resolves.toMatchObject({ frr: 'non classée', zrr: 'NC' });
      expect((await zonage.ruralite('09122')).source).toContain('10 juillet 2025');
    });
    it('refuses a malformed commune code and an impossible date', async () => {
      await expect(zonage.classeCommune('medecin', '9122', '2026-03-01')).rejects.toMatchObject({ code: 'ENTREE_INVALIDE' });
      await expect(zonage.classeCommune('medecin', '09122', '2026-02-30')).rejects.toMatchObject({ code: 'ENTREE_INVALIDE' });
    });
  });

  describe('GET /api/zonages/:profession', () => {
    it('returns one class per INSEE code, compact, with the version and its source', async () => {
      const res = await t.http().get('/api/zonages/medecin?date=2026-03-01').expect(200);
      expect(res.body.version).toMatchObject({ dateArrete: null });
      expect(res.body.source).toContain('CartoSanté');
      expect(res.body.valeurs['09122']).toBe('ZAC');
      expect(res.body.valeurs['05061']).toBe('ZAC');
      expect(Object.keys(res.body.valeurs).length).toBeGreaterThan(34_800);
    });
    it('returns no values before the first version', async () => {
      const res = await t.http().get('/api/zonages/infirmier?date=2020-01-01').expect(200);
      expect(res.body).toMatchObject({ version: null, valeurs: {} });
    });
    it('says a profession’s zonage is not loaded (null, never an empty map), with how to load it', async () => {
      const res = await t.http().get('/api/zonages/sage-femme?date=2026-03-01').expect(200);
      expect(res.body).toMatchObject({ valeurs: null, version: null, couverture: { theme: 'zonage-sage-femme', couvert: false } });
      // « aucune donnée chargée », or « aucune version en vigueur » when a later test version was left for a région
      expect(res.body.couverture.raison).toMatch(
        /^(Zonage des sages-femmes : aucune donnée chargée|Aucune version du zonage des sages-femmes en vigueur au 01\/03\/2026)\.$/,
      );
      expect(res.body.couverture.commentCharger).toContain('arrêté de zonage des sages-femmes');
      const medecin = await t.http().get('/api/zonages/medecin?date=2026-03-01').expect(200);
      expect(medecin.body.couverture).toMatchObject({ couvert: true, perimetre: 'France entière' });
    });
    it('answers 400 for an unknown profession or a malformed date', async () => {
      const a = await t.http().get('/api/zonages/dentiste').expect(400);
      expect(a.body.details[0].champ).toBe('profession');
      const b = await t.http().get('/api/zonages/medecin?date=01/03/2026').expect(400);
      expect(b.body.code).toBe('ENTREE_INVALIDE');
    });
  });

  describe('GET /api/zonages/communes/:code and /api/zonages/versions', () => {
    it('gathers every zoning fact of a commune', async () => {
      const res = await t.http().get('/api/zonages/communes/09122?date=2026-03-01').expect(200);
      expect(res.body).toMatchObject({ medecin: { classe: 'ZAC' }, infirmier: { classe: 'SUR_DOTEE' }, ruralite: { frr: 'FRR' } });
      expect(res.body.medecin.couverture).toMatchObject({ couvert: true });
    });
    it('says the QPV list is known partial: the quartiers it has, and why it may miss some', async () => {
      const res = await t.http().get('/api/zonages/communes/31555?date=2026-03-01').expect(200);
      expect(res.body.qpv.quartiers.length).toBeGreaterThan(0);
      expect(res.body.qpv.couverture).toMatchObject({ theme: 'qpv', couvert: 'partiel' });
      expect(res.body.qpv.couverture.raison).toContain('incomplète');
      expect(res.body.qpv.couverture.commentCharger).toContain('sig.ville.gouv.fr');
    });
    it('lists the shipped versions, including the PACA QPV-level one', async () => {
      const res = await t.http().get('/api/zonages/versions').expect(200);
      expect(res.body).toEqual(expect.arrayContaining([expect.objectContaining({ niveau: 'qpv', region: '93', dateArrete: null })]));
    });
  });

  describe('GET /api/zonages/diff', () => {
    it('lists every commune as new between a date with no version and one with a version', async () => {
      const res = await t.http().get('/api/zonages/diff?from=2023-06-01&to=2026-03-01&profession=medecin').expect(200);
      expect(res.body.nbChangements).toBeGreaterThan(34_800);
      expect(res.body.changements).toEqual(expect.arrayContaining([{ code: '09122', nom: 'Foix', avant: null, apres: 'ZAC' }]));
    });
    it('finds no change between a version and itself', async () => {
      const versions = (await t.http().get('/api/zonages/versions?profession=medecin').expect(200)).body;
      const id = versions.find((v: { niveau: string }) => v.niveau === 'commune').id;
      const res = await t.http().get(`/api/zonages/diff?from=${id}&to=${id}`).expect(200);
      expect(res.body.nbChangements).toBe(0);
    });
    it('requires the profession when comparing dates', async () => {
      const res = await t.http().get('/api/zonages/diff?from=2024-06-01&to=2026-03-01').expect(400);
      expect(res.body.details[0].champ).toBe('profession');
    });
  });
});
