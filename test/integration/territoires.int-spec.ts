import { DataSource } from 'typeorm';
import { ApplicationDeTest, demarrerApplication } from '../support/application';

describe('API territoires (PostGIS réel)', () => {
  let t: ApplicationDeTest;
  beforeAll(async () => {
    t = await demarrerApplication();
  });
  afterAll(async () => {
    await t.fermer();
  });

  describe('GET /api/territoires/:type/:code', () => {
    it('returns Ajaccio (2A004) with its 2026 population and parents up to Corse', async () => {
      const res = await t.http().get('/api/territoires/commune/2A004').expect(200);
      expect(res.body).toMatchObject({ type: 'commune', code: '2A004', nom: 'Ajaccio', population: 76320 });
      expect(res.body.parents).toEqual([
        expect.objectContaining({ type: 'epci', code: '242010056' }),
        { type: 'departement', code: '2A', nom: 'Corse-du-Sud' },
        { type: 'region', code: '94', nom: 'Corse' },
      ]);
      const [ouest, sud, est, nord] = res.body.bbox;
      expect(ouest).toBeGreaterThan(8.5);
      expect(est).toBeLessThan(8.9);
      expect(sud).toBeGreaterThan(41.8);
      expect(nord).toBeLessThan(42.1);
      expect(res.body.voisins.map((v: { code: string }) => v.code)).toEqual(expect.arrayContaining(['2A006', '2A351', '2A001']));
      expect(res.body.source.millesime).toBe('2026');
    });

    it('places the card centre of a commune inside it: its point on surface (Sète, whose centroid falls in the lagoon)', async () => {
      const res = await t.http().get('/api/territoires/commune/34301').expect(200);
      const [lng, lat] = res.body.centre as [number, number];
      const [dedans] = await t.app.get(DataSource).query(
        `SELECT ST_Intersects(geom, ST_SetSRID(ST_MakePoint($2, $3), 4326)) AS dedans,
                abs(ST_X(ST_PointOnSurface(geom)) - $2) + abs(ST_Y(ST_PointOnSurface(geom)) - $3) AS ecart
           FROM commune WHERE code = $1`,
        ['34301', lng, lat],
      );
      expect(dedans).toEqual({ dedans: true, ecart: expect.any(Number) });
      expect(dedans.ecart).toBeLessThan(1e-9);
    });

    it('accepts a lower-case Corsican code', async () => {
      const res = await t.http().get('/api/territoires/commune/2b033').expect(200);
      expect(res.body.nom).toBe('Bastia');
    });

    it('serves overseas communes with their département and région (Mamoudzou, Mayotte)', async () => {
      const res = await t.http().get('/api/territoires/commune/97611').expect(200);
      expect(res.body.nom).toBe('Mamoudzou');
      expect(res.body.parents).toEqual(expect.arrayContaining([{ type: 'departement', code: '976', nom: 'Mayotte' }]));
      expect(res.body.bbox[0]).toBeGreaterThan(45);
    });

    it('aggregates populations for départements and régions', async () => {
      const dep = await t.http().get('/api/territoires/departement/42').expect(200);
      expect(dep.body.nom).toBe('Loire');
      expect(dep.body.population).toBeGreaterThan(750_000);
      expect(dep.body.population).toBeLessThan(800_000);
      expect(dep.body.nbCommunes).toBeGreaterThan(300);
      expect(dep.body.parents).toEqual([{ type: 'region', code: '84', nom: 'Auvergne-Rhône-Alpes' }]);
      expect(dep.body.voisins.map((v: { code: string }) => v.code)).toEqual(expect.arrayContaining(['69', '43', '63']));
      const fr = await t.http().get('/api/territoires/region/94').expect(200);
      expect(fr.body.population).toBeGreaterThan(340_000);
    });

    it('gives as neighbours, read from the import’s table, exactly the territories whose contour touches, at each level', async () => {
      const db = t.app.get(DataSource);
      const cas: [string, string][] = [
        ['commune', '31555'],
        ['commune', '2A004'],
        ['commune', '75056'],
        ['epci', '244200770'],
        ['departement', '2A'],
        ['departement', '42'],
        ['region', '84'],
      ];
      for (const [type, code] of cas) {
        const res = await t.http().get(`/api/territoires/${type}/${code}`).expect(200);
        const contours: { code: string }[] = await db.query(
          `SELECT n.code FROM ${type} t JOIN ${type} n ON n.code <> t.code AND ST_Intersects(n.geom, t.geom) WHERE t.code = $1`,
          [code],
        );
        expect(contours.length).toBeGreaterThan(0);
        expect(res.body.voisins.map((v: { code: string }) => v.code).sort()).toEqual(contours.map((c) => c.code).sort());
        expect(res.body.voisins.every((v: { type: string; nom: string }) => v.type === type && v.nom.length > 0)).toBe(true);
      }
      // Corse's régions have no neighbour on land
      expect((await t.http().get('/api/territoires/region/94').expect(200)).body.voisins).toEqual([]);
    });

    it('serves EPCI cards with their member communes', async () => {
      const res = await t.http().get('/api/territoires/epci/244200770').expect(200);
      expect(res.body.nom).toMatch(/Saint-Étienne Métropole/);
      const membres = await t.http().get('/api/territoires/epci/244200770/communes').expect(200);
      expect(membres.body.map((c: { code: string }) => c.code)).toContain('42218');
      expect(membres.body.length).toBe(res.body.nbCommunes);
    });

    it('answers 404 with a French message for an unknown but well-formed code', async () => {
      const res = await t.http().get('/api/territoires/commune/99999').expect(404);
      expect(res.body).toMatchObject({ statut: 404, code: 'INTROUVABLE' });
      expect(res.body.message).toContain('« 99999 » introuvable');
    });

    it.each([
      ['/api/territoires/commune/2C004', 'code'],
      ['/api/territoires/commune/abc', 'code'],
      ['/api/territoires/departement/977', 'code'],
      ['/api/territoires/canton/4201', 'type'],
    ])('answers 400 naming the field for %s', async (url, champ) => {
      const res = await t.http().get(url).expect(400);
      expect(res.body.code).toBe('ENTREE_INVALIDE');
      expect(res.body.details[0].champ).toBe(champ);
    });

    it('refuses member communes of a commune', async () => {
      const res = await t.http().get('/api/territoires/commune/42218/communes').expect(400);
      expect(res.body.details[0].champ).toBe('type');
    });
  });

  describe('GET /api/territoires/etiquettes', () => {
    type Ligne = [string, number, number, number, number];
    it('names the chefs-lieux and the communes of 5,000 inhabitants or more first, the others apart, every commune once', async () => {
      const principales = (await t.http().get('/api/territoires/etiquettes?niveau=principales').expect(200)).body as { champs: string[]; lignes: Ligne[] };
      const autres = (await t.http().get('/api/territoires/etiquettes?niveau=autres').expect(200)).body as { lignes: Ligne[] };
      expect(principales.champs).toEqual(['nom', 'lng', 'lat', 'population', 'rang']);
      const lyon = principales.lignes.find((l) => l[0] === 'Lyon')!;
      expect(lyon[4]).toBe(0);
      expect(lyon[1]).toBeCloseTo(4.84, 1);
      expect(lyon[2]).toBeCloseTo(45.76, 1);
      expect(principales.lignes.find((l) => l[0] === 'Saint-Étienne')?.[4]).toBe(1);
      expect(principales.lignes.every((l) => l[4] <= 1 || l[3] >= 5000)).toBe(true);
      expect(autres.lignes.every((l) => l[4] === 2 && l[3] < 5000)).toBe(true);
      // Most populated first: the map keeps the largest names when labels collide.
      expect(principales.lignes[0][0]).toBe('Paris');
      const total = principales.lignes.length + autres.lignes.length;
      expect(total).toBeGreaterThan(34_000);
      expect(principales.lignes.length).toBeLessThan(3_000);
    });

    it('answers 400 naming the field for an unknown level', async () => {
      const res = await t.http().get('/api/territoires/etiquettes?niveau=toutes').expect(400);
      expect(res.body.details[0].champ).toBe('niveau');
    });
  });

  describe('GET /api/territoires/recherche', () => {
    it('ranks Saint-Étienne (42218) first for "saint etienne"', async () => {
      const res = await t.http().get('/api/territoires/recherche').query({ q: 'saint etienne' }).expect(200);
      expect(res.body[0]).toMatchObject({ type: 'commune', code: '42218', nom: 'Saint-Étienne' });
      expect(res.body.length).toBe(10);
    });

    it('is accent- and punctuation-insensitive and understands "st"', async () => {
      for (const q of ['Saint-Étienne', 'ST ETIENNE', 'saint-etienne']) {
        const res = await t.http().get('/api/territoires/recherche').query({ q }).expect(200);
        expect(res.body[0].code).toBe('42218');
      }
    });

    it('finds by code: INSEE, département and SIREN', async () => {
      expect((await t.http().get('/api/territoires/recherche?q=2A004').expect(200)).body[0]).toMatchObject({ code: '2A004', nom: 'Ajaccio' });
      expect((await t.http().get('/api/territoires/recherche?q=974').expect(200)).body[0]).toMatchObject({ type: 'departement', nom: 'La Réunion' });
    });

    it.each([
      ['Bordo', '33063', 'Bordeaux'],
      ['bordeau', '33063', 'Bordeaux'],
      ['St Etien', '42218', 'Saint-Étienne'],
      ['saint etiene', '42218', 'Saint-Étienne'],
      ['Toulouze', '31555', 'Toulouse'],
      ['Marseile', '13055', 'Marseille'],
      ['Monpelier', '34172', 'Montpellier'],
    ])('tolerates spelling mistakes: « %s » gives %s %s first (trigram similarity, larger communes first)', async (q, code, nom) => {
      const res = await t.http().get('/api/territoires/recherche').query({ q }).expect(200);
      expect(res.body[0]).toMatchObject({ type: 'commune', code, nom });
    });

    it('finds a commune by its postal code, and says which postal code matched', async () => {
      const res = await t.http().get('/api/territoires/recherche').query({ q: '42000' }).expect(200);
      expect(res.body[0]).toMatchObject({ type: 'commune', code: '42218', nom: 'Saint-Étienne', codePostal: '42000' });
      const paris = await t.http().get('/api/territoires/recherche').query({ q: '75011' }).expect(200);
      expect(paris.body[0]).toMatchObject({ code: '75056', codePostal: '75011' });
      // A postal code shared by several communes lists them all, larger first.
      const partage = (await t.http().get('/api/territoires/recherche').query({ q: '23600' }).expect(200)).body as { code: string; codePostal: string }[];
      expect(partage.length).toBeGreaterThan(1);
      expect(partage.every((r) => r.codePostal === '23600')).toBe(true);
      expect(partage.map((r) => r.code)).toContain('23031');
    });

    it('returns départements and régions too, larger first among equal ranks', async () => {
      const res = await t.http().get('/api/territoires/recherche').query({ q: 'loire', limite: 50 }).expect(200);
      const types = new Set(res.body.map((r: { type: string }) => r.type));
      expect(types).toEqual(new Set(['commune', 'epci', 'departement', 'region']));
      expect(res.body[0]).toMatchObject({ type: 'departement', code: '42' });
    });

    it.each([
      [{}, 'q'],
      [{ q: 'a' }, 'q'],
      [{ q: '--' }, 'q'],
      [{ q: 'paris', limite: 0 }, 'limite'],
      [{ q: 'paris', limite: 'beaucoup' }, 'limite'],
    ])('answers 400 for bad input %j', async (query, champ) => {
      const res = await t.http().get('/api/territoires/recherche').query(query).expect(400);
      expect(res.body.details.map((d: { champ: string }) => d.champ)).toContain(champ);
      expect(res.body.message).toMatch(/[a-zé]/);
    });
  });

  describe('GET /api/sante', () => {
    it('reports the database, PostGIS version and loaded datasets with source and vintage', async () => {
      const res = await t.http().get('/api/sante').expect(200);
      expect(res.body.base.joignable).toBe(true);
      expect(res.body.base.version).toMatch(/PostGIS 3\./);
      const territoires = res.body.donnees.find((d: { code: string }) => d.code === 'territoires');
      expect(territoires).toMatchObject({ millesime: '2026', licence: expect.stringMatching(/Licence Ouverte/) });
      expect(territoires.lignes).toBeGreaterThan(36_000);
    });
  });
});
