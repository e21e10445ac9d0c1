import { ApplicationDeTest, demarrerApplication } from '../support/application';
import { enTeteAuth, jetonPour } from '../support/auth';
import { importer, revenir, televerser } from '../support/televersement';

describe('Zones rouges 2025 (liste partielle livrée, téléversement de la liste complète)', () => {
  let t: ApplicationDeTest;
  beforeAll(async () => {
    t = await demarrerApplication();
  });
  afterAll(async () => {
    await t.fermer();
  });

  it('ships the list marked partial: 55 EPCI of 151, the régions known complete, each EPCI with its population', async () => {
    const res = await t.http().get('/api/zones-rouges').expect(200);
    expect(res.body.liste).toMatchObject({ partielle: true, nbAttendu: 151, nbEpci: 55, origine: 'livre', libelleDate: 'juin 2025' });
    expect(res.body.liste.regionsCompletes).toEqual(expect.arrayContaining(['28']));
    expect(res.body.completude.texte).toMatch(/^Liste partielle : 55 EPCI connus sur 151/);
    const cher = res.body.epci.find((e: { siren: string }) => e.siren === '200049484');
    expect(cher).toMatchObject({ nom: 'CC Berry Grand Sud', region: '24' });
    expect(cher.population).toBeGreaterThan(5000);
  });

  it('answers per commune: yes in a listed EPCI, no in a complete région, unknown elsewhere (partial list), with how to load it', async () => {
    // Saint-Amand-Montrond (18197) is in the CC Cœur de France? Take a commune of CC Berry Grand Sud through the API.
    const communes = (await t.http().get('/api/territoires/epci/200049484/communes').expect(200)).body as { code: string }[];
    const oui = (await t.http().get(`/api/zones-rouges/communes/${communes[0].code}`).expect(200)).body;
    expect(oui).toMatchObject({ zoneRouge: true, depuis: 'juin 2025', epci: { siren: '200049484' } });
    expect(oui.texte).toBe('Zone rouge depuis juin 2025 (CC Berry Grand Sud).');
    // Caen (14118), Normandie: the Normandie list is complete.
    const non = (await t.http().get('/api/zones-rouges/communes/14118').expect(200)).body;
    expect(non).toMatchObject({ zoneRouge: false, raison: null });
    // Toulouse (31555), Occitanie: 20 of 28 found.
    const inconnu = (await t.http().get('/api/zones-rouges/communes/31555').expect(200)).body;
    expect(inconnu.zoneRouge).toBeNull();
    expect(inconnu.raison).toMatch(/Liste partielle/);
    expect(inconnu.commentCharger).toMatch(/téléverser la liste complète/);
    // Before the list, nobody is a zone rouge.
    expect((await t.http().get(`/api/zones-rouges/communes/${communes[0].code}?date=2025-01-15`).expect(200)).body.zoneRouge).toBe(false);
    await t.http().get('/api/zones-rouges/communes/99999').expect(404);
    await t.http().get('/api/zones-rouges/epci/12').expect(400);
  });

  it('refuses an uploaded list with an unknown SIREN (line number) and writes nothing; only ARS and admin accounts may upload', async () => {
    const admin = await jetonPour(t, 'admin');
    const res = await t
      .http()
      .post('/api/zones-rouges')
      .set(enTeteAuth(admin))
      .attach('fichier', Buffer.from('siren\n200049484\n123456789\n', 'utf8'), 'zones-rouges.csv')
      .expect(400);
    expect(res.body.details[0]).toMatchObject({ ligne: 3, valeur: '123456789' });
    expect((await t.http().get('/api/zones-rouges').expect(200)).body.liste.nbEpci).toBe(55);
    const pipeline = await televerser(t, admin, 'zones-rouges', { nom: 'zr.csv', contenu: Buffer.from('siren\n200049484\n123456789\n') });
    expect(pipeline.statut).toBe('refuse');
    expect(pipeline.erreur.details[0]).toMatchObject({ ligne: 3, valeur: '123456789' });
    const elu = await jetonPour(t, 'elu');
    await t.http().post('/api/zones-rouges').set(enTeteAuth(elu)).attach('fichier', Buffer.from('siren\n200049484\n'), 'z.csv').expect(403);
  });

  it('through the « Données » pipeline, an uploaded list replaces the partial one in use; rolling back restores it', async () => {
    const admin = await jetonPour(t, 'admin');
    const analyse = await televerser(t, admin, 'zones-rouges', { nom: 'zones-rouges.csv', contenu: Buffer.from('siren\n200049484\n200007052\n') });
    expect(analyse.statut).toBe('pret');
    expect(analyse.rapport.differences).toMatchObject({ inchanges: 2, retraits: 53 });
    const fini = await importer(t, admin, analyse.id);
    expect(fini.statut).toBe('importe');
    expect((await t.http().get('/api/zones-rouges').expect(200)).body.liste).toMatchObject({ nbEpci: 2, origine: 'televerse', partielle: true });
    expect((await t.http().get('/api/zones-rouges/communes/14118').expect(200)).body.zoneRouge).toBeNull();
    expect((await revenir(t, admin, fini.versionId)).status).toBe(200);
    expect((await t.http().get('/api/zones-rouges').expect(200)).body.liste).toMatchObject({ nbEpci: 55, origine: 'livre' });
  });
});
