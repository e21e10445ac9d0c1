import { ApplicationDeTest, demarrerApplication } from '../support/application';
import { enTeteAuth, jetonPour } from '../support/auth';
import { fixture, importer, revenir, televerser } from '../support/televersement';

const FICHIER = fixture('zonage', 'zonage-mg-occitanie-2030-cartosante.csv');
const champs = (debut: string, extra: Record<string, string> = {}) => ({
  profession: 'medecin',
  region: '76',
  libelle: `Zonage d’essai des tests (${debut})`,
  arrete: 'Arrêté d’essai n° 1',
  debut,
  ...extra,
});

/** Issue 10 finding 4 (zonage part) and the arrêté metadata of issue 11, through the « Données » pipeline. */
describe('Téléversement d’une version de zonage', () => {
  let t: ApplicationDeTest;
  let admin: string;
  let ars: string;
  let arsPaca: string;
  const enPlace: number[] = [];
  const versions = async () => (await t.http().get('/api/zonages/versions?profession=medecin').expect(200)).body as Record<string, any>[];
  const ouvertesOccitanie = async (date: string) =>
    (await versions()).filter((v) => v.region === '76' && v.debut <= date && (v.fin === null || v.fin >= date) && v.libelle.includes('essai des tests (2041'));

  beforeAll(async () => {
    t = await demarrerApplication();
    admin = await jetonPour(t, 'admin');
    ars = await jetonPour(t, 'ars');
    arsPaca = await jetonPour(t, 'ars', [{ type: 'region', code: '93' }]);
  });
  afterAll(async () => {
    for (const id of enPlace.reverse()) await revenir(t, admin, id);
    await t.fermer();
  });

  it('refuses a version with no commune of its région instead of creating an empty one', async () => {
    const avant = (await versions()).length;
    const etat = await televerser(t, admin, 'zonage', FICHIER, { ...champs('2041-01-01'), region: '53' });
    expect(etat.statut).toBe('refuse');
    expect(etat.erreur.details).toEqual([expect.objectContaining({ champ: 'region', message: expect.stringContaining('Aucune commune de la Bretagne') })]);
    expect((await versions()).length).toBe(avant);
  });

  it('reports the differences with the zonage in force and the version it will close, then closes it the day before', async () => {
    const premiere = await importer(t, ars, (await televerser(t, ars, 'zonage', FICHIER, champs('2041-01-01'))).id);
    expect(premiere.statut).toBe('importe');
    enPlace.push(premiere.versionId);
    const analyse = await televerser(t, ars, 'zonage', FICHIER, champs('2041-07-01', { libelle: 'Zonage d’essai des tests (2041-07)' }));
    expect(analyse.statut).toBe('pret');
    expect(analyse.rapport.differences).toMatchObject({ ajouts: 0, modifications: 0, inchanges: 4 });
    expect(analyse.rapport.avertissements).toEqual(expect.arrayContaining([expect.stringContaining('prendra fin le 2041-06-30')]));
    expect(analyse.rapport.couverture.perimetre).toBe('l’Occitanie');
    const seconde = await importer(t, ars, analyse.id);
    enPlace.push(seconde.versionId);
    const ouvertes = await ouvertesOccitanie('2041-08-01');
    expect(ouvertes).toHaveLength(1);
    expect(ouvertes[0].debut).toBe('2041-07-01');
    expect((await ouvertesOccitanie('2041-03-01'))[0]).toMatchObject({ debut: '2041-01-01', fin: '2041-06-30' });

    // rollback: the second version disappears and the first is open again
    expect((await revenir(t, ars, seconde.versionId)).status).toBe(200);
    enPlace.pop();
    expect((await ouvertesOccitanie('2041-08-01')).map((v) => v.debut)).toEqual(['2041-01-01']);
    expect((await ouvertesOccitanie('2041-08-01'))[0].fin).toBeNull();
  });

  it('a second upload starting the same day replaces the first (same id, no second open version)', async () => {
    const avant = await ouvertesOccitanie('2041-02-01');
    expect(avant).toHaveLength(1);
    const etat = await televerser(t, ars, 'zonage', FICHIER, champs('2041-01-01', { arrete: 'Arrêté d’essai n° 2 (rectificatif)' }));
    expect(etat.rapport.avertissements).toEqual(expect.arrayContaining([expect.stringContaining('sera remplacée par celle-ci')]));
    const fini = await importer(t, ars, etat.id);
    enPlace.push(fini.versionId);
    const apres = await ouvertesOccitanie('2041-02-01');
    expect(apres).toHaveLength(1);
    expect(apres[0]).toMatchObject({ id: avant[0].id, arrete: 'Arrêté d’essai n° 2 (rectificatif)' });
    expect((await revenir(t, ars, fini.versionId)).status).toBe(200);
    enPlace.pop();
    expect((await ouvertesOccitanie('2041-02-01'))[0]).toMatchObject({ id: avant[0].id, arrete: 'Arrêté d’essai n° 1' });
  });

  it('edits the arrêté metadata of a version (audited), for its région’s ARS only', async () => {
    const [v] = await ouvertesOccitanie('2041-02-01');
    const lien = 'https://www.occitanie.ars.sante.fr/zonage-essai';
    await t.http().patch(`/api/zonages/versions/${v.id}`).set(enTeteAuth(arsPaca)).send({ arrete: 'X' }).expect(403);
    const res = await t
      .http()
      .patch(`/api/zonages/versions/${v.id}`)
      .set(enTeteAuth(ars))
      .send({ arrete: 'Arrêté ARS Occitanie n° 2041-07', dateArrete: '2040-12-15', lienArrete: lien, fin: '2042-12-31' })
      .expect(200);
    expect(res.body).toMatchObject({ arrete: 'Arrêté ARS Occitanie n° 2041-07', dateArrete: '2040-12-15', lienArrete: lien, fin: '2042-12-31' });
    const refus = await t.http().patch(`/api/zonages/versions/${v.id}`).set(enTeteAuth(ars)).send({ fin: '2040-01-01' }).expect(400);
    expect(refus.body.details[0].champ).toBe('fin');
    await t.http().patch(`/api/zonages/versions/${v.id}`).set(enTeteAuth(ars)).send({ lienArrete: 'ftp://x' }).expect(400);
    const audit = (await t.http().get('/api/audit?ressource=zonage-version').set(enTeteAuth(admin)).expect(200)).body.entrees;
    expect(audit.find((e: { ressourceId: string }) => e.ressourceId === String(v.id))).toMatchObject({
      action: 'modification',
      avant: expect.objectContaining({ arrete: 'Arrêté d’essai n° 1' }),
    });
  });
});
