import { DataSource } from 'typeorm';
import { ApplicationDeTest, demarrerApplication } from '../support/application';
import { jetonPour } from '../support/auth';
import { fixture as fixtureDe, importer, revenir, televerser } from '../support/televersement';

const fixture = (nom: string) => fixtureDe('finess', nom);

describe('Structures (PostGIS réel)', () => {
  let t: ApplicationDeTest;
  let admin: string;
  beforeAll(async () => {
    t = await demarrerApplication();
    admin = await jetonPour(t, 'admin');
  });
  afterAll(async () => {
    await t.fermer();
  });

  describe('FINESS Occitanie livré', () => {
    it('loads the 372 MSP/PSP, 280 centres de santé and 82 CPTS of Occitanie', async () => {
      const res = await t.http().get('/api/structures?territoire=region:76').expect(200);
      const parType = (types: string[]) =>
        res.body.features.filter((f: { properties: { type: string; finess: string | null } }) => types.includes(f.properties.type) && f.properties.finess)
          .length;
      expect(parType(['msp', 'psp'])).toBe(372);
      expect(parType(['cds'])).toBe(280);
      expect(parType(['cpts'])).toBe(82);
      expect(res.body.sources[0]).toContain('FINESS');
    });
    it('filters by type and département, as GeoJSON points with FINESS number, opening date and commune', async () => {
      const res = await t.http().get('/api/structures?type=msp&territoire=departement:31').expect(200);
      expect(res.body.type).toBe('FeatureCollection');
      const airOne = res.body.features.find((f: { properties: { finess: string } }) => f.properties.finess === '310037890');
      expect(airOne).toMatchObject({
        type: 'Feature',
        geometry: { type: 'Point' },
        properties: { type: 'msp', statut: 'ouverte', dateOuverture: '2025-10-16', commune: { code: '31149', nom: 'Colomiers' } },
      });
      const [lon, lat] = airOne.geometry.coordinates;
      expect(lon).toBeCloseTo(1.3399, 3);
      expect(lat).toBeCloseTo(43.6082, 3);
    });
    it('says where the list is not complete: total null outside the FINESS coverage (Creuse), with the reason', async () => {
      const creuse = (await t.http().get('/api/structures?type=msp,psp,cds&territoire=departement:23').expect(200)).body;
      expect(creuse.total).toBeNull();
      expect(creuse.couverture).toMatchObject({ theme: 'structures', couvert: false, raison: expect.stringContaining('l’Occitanie seulement') });
      const france = (await t.http().get('/api/structures?type=msp').expect(200)).body;
      expect(france.total).toBeGreaterThan(300);
      expect(france.couverture).toMatchObject({ couvert: 'partiel', perimetre: 'l’Occitanie' });
    });
    it('counts structures in a map view, with the coverage of that view', async () => {
      const comptes = async (bbox: string) => (await t.http().get(`/api/structures/comptes?type=msp,cds,cpts&bbox=${bbox}`).expect(200)).body.comptes;
      const toulouse = await comptes('1.35,43.55,1.52,43.67');
      expect(toulouse.msp).toMatchObject({ couverture: { couvert: true }, nombre: expect.any(Number) });
      expect(toulouse.cds.nombre).toBeGreaterThan(0);
      const creuse = await comptes('1.8,46.1,2.1,46.3');
      expect(creuse.msp).toMatchObject({ nombre: null, couverture: { couvert: false } });
      // From the Lot (Occitanie) into the Corrèze (Nouvelle-Aquitaine): the count covers part of the view, and says so.
      const aCheval = await comptes('1.4,44.7,1.9,45.2');
      expect(aCheval.msp.couverture.couvert).toBe('partiel');
      expect(aCheval.msp.nombre).toEqual(expect.any(Number));
      expect((await t.http().get('/api/structures/comptes?bbox=3,44,1,43').expect(400)).body.details[0].champ).toBe('bbox');
      // CPTS perimeters come from the membership lists (PACA): counted in the Hautes-Alpes, unknown in Toulouse.
      const alpes = (await t.http().get('/api/structures/comptes?type=cpts&bbox=6.06,44.55,6.1,44.58').expect(200)).body;
      expect(alpes.perimetresCpts).toMatchObject({ couverture: { theme: 'cpts-communes', couvert: true }, nombre: expect.any(Number) });
      expect(alpes.perimetresCpts.nombre).toBeGreaterThan(0);
      const enToulouse = (await t.http().get('/api/structures/comptes?type=cpts&bbox=1.35,43.55,1.52,43.67').expect(200)).body;
      expect(enToulouse.perimetresCpts).toMatchObject({ nombre: null, couverture: { couvert: false } });
    });
    it('filters by bounding box', async () => {
      const toutes = (await t.http().get('/api/structures?type=cds&territoire=departement:31').expect(200)).body.total;
      const toulouse = (await t.http().get('/api/structures?type=cds&bbox=1.35,43.55,1.52,43.67').expect(200)).body;
      expect(toulouse.total).toBeGreaterThan(0);
      expect(toulouse.total).toBeLessThan(toutes);
      for (const f of toulouse.features) {
        expect(f.geometry.coordinates[0]).toBeGreaterThanOrEqual(1.35);
        expect(f.geometry.coordinates[1]).toBeLessThanOrEqual(43.67);
      }
    });
    it('serves one structure and 404 for an unknown id', async () => {
      const liste = (await t.http().get('/api/structures?type=msp&territoire=commune:31149').expect(200)).body;
      const res = await t.http().get(`/api/structures/${liste.features[0].id}`).expect(200);
      expect(res.body.properties).toMatchObject({ finess: expect.any(String), categorieFiness: '603' });
      await t.http().get('/api/structures/987654').expect(404);
    });
    it('answers 400 for malformed filters', async () => {
      expect((await t.http().get('/api/structures?type=hopital').expect(400)).body.details[0].champ).toBe('type');
      expect((await t.http().get('/api/structures?bbox=3,44,1,43').expect(400)).body.details[0].champ).toBe('bbox');
      expect((await t.http().get('/api/structures?territoire=departement:999').expect(400)).body.code).toBe('ENTREE_INVALIDE');
    });
  });

  describe('CPTS de PACA', () => {
    const idDe = async (nom: string): Promise<number> => {
      const res = await t.http().get('/api/structures?type=cpts&territoire=region:93').expect(200);
      return res.body.features.find((f: { properties: { nom: string } }) => f.properties.nom === nom).id;
    };
    it('loads the 70 CPTS of the ARS PACA listing, status not given by the source', async () => {
      const res = await t.http().get('/api/structures?type=cpts&territoire=region:93').expect(200);
      expect(res.body.total).toBe(70);
      expect(res.body.features.every((f: { properties: { statut: string } }) => f.properties.statut === 'non précisé')).toBe(true);
    });
    // Hand-computed from the raw sources (cpts-paca-70-DERIVEDgeom.geojson member lists × @etalab/decoupage-administratif
    // 2026 populations, Python script outside the product): 25 communes, 11,683 inhabitants, 794.55 km² in the source.
    it('gives CPTS Champsaur-Valgaudemar its 25 communes, 11,683 inhabitants (< 40 000 band) and its perimeter', async () => {
      const res = await t
        .http()
        .get(`/api/structures/cpts/${await idDe('CPTS Champsaur-Valgaudemar')}`)
        .expect(200);
      expect(res.body).toMatchObject({ populationCouverte: 11_683, trancheAci: '< 40 000', perimetre: { type: 'MultiPolygon' } });
      expect(res.body.communes).toHaveLength(25);
      expect(res.body.communes.map((c: { code: string }) => c.code)).toEqual(expect.arrayContaining(['05132', '05004', '05182']));
      expect(res.body.surfaceKm2).toBeGreaterThan(790);
      expect(res.body.surfaceKm2).toBeLessThan(800);
    });
    it('counts only the listed arrondissements for a Marseille CPTS (4e + 5e: 95,065 inhabitants)', async () => {
      const res = await t
        .http()
        .get(`/api/structures/cpts/${await idDe('CPTS Activ Santé (Marseille 4-5)')}`)
        .expect(200);
      expect(res.body).toMatchObject({ populationCouverte: 95_065, trancheAci: '80 000 – 175 000' });
      expect(res.body.communes).toEqual([expect.objectContaining({ code: '13055', partielle: true, arrondissements: ['13204', '13205'] })]);
    });
    it('says the perimeter of a FINESS CPTS (Occitanie) is unknown', async () => {
      const liste = (await t.http().get('/api/structures?type=cpts&territoire=region:76').expect(200)).body;
      const res = await t.http().get(`/api/structures/cpts/${liste.features[0].id}`).expect(200);
      expect(res.body).toMatchObject({ perimetre: null, communes: [], note: expect.stringContaining('Périmètre inconnu') });
    });
    it('answers 404 when the id is not a CPTS', async () => {
      const msp = (await t.http().get('/api/structures?type=msp&territoire=commune:31149').expect(200)).body.features[0].id;
      await t.http().get(`/api/structures/cpts/${msp}`).expect(404);
    });
  });

  describe('extrait FINESS national (format officiel)', () => {
    /** Imports a fixture through the upload pipeline, reads what it wrote, then rolls it back (the shared database is unchanged). */
    async function importerPuisAnnuler(nom: string) {
      const analyse = await televerser(t, admin, 'finess', fixture(nom));
      expect(analyse.statut).toBe('pret');
      const fini = await importer(t, admin, analyse.id);
      expect(fini.statut).toBe('importe');
      try {
        const lignes = await t.app.get(DataSource).query(
          `SELECT finess, type, nom, commune_code, round(ST_X(geom)::numeric, 4)::float AS lon, round(ST_Y(geom)::numeric, 4)::float AS lat, geom_source
             FROM structure WHERE jeu = 'finess' AND finess = ANY($1::text[]) ORDER BY finess`,
          [['310037890', '2A0001234', '970405678', '310012345', '310099999', '090009999']],
        );
        const resume = Object.fromEntries((analyse.rapport.resume as { libelle: string; valeur: number }[]).map((r) => [r.libelle, r.valeur]));
        return { resume, lignes, format: analyse.rapport };
      } finally {
        expect((await revenir(t, admin, fini.versionId)).status).toBe(200);
      }
    }

    it.each(['etalab-cs1100507-stock-20260108-extrait.csv', 'etalab-cs1100507-stock-utf8.csv'])(
      'reads %s (structureet + geolocalisation, Lambert 93 and UTM 40S) and keeps categories 603/124/604 only',
      async (nom) => {
        const { resume, lignes } = await importerPuisAnnuler(nom);
        expect(resume).toMatchObject({
          'Maison de santé pluriprofessionnelle': 3,
          'Centre de santé': 1,
          'Communauté professionnelle territoriale de santé': 1,
        });
        expect(lignes.map((l) => l.finess)).toEqual(['090009999', '2A0001234', '310012345', '310037890', '970405678']);
        const parFiness = Object.fromEntries(lignes.map((l) => [l.finess, l]));
        expect(parFiness['310037890']).toMatchObject({ type: 'msp', nom: 'MAISON DE SANTÉ PLURIPROFESSIONNELLE AIR ONE', commune_code: '31149' });
        expect(parFiness['2A0001234']).toMatchObject({ type: 'cds', commune_code: '2A004', lon: 8.7369, lat: 41.9192 });
        expect(parFiness['970405678']).toMatchObject({ commune_code: '97411', lon: 55.4504, lat: -20.8823, geom_source: expect.stringContaining('2975') });
        expect(parFiness['090009999'].geom_source).toContain('centre de la commune');
      },
    );

    it('leaves the database unchanged after the rolled-back fixture imports', async () => {
      const res = await t.http().get('/api/structures?territoire=departement:2A').expect(200);
      expect(res.body.features.some((f: { properties: { finess: string } }) => f.properties.finess === '2A0001234')).toBe(false);
    });

    it.each([
      ['finess-tronque.csv', /non conforme/, 5],
      ['finess-codes-invalides.csv', /non conforme/, 2],
      ['finess-libelle-categorie-change.csv', /nomenclature FINESS changée/, 2],
    ])('refuses %s, listing the faulty lines', async (nom, message, ligne) => {
      const etat = await televerser(t, admin, 'finess', fixture(nom));
      expect(etat.statut).toBe('refuse');
      expect(`${etat.erreur.message} ${etat.erreur.details.map((d: { message: string }) => d.message).join(' ')}`).toMatch(message);
      expect(etat.erreur.details.map((d: { ligne: number }) => d.ligne)).toContain(ligne);
    });

    it('refuses a UTF-16 file and a file of another format with a French message', async () => {
      const utf16 = await televerser(t, admin, 'finess', fixture('finess-utf16.csv'));
      expect(utf16).toMatchObject({ statut: 'refuse', erreur: { message: expect.stringContaining('UTF-16') } });
      const autre = Buffer.from('\ufeffCartoSanté; ; \nCode;Libellé;Zonage infirmiers\n01001;L’Abergement;4_Tres_dotee\n', 'utf8');
      const refuse = await televerser(t, admin, 'finess', { nom: 'zonage.csv', contenu: autre });
      expect(refuse).toMatchObject({ statut: 'refuse', erreur: { message: expect.stringContaining('ce n’est pas un extrait FINESS') } });
    });
  });
});
