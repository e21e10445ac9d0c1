import { ETAT_INITIAL } from '../../backend/src/import/etat-import';
import { ImportService } from '../../backend/src/import/import.service';
import { ApplicationDeTest, demarrerApplication } from '../support/application';

/**
 * The start-up import holds the database (the embedded one runs a query at a time): during it, the API answers 503 at
 * once with the progress, and the readiness probe answers from memory so that the dashboard shows the loading banner.
 */
describe('Démarrage : réponses pendant l’import des données livrées', () => {
  let t: ApplicationDeTest;
  let imports: ImportService;

  beforeAll(async () => {
    t = await demarrerApplication();
    imports = t.app.get(ImportService);
  });

  afterAll(async () => {
    await t?.fermer();
  });

  afterEach(() => jest.restoreAllMocks());

  const pendantImport = () =>
    jest
      .spyOn(imports, 'etat', 'get')
      .mockReturnValue({ ...ETAT_INITIAL, enCours: true, jeuxTotal: 12, jeuxTermines: 3, jeuEnCours: 'acces', etape: 'APL DREES', fait: 1, total: 4 });

  it('answers a data route with 503, the progress in French and Retry-After, without querying the database', async () => {
    pendantImport();
    const res = await t.http().get('/api/territoires/recherche').query({ q: 'paris' }).expect(503);
    expect(res.headers['retry-after']).toBe('5');
    expect(res.body).toMatchObject({
      statut: 503,
      code: 'DONNEES_NON_CHARGEES',
      message: 'Chargement des données ouvertes en cours (27 %, jeu 4 sur 12 : APL DREES) : réessayez dans quelques secondes.',
      chargement: { pourcentage: 27, jeuxTermines: 3, jeuxTotal: 12, etape: 'APL DREES' },
    });
    await t.http().get('/api/acces/communes').query({ indicateur: 'apl' }).expect(503);
  });

  it('keeps the readiness probe answering, from memory, with the import’s progress', async () => {
    const avant = (await t.http().get('/api/sante').expect(200)).body as { statut: string; base: { version: string } };
    pendantImport();
    const pendant = (await t.http().get('/api/sante').expect(200)).body as {
      statut: string;
      import: { enCours: boolean; jeuxTermines: number };
      base: { version: string };
    };
    expect(pendant.statut).toBe('chargement');
    expect(pendant.import).toMatchObject({ enCours: true, jeuxTermines: 3 });
    expect(pendant.base.version).toBe(avant.base.version);
  });

  it('serves the data again once the import is over', async () => {
    const res = await t.http().get('/api/territoires/recherche').query({ q: 'paris' }).expect(200);
    expect(res.body[0]).toMatchObject({ code: '75056' });
  });
});
