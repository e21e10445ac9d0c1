import { DataSource } from 'typeorm';
import { ApplicationDeTest, demarrerApplication } from '../support/application';
import { enTeteAuth, jetonPour } from '../support/auth';

describe('Journal d’audit (PostGIS réel)', () => {
  let t: ApplicationDeTest;
  let admin: string;
  let ars: string;

  beforeAll(async () => {
    t = await demarrerApplication();
    admin = await jetonPour(t, 'admin');
    ars = await jetonPour(t, 'ars');
    await t.app.get(DataSource).query(`DELETE FROM utilisateur WHERE email = 'audit-cible@maillage.test'`);
  });
  afterAll(async () => {
    await t.fermer();
  });

  // Accounts' and logins' entries hold personal data: administrators read them (audit-portee.int-spec.ts: ARS scope).
  const journal = (query: Record<string, string>) => t.http().get('/api/audit').query(query).set(enTeteAuth(admin)).expect(200);

  it('records who created and changed an account, with before/after and no secret', async () => {
    const cree = await t
      .http()
      .post('/api/comptes')
      .set(enTeteAuth(admin))
      .send({ email: 'audit-cible@maillage.test', motDePasse: 'un mot de passe solide', role: 'porteur' })
      .expect(201);
    await t
      .http()
      .patch(`/api/comptes/${cree.body.id}`)
      .set(enTeteAuth(admin))
      .send({ role: 'elu', territoires: [{ type: 'commune', code: '31555' }], motDePasse: 'un autre mot de passe' })
      .expect(200);

    const res = await journal({ ressource: 'compte', ressourceId: cree.body.id });
    expect(res.body.total).toBe(2);
    const [modification, creation] = res.body.entrees;
    expect(creation).toMatchObject({
      action: 'creation',
      utilisateurEmail: expect.stringMatching(/^test-admin-/),
      role: 'admin',
      methode: 'POST',
      chemin: '/api/comptes',
      avant: null,
    });
    expect(creation.apres).toMatchObject({ email: 'audit-cible@maillage.test', role: 'porteur' });
    expect(modification).toMatchObject({
      action: 'modification',
      avant: { role: 'porteur', territoires: [] },
      apres: { role: 'elu', territoires: [{ type: 'commune', code: '31555' }] },
    });
    expect(Date.parse(modification.le)).toBeGreaterThan(Date.now() - 60_000);
    expect(JSON.stringify(res.body)).not.toMatch(/un (autre )?mot de passe|argon2/);
  });

  it('records writes no service described (generic entry), e.g. logins, with the password masked', async () => {
    const avant = Date.now() - 1000;
    await t.http().post('/api/auth/connexion').send({ email: 'audit-cible@maillage.test', motDePasse: 'un autre mot de passe' }).expect(200);
    const res = await journal({ ressource: 'auth', depuis: new Date(avant).toISOString() });
    const entree = res.body.entrees.find((e: { utilisateurEmail: string }) => e.utilisateurEmail === 'audit-cible@maillage.test');
    expect(entree).toMatchObject({ action: 'POST', chemin: '/api/auth/connexion', apres: { email: 'audit-cible@maillage.test', motDePasse: '***' } });
  });

  it('records nothing for a refused write', async () => {
    const avant = await journal({ ressource: 'comptes' });
    await t.http().post('/api/comptes').set(enTeteAuth(admin)).send({ email: 'x' }).expect(400);
    const apres = await journal({ ressource: 'comptes' });
    expect(apres.body.total).toBe(avant.body.total);
  });

  it('is readable by ARS planners and admins only', async () => {
    await t.http().get('/api/audit').expect(401);
    await t
      .http()
      .get('/api/audit')
      .set(enTeteAuth(await jetonPour(t, 'elu')))
      .expect(403);
    await t
      .http()
      .get('/api/audit')
      .set(enTeteAuth(await jetonPour(t, 'porteur')))
      .expect(403);
    await t.http().get('/api/audit').set(enTeteAuth(admin)).expect(200);
  });

  it.each([
    [{ limite: '0' }, 'limite'],
    [{ depuis: 'hier' }, 'depuis'],
    [{ utilisateurId: '42' }, 'utilisateurId'],
    [{ ressource: "projet'; DROP TABLE" }, 'ressource'],
  ])('answers 400 for %j', async (query, champ) => {
    const res = await t.http().get('/api/audit').query(query).set(enTeteAuth(ars)).expect(400);
    expect(res.body.details.map((d: { champ: string }) => d.champ)).toContain(champ);
  });
});
