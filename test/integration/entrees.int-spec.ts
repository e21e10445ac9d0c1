import { CONFIGURATION_AUTH, ConfigurationAuth } from '../../backend/src/auth/configuration-auth';
import { signerJeton } from '../../backend/src/auth/jeton';
import { ApplicationDeTest, demarrerApplication } from '../support/application';
import { enTeteAuth, jetonPour } from '../support/auth';
import { verifierCorpsErreur } from '../support/corps-erreur';

/** Malformed inputs that reached a 500 or an English refusal before (issue 10, items 12 and 13). */
describe('Entrées mal formées : 400 en français, jamais 500', () => {
  let t: ApplicationDeTest;
  let admin: string;
  beforeAll(async () => {
    t = await demarrerApplication();
    admin = await jetonPour(t, 'admin');
  });
  afterAll(async () => {
    await t.fermer();
  });

  const imbrication = (n: number) => '['.repeat(n) + ']'.repeat(n);

  it('refuses a JSON body nested thousands of levels deep (400, not a stack overflow)', async () => {
    const res = await t
      .http()
      .post('/api/aides/eligibilite')
      .set('Content-Type', 'application/json')
      .send(`{"commune":${imbrication(5000)}}`)
      .expect(400);
    expect(res.body).toMatchObject({ code: 'ENTREE_INVALIDE', message: expect.stringMatching(/trop imbriqué/) });
    expect(res.body.details[0].champ).toMatch(/^commune/);
  });

  it('refuses NUL characters in the query, the body and the path, naming the field', async () => {
    const q = await t.http().get('/api/territoires/recherche?q=tou%00louse').expect(400);
    expect(q.body.details).toEqual([{ champ: 'q', message: 'caractère nul interdit' }]);
    const corps = await t
      .http()
      .post('/api/acces/selection')
      .send({ communes: ['31555\u0000'] })
      .expect(400);
    expect(corps.body.details).toEqual([{ champ: 'communes.0', message: 'caractère nul interdit' }]);
    const chemin = await t.http().get('/api/territoires/commune/31%00555').expect(400);
    expect(chemin.body.code).toBe('ENTREE_INVALIDE');
  });

  it('refuses a lone UTF-16 surrogate (validator.js threw a URIError on it)', async () => {
    const res = await t.http().post('/api/auth/connexion').set('Content-Type', 'application/json').send('{"email":"\\ud800","motDePasse":"x"}').expect(400);
    expect(res.body.details).toEqual([{ champ: 'email', message: 'caractère Unicode incomplet' }]);
  });

  it('refuses ids past 2³¹ − 1 and non-UUIDs naming the parameter', async () => {
    const entier = await t.http().get('/api/structures/2147483648').expect(400);
    expect(entier.body.details).toEqual([expect.objectContaining({ champ: 'id', message: 'id doit être un entier entre 1 et 2147483647' })]);
    const uuid = await t.http().get('/api/projets/pas-un-uuid').set(enTeteAuth(admin)).expect(400);
    expect(uuid.body.details).toEqual([expect.objectContaining({ champ: 'id', message: 'id doit être un UUID' })]);
    const version = await t.http().get('/api/zonages/diff?from=2147483648&to=2026-06-01').expect(400);
    expect(version.body.details[0].champ).toBe('from');
  });

  it('names an unexpected field in French', async () => {
    const res = await t.http().post('/api/auth/connexion').send({ email: 'a@b.fr', motDePasse: 'x', role: 'admin' }).expect(400);
    expect(res.body.details).toContainEqual({ champ: 'role', message: 'role n’est pas un champ attendu' });
    expect(verifierCorpsErreur(res)).toBeNull();
  });

  it('answers 401 (not 500) to a validly signed token whose subject is not an account id', async () => {
    const { secretJeton } = t.app.get<ConfigurationAuth>(CONFIGURATION_AUTH);
    const { jeton } = signerJeton({ id: 'pas-un-uuid', role: 'admin', versionSession: 1 }, secretJeton, 600);
    await t.http().get('/api/comptes').set(enTeteAuth(jeton)).expect(401);
    await t.http().get('/api/territoires/commune/31555').set(enTeteAuth(jeton)).expect(200);
  });

  it('answers a refusal on a CSV route as JSON shown in place (no download name)', async () => {
    const res = await t.http().get('/api/projets/export.csv?etape=inconnue').set(enTeteAuth(admin)).expect(400);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.headers['content-disposition']).toBeUndefined();
    expect(res.body.details[0].champ).toBe('etape');
  });

  it('answers request headers over 16 KB with a French 431', async () => {
    const res = await t.http().get('/api/territoires/commune/31555').set('X-Long', 'x'.repeat(20_000)).expect(431);
    expect(res.body).toEqual({ statut: 431, code: 'ERREUR_HTTP', message: 'En-têtes de la requête trop volumineux.', details: [] });
  });

  it.each([
    ['unsupported charset', { 'Content-Type': 'application/json; charset=klingon' }, '{}', 415],
    ['unsupported encoding', { 'Content-Type': 'application/json', 'Content-Encoding': 'zip' }, '{}', 415],
    ['malformed multipart', { 'Content-Type': 'multipart/form-data' }, 'x', 400],
  ])('words body-parser and multer refusals in French: %s', async (_, entetes, corps, statut) => {
    const res = await t.http().post('/api/structures/finess').set(enTeteAuth(admin)).set(entetes).send(corps);
    expect(res.status).toBe(statut);
    expect(verifierCorpsErreur(res)).toBeNull();
  });
});
