import { DataSource } from 'typeorm';
import { PorteeService } from '../../backend/src/auth/portee.service';
import { UtilisateurConnecte } from '../../backend/src/common/auth/role';
import { ApplicationDeTest, demarrerApplication } from '../support/application';
import { assurerCompteDeTest, effacerTentativesDeConnexion, emailDeTest, enTeteAuth, jetonPour } from '../support/auth';

const ADMIN_AMORCE = { email: 'admin-amorce@maillage.test', motDePasse: 'un mot de passe d’amorce assez long' };

describe('Comptes, connexion et rôles (PostGIS réel)', () => {
  let t: ApplicationDeTest;
  let base: DataSource;
  const effacerEchecs = () => effacerTentativesDeConnexion(t);

  beforeAll(async () => {
    process.env.MAILLAGE_ADMIN_EMAIL = ADMIN_AMORCE.email;
    process.env.MAILLAGE_ADMIN_MOT_DE_PASSE = ADMIN_AMORCE.motDePasse;
    try {
      t = await demarrerApplication();
    } finally {
      delete process.env.MAILLAGE_ADMIN_EMAIL;
      delete process.env.MAILLAGE_ADMIN_MOT_DE_PASSE;
    }
    base = t.app.get(DataSource);
    await effacerEchecs();
  });
  afterAll(async () => {
    await effacerEchecs();
    await t.fermer();
  });

  describe('POST /api/auth/connexion', () => {
    it('logs the bootstrap administrator in and returns an expiring bearer token', async () => {
      const res = await t.http().post('/api/auth/connexion').send(ADMIN_AMORCE).expect(200);
      expect(res.body).toMatchObject({ type: 'Bearer', utilisateur: { email: ADMIN_AMORCE.email, role: 'admin' } });
      const duree = Date.parse(res.body.expireLe) - Date.now();
      expect(duree).toBeGreaterThan(7.9 * 3600_000);
      expect(duree).toBeLessThanOrEqual(8 * 3600_000);
      const moi = await t.http().get('/api/auth/moi').set(enTeteAuth(res.body.jeton)).expect(200);
      expect(moi.body).toMatchObject({ email: ADMIN_AMORCE.email, role: 'admin', territoires: [] });
    });

    it('stores argon2id hashes, never the password', async () => {
      const [ligne] = await base.query(`SELECT mot_de_passe_hash FROM utilisateur WHERE email = $1`, [ADMIN_AMORCE.email]);
      expect(ligne.mot_de_passe_hash).toMatch(/^\$argon2id\$v=19\$/);
      expect(ligne.mot_de_passe_hash).not.toContain(ADMIN_AMORCE.motDePasse);
    });

    it('answers the same 401 for a wrong password and an unknown account', async () => {
      const faux = await t
        .http()
        .post('/api/auth/connexion')
        .send({ ...ADMIN_AMORCE, motDePasse: 'pas le bon mot de passe' })
        .expect(401);
      const inconnu = await t.http().post('/api/auth/connexion').send({ email: 'personne@maillage.test', motDePasse: 'peu importe' }).expect(401);
      expect(faux.body).toMatchObject({ statut: 401, code: 'NON_AUTHENTIFIE' });
      expect(inconnu.body.message).toBe(faux.body.message);
      await effacerEchecs();
    });

    it('locks an account for the window after 5 failures, even with the right password then', async () => {
      await assurerCompteDeTest(t.app, 'porteur');
      const email = emailDeTest('porteur');
      for (let i = 0; i < 5; i++) {
        await t
          .http()
          .post('/api/auth/connexion')
          .send({ email, motDePasse: `mauvais ${i}` })
          .expect(401);
      }
      const bloque = await t.http().post('/api/auth/connexion').send({ email, motDePasse: 'mot-de-passe-de-test-porteur' }).expect(429);
      expect(bloque.body).toMatchObject({ statut: 429, code: 'TROP_DE_TENTATIVES' });
      // Other accounts from the same IP are not locked by this one.
      await t.http().post('/api/auth/connexion').send(ADMIN_AMORCE).expect(200);
      await effacerEchecs();
      await t.http().post('/api/auth/connexion').send({ email, motDePasse: 'mot-de-passe-de-test-porteur' }).expect(200);
    });

    it.each([
      [{ email: 'pas-une-adresse', motDePasse: 'x' }, 'email'],
      [{ email: 'a@b.fr' }, 'motDePasse'],
      [{ email: 'a@b.fr', motDePasse: 'x', role: 'admin' }, 'role'],
    ])('answers 400 naming the field for %j', async (corps, champ) => {
      const res = await t.http().post('/api/auth/connexion').send(corps).expect(400);
      expect(res.body.details.map((d: { champ: string }) => d.champ)).toContain(champ);
    });
  });

  describe('global guard', () => {
    it('answers 401 without a token, with a forged one and with a malformed header', async () => {
      await t.http().get('/api/comptes').expect(401);
      const jeton = await jetonPour(t, 'admin');
      const [h, p] = jeton.split('.');
      await t
        .http()
        .get('/api/comptes')
        .set(enTeteAuth(`${h}.${p}.signaturefausse`))
        .expect(401);
      await t.http().get('/api/comptes').set('Authorization', jeton).expect(401);
    });

    it('answers 403 to other roles and 200 to the administrator', async () => {
      for (const role of ['elu', 'porteur', 'ars'] as const) {
        const res = await t
          .http()
          .get('/api/comptes')
          .set(enTeteAuth(await jetonPour(t, role)))
          .expect(403);
        expect(res.body.code).toBe('INTERDIT');
      }
      const res = await t
        .http()
        .get('/api/comptes')
        .set(enTeteAuth(await jetonPour(t, 'admin')))
        .expect(200);
      expect(res.body.map((c: { email: string }) => c.email)).toContain(emailDeTest('ars'));
      expect(JSON.stringify(res.body)).not.toContain('argon2');
    });

    it('keeps public routes public, with or without a token', async () => {
      await t.http().get('/api/territoires/commune/31555').expect(200);
      await t.http().get('/api/territoires/commune/31555').set(enTeteAuth('a.b.c')).expect(200);
    });
  });

  describe('accounts administration', () => {
    let admin: string;
    beforeAll(async () => {
      admin = await jetonPour(t, 'admin');
      await base.query(`DELETE FROM utilisateur WHERE email LIKE 'cree-par-admin-%@maillage.test'`);
    });

    it('creates an élu with territories, refuses a duplicate (409)', async () => {
      const corps = {
        email: 'Cree-Par-Admin-elu@maillage.test',
        motDePasse: 'un mot de passe solide',
        role: 'elu',
        territoires: [{ type: 'epci', code: '243100518' }],
      };
      const res = await t.http().post('/api/comptes').set(enTeteAuth(admin)).send(corps).expect(201);
      expect(res.body).toMatchObject({ email: 'cree-par-admin-elu@maillage.test', role: 'elu', actif: true, territoires: corps.territoires });
      const doublon = await t.http().post('/api/comptes').set(enTeteAuth(admin)).send(corps).expect(409);
      expect(doublon.body.details[0].champ).toBe('email');
    });

    it.each([
      [{ role: 'ars', territoires: [{ type: 'commune', code: '31555' }] }, 'territoires'],
      [{ role: 'elu', territoires: [] }, 'territoires'],
      [{ role: 'elu', territoires: [{ type: 'commune', code: '99999' }] }, 'territoires'],
      [{ role: 'admin', territoires: [{ type: 'region', code: '76' }] }, 'territoires'],
      [{ role: 'superviseur' }, 'role'],
      [{ role: 'porteur', motDePasse: 'court' }, 'motDePasse'],
    ])('refuses an inconsistent account %j', async (extra, champ) => {
      const res = await t
        .http()
        .post('/api/comptes')
        .set(enTeteAuth(admin))
        .send({ email: 'cree-par-admin-x@maillage.test', motDePasse: 'un mot de passe solide', ...extra })
        .expect(400);
      expect(res.body.details.map((d: { champ: string }) => d.champ)).toContain(champ);
    });

    it('deactivating an account refuses its live token and its logins at once', async () => {
      const corps = { email: 'cree-par-admin-porteur@maillage.test', motDePasse: 'un mot de passe solide', role: 'porteur' };
      const cree = await t.http().post('/api/comptes').set(enTeteAuth(admin)).send(corps).expect(201);
      const identifiants = { email: corps.email, motDePasse: corps.motDePasse };
      const { body } = await t.http().post('/api/auth/connexion').send(identifiants).expect(200);
      await t.http().get('/api/auth/moi').set(enTeteAuth(body.jeton)).expect(200);
      await t.http().patch(`/api/comptes/${cree.body.id}`).set(enTeteAuth(admin)).send({ actif: false }).expect(200);
      await t.http().get('/api/auth/moi').set(enTeteAuth(body.jeton)).expect(401);
      await t.http().post('/api/auth/connexion').send(identifiants).expect(401);
      await t.http().patch('/api/comptes/pas-un-uuid').set(enTeteAuth(admin)).send({ actif: false }).expect(400);
      await effacerEchecs();
    });
  });

  describe('territorial scope (PorteeService)', () => {
    const ars76: UtilisateurConnecte = { id: 'x', email: 'x', role: 'ars', territoires: [{ type: 'region', code: '76' }] };
    const eluToulouse: UtilisateurConnecte = { id: 'y', email: 'y', role: 'elu', territoires: [{ type: 'commune', code: '31555' }] };
    const eluMetropole: UtilisateurConnecte = { id: 'z', email: 'z', role: 'elu', territoires: [{ type: 'epci', code: '243100518' }] };

    it.each([
      [ars76, 'commune', '31555', true],
      [ars76, 'departement', '31', true],
      [ars76, 'region', '76', true],
      [ars76, 'epci', '243100518', true],
      [ars76, 'commune', '42218', false],
      [ars76, 'region', '84', false],
      [eluToulouse, 'commune', '31555', true],
      [eluToulouse, 'epci', '243100518', false],
      [eluToulouse, 'commune', '31069', false],
      [eluMetropole, 'commune', '31069', true],
      [eluMetropole, 'departement', '31', false],
    ])('%# %s → %s %s in scope: %s', async (u, type, code, attendu) => {
      await expect(t.app.get(PorteeService).estDansPortee(u, { type, code })).resolves.toBe(attendu);
    });

    it('throws INTERDIT out of scope and INTROUVABLE for an unknown commune', async () => {
      const portee = t.app.get(PorteeService);
      await expect(portee.verifierPortee(ars76, { type: 'commune', code: '42218' })).rejects.toMatchObject({ code: 'INTERDIT' });
      await expect(portee.verifierPortee(ars76, { type: 'commune', code: '99999' })).rejects.toMatchObject({ code: 'INTROUVABLE' });
      await expect(portee.verifierPortee({ ...ars76, role: 'admin', territoires: [] }, { type: 'commune', code: '42218' })).resolves.toBeUndefined();
    });
  });

  it('describes ProConnect as inactive without configuration, and refuses to start its login', async () => {
    const res = await t.http().get('/api/auth/oidc').expect(200);
    expect(res.body).toMatchObject({ active: false, issuer: null, connexion: null });
    await t.http().get('/api/auth/oidc/connexion').expect(404);
  });
});
