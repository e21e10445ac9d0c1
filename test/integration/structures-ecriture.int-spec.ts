import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { ApplicationDeTest, demarrerApplication } from '../support/application';
import { jetonPour } from '../support/auth';
import { importer, revenir, televerser } from '../support/televersement';

const fixture = (dossier: string, nom: string) => path.join(__dirname, '..', 'fixtures', dossier, nom);

describe('Écritures : structures saisies, versions de zonage, import RPPS (PostGIS réel)', () => {
  let t: ApplicationDeTest;
  let ars: string;
  let admin: string;
  let elu: string;
  beforeAll(async () => {
    t = await demarrerApplication();
    ars = await jetonPour(t, 'ars');
    admin = await jetonPour(t, 'admin');
    elu = await jetonPour(t, 'elu');
  });
  afterAll(async () => {
    await t.fermer();
  });

  describe('POST/PATCH /api/structures (projets hors FINESS)', () => {
    const projet = { type: 'msp', nom: 'MSP des Coteaux (projet de test)', statut: 'projet', communeCode: '46042', dateOuverture: '2028-09-01' };

    it('refuses anonymous users (401) and elected officials (403)', async () => {
      await t.http().post('/api/structures').send(projet).expect(401);
      await t.http().post('/api/structures').set('Authorization', `Bearer ${elu}`).send(projet).expect(403);
    });
    it('lets an ARS Occitanie planner create a project in its région, placed at the commune’s inner point', async () => {
      const res = await t.http().post('/api/structures').set('Authorization', `Bearer ${ars}`).send(projet).expect(201);
      expect(res.body.properties).toMatchObject({
        type: 'msp',
        statut: 'projet',
        dateOuverture: '2028-09-01',
        commune: { code: '46042' },
        saisieManuelle: true,
        geomSource: 'centre de la commune',
      });
      expect(res.body.geometry.type).toBe('Point');
      const maj = await t
        .http()
        .patch(`/api/structures/${res.body.id}`)
        .set('Authorization', `Bearer ${ars}`)
        .send({ statut: 'ouverte', coordonnees: [1.44, 44.45] })
        .expect(200);
      expect(maj.body.properties).toMatchObject({ statut: 'ouverte', geomSource: 'saisie' });
      expect(maj.body.geometry.coordinates).toEqual([1.44, 44.45]);
    });
    it('refuses a project outside the ARS région (403) and validates fields in French (400)', async () => {
      await t
        .http()
        .post('/api/structures')
        .set('Authorization', `Bearer ${ars}`)
        .send({ ...projet, communeCode: '13055' })
        .expect(403);
      const res = await t
        .http()
        .post('/api/structures')
        .set('Authorization', `Bearer ${ars}`)
        .send({ ...projet, type: 'hopital', communeCode: '3114' })
        .expect(400);
      expect(res.body.details.map((d: { champ: string }) => d.champ).sort()).toEqual(['communeCode', 'type']);
    });
    it('refuses to edit a FINESS structure (409)', async () => {
      const finess = (await t.http().get('/api/structures?type=msp&territoire=commune:31149').expect(200)).body.features.find(
        (f: { properties: { finess: string | null } }) => f.properties.finess,
      );
      const res = await t.http().patch(`/api/structures/${finess.id}`).set('Authorization', `Bearer ${admin}`).send({ nom: 'Renommée' }).expect(409);
      expect(res.body.message).toContain('remplacée à chaque import');
    });
  });

  describe('POST /api/zonages/:profession/versions', () => {
    const televerser = (jeton: string, fichier: string, champs: Record<string, string>) => {
      return t
        .http()
        .post('/api/zonages/medecin/versions')
        .set('Authorization', `Bearer ${jeton}`)
        .field(champs)
        .attach('fichier', readFileSync(fixture('zonage', fichier)), fichier);
    };
    const meta = { libelle: 'Arrêté zonage médecins Occitanie (test)', region: '76', debut: '2030-01-01' };

    it('loads an ARS Occitanie version from a raw CartoSanté export (Latin-1) and the diff shows the changes', async () => {
      const res = await televerser(ars, 'zonage-mg-occitanie-2030-cartosante.csv', meta).expect(201);
      expect(res.body).toMatchObject({ communes: 4, version: { region: '76', debut: '2030-01-01', debutConnu: true, dateArrete: null } });
      expect(res.body.ignorees.some((i: { message: string }) => i.message.includes('hors de l’Occitanie'))).toBe(true);
      const foix = await t.http().get('/api/zonages/communes/09122?date=2030-06-01').expect(200);
      expect(foix.body.medecin).toMatchObject({ classe: 'ZIP', version: { region: '76' } });
      const ajaccio = await t.http().get('/api/zonages/communes/2A004?date=2030-06-01').expect(200);
      expect(ajaccio.body.medecin).toMatchObject({ classe: 'HZ', version: { region: null } });
      const diff = await t.http().get('/api/zonages/diff?from=2029-12-31&to=2030-01-01&profession=medecin').expect(200);
      expect(diff.body.changements).toEqual(
        expect.arrayContaining([
          { code: '09122', nom: 'Foix', avant: 'ZAC', apres: 'ZIP' },
          { code: '31149', nom: 'Colomiers', avant: 'ZAR', apres: 'ZAC' },
        ]),
      );
      expect(diff.body.changements.map((c: { code: string }) => c.code)).not.toContain('31555');
    });
    it('refuses a national file from an ARS account and another région’s file', async () => {
      await televerser(ars, 'zonage-mg-occitanie-2030-cartosante.csv', { libelle: 'National', debut: '2031-01-01' }).expect(403);
      await televerser(ars, 'zonage-mg-occitanie-2030-cartosante.csv', { ...meta, region: '93' }).expect(403);
    });
    it.each([
      ['zonage-codes-invalides.csv', [5, 6]],
      ['zonage-tronque.csv', [5]],
      ['zonage-mauvais-format.csv', [1]],
    ])('refuses %s with the faulty line numbers and loads nothing', async (fichier, lignes) => {
      const avant = (await t.http().get('/api/zonages/versions?profession=medecin').expect(200)).body.length;
      const res = await televerser(admin, fichier, { ...meta, debut: '2031-01-01' }).expect(400);
      expect(res.body.code).toBe('FICHIER_INVALIDE');
      expect(res.body.details.map((d: { ligne: number }) => d.ligne)).toEqual(lignes);
      expect((await t.http().get('/api/zonages/versions?profession=medecin').expect(200)).body.length).toBe(avant);
    });
    it('answers 400 without a file', async () => {
      const res = await t
        .http()
        .post('/api/zonages/medecin/versions')
        .set('Authorization', `Bearer ${admin}`)
        .field('libelle', 'Sans fichier')
        .field('debut', '2031-01-01')
        .expect(400);
      expect(res.body.details[0].champ).toBe('fichier');
    });
  });

  describe('import RPPS (PS_LibreAcces_Personne_activite)', () => {
    it('imports GPs per practice site through the upload pipeline (checked, then rolled back)', async () => {
      const nom = 'PS_LibreAcces_Personne_activite_202604070000.txt';
      // Other tests of the run may have left an RPPS version in place: the rollback must bring back that one.
      const avant = (await t.http().get('/api/demographie/couches/mg-rpps-import').expect(200)).body.source as string;
      const analyse = await televerser(t, admin, 'rpps', fixture('rpps', nom));
      expect(analyse.statut).toBe('pret');
      expect(Object.fromEntries(analyse.rapport.resume.map((r: { libelle: string; valeur: number }) => [r.libelle, r.valeur]))).toEqual({
        'Médecins généralistes': 4,
        'Lieux d’exercice de médecins généralistes': 5,
      });
      expect(analyse.rapport.ecartees.premieres.map((i: { ligne: number }) => i.ligne)).toEqual([9, 10]);
      const fini = await importer(t, admin, analyse.id);
      expect(fini.statut).toBe('importe');
      try {
        const couche = (await t.http().get('/api/demographie/couches/mg-rpps-import').expect(200)).body;
        expect(couche.valeurs).toMatchObject({
          '09122': { total: 1 },
          '2A004': { total: 1, salaries: 1 },
          '31149': { total: 1 },
          '31555': { total: 2, liberaux: 2 },
        });
        expect(couche.source).toContain(nom);
      } finally {
        expect((await revenir(t, admin, fini.versionId)).status).toBe(200);
      }
      const couche = await t.http().get('/api/demographie/couches/mg-rpps-import').expect(200);
      expect(couche.body.source).toBe(avant);
    });
    it('refuses a truncated extract over HTTP, for ARS accounts only', async () => {
      await t
        .http()
        .post('/api/demographie/rpps')
        .attach('fichier', readFileSync(fixture('rpps', 'rpps-tronque.txt')), 'rpps-tronque.txt')
        .expect(401);
      const res = await t
        .http()
        .post('/api/demographie/rpps')
        .set('Authorization', `Bearer ${ars}`)
        .attach('fichier', readFileSync(fixture('rpps', 'rpps-tronque.txt')), 'rpps-tronque.txt')
        .expect(400);
      expect(res.body).toMatchObject({ code: 'FICHIER_INVALIDE', details: [expect.objectContaining({ ligne: 8 })] });
    });
  });

  describe('couches de démographie', () => {
    it('labels each layer with its source, level and year, and never calls RPPS doctors GPs', async () => {
      const couches = (await t.http().get('/api/demographie/couches').expect(200)).body;
      expect(couches.find((c: { code: string }) => c.code === 'densite-mg-bassin-de-vie')).toMatchObject({
        niveau: expect.stringContaining('bassin de vie'),
        annee: 2024,
      });
      const rpps = (await t.http().get('/api/demographie/couches/medecins-rpps-commune').expect(200)).body;
      expect(rpps.libelle).toContain('pas un effectif de généralistes');
      const dep = (await t.http().get('/api/demographie/couches/mg-departement').expect(200)).body;
      expect(dep.valeurs['31']).toEqual({ ameli: { effectif: 1461, densite: 97 }, bpe: { effectif: expect.any(Number) } });
    });
  });
});
