import { DataSource } from 'typeorm';
import { ApplicationDeTest, demarrerApplication } from '../support/application';
import { assurerCompteDeTest, effacerTentativesDeConnexion, emailDeTest, enTeteAuth, jetonPour } from '../support/auth';

const MOT_DE_PASSE_PORTEUR = 'mot-de-passe-de-test-porteur';

/** Starts an application with these environment variables set during its start-up only. */
async function demarrerAvec(env: Record<string, string>): Promise<ApplicationDeTest> {
  Object.assign(process.env, env);
  try {
    return await demarrerApplication();
  } finally {
    for (const k of Object.keys(env)) delete process.env[k];
  }
}

describe('Connexion : limitation atomique, verrouillage par autrui, sessions qui finissent (PostGIS réel)', () => {
  let t: ApplicationDeTest;
  let admin: string;
  const email = emailDeTest('porteur');
  const connexion = (app: ApplicationDeTest, motDePasse: string, ip?: string, adresse = email) => {
    const r = app.http().post('/api/auth/connexion');
    return (ip ? r.set('X-Forwarded-For', ip) : r).send({ email: adresse, motDePasse });
  };

  beforeAll(async () => {
    t = await demarrerApplication();
    admin = await jetonPour(t, 'admin');
    await assurerCompteDeTest(t.app, 'porteur');
  });
  beforeEach(() => effacerTentativesDeConnexion(t));
  afterAll(async () => {
    await effacerTentativesDeConnexion(t);
    await t.fermer();
  });

  describe('throttling under parallel attempts (count-and-verify atomic)', () => {
    it('checks only 5 of 150 simultaneous wrong passwords on one account, then refuses the right one from that IP', async () => {
      const statuts = await Promise.all(Array.from({ length: 150 }, (_, i) => connexion(t, `mauvais mot de passe ${i}`).then((r) => r.status)));
      expect(statuts.filter((s) => s === 401)).toHaveLength(5);
      expect(statuts.filter((s) => s === 429)).toHaveLength(145);
      const juste = await connexion(t, MOT_DE_PASSE_PORTEUR).expect(429);
      // 150 attempts from one IP are past the IP's limit (50) as well: the IP is refused first.
      expect(juste.body).toMatchObject({ code: 'TROP_DE_TENTATIVES', message: expect.stringMatching(/réessayez dans 15 minutes/) });
      expect(Number(juste.headers['retry-after'])).toBe(900);
    });

    it('checks only 50 of 150 simultaneous attempts on 150 accounts from one IP', async () => {
      const statuts = await Promise.all(
        Array.from({ length: 150 }, (_, i) => connexion(t, 'peu importe', undefined, `inconnu-${i}@maillage.test`).then((r) => r.status)),
      );
      expect(statuts.filter((s) => s === 401)).toHaveLength(50);
      expect(statuts.filter((s) => s === 429)).toHaveLength(100);
      const bloque = await connexion(t, MOT_DE_PASSE_PORTEUR).expect(429);
      expect(bloque.body.message).toMatch(/depuis votre adresse/);
    });
  });

  describe('lock-out by others made harder (behind a reverse proxy: MAILLAGE_TRUST_PROXY)', () => {
    let derriere: ApplicationDeTest;
    beforeAll(async () => {
      derriere = await demarrerAvec({ MAILLAGE_TRUST_PROXY: 'loopback' });
    });
    afterAll(async () => {
      await derriere.fermer();
    });

    it('locks the attacker’s IP out of the account, not the owner on another IP', async () => {
      for (let i = 0; i < 5; i++) await connexion(derriere, `essai ${i}`, '203.0.113.7').expect(401);
      await connexion(derriere, MOT_DE_PASSE_PORTEUR, '203.0.113.7').expect(429);
      await connexion(derriere, MOT_DE_PASSE_PORTEUR, '198.51.100.2').expect(200);
    });

    it('slows the account down progressively when failures come from several IPs', async () => {
      for (let i = 0; i < 5; i++) await connexion(derriere, `essai ${i}`, '203.0.113.7').expect(401);
      // The 6th failure on the account (another IP) is still checked; past it, 1 s, 2 s, 4 s… between attempts.
      await connexion(derriere, 'autre essai', '203.0.113.8').expect(401);
      // As if four more had come from elsewhere since (10 in all): the next attempt waits 2^(10 − 5 − 1) = 16 s.
      await t.app.get(DataSource).query(`UPDATE tentative_connexion SET echecs = 10, dernier = now() WHERE cle = $1`, [`compte:${email}`]);
      const ralenti = await connexion(derriere, MOT_DE_PASSE_PORTEUR, '198.51.100.2').expect(429);
      expect(ralenti.body.message).toMatch(/^Trop de tentatives récentes sur ce compte : réessayez dans 1[0-6] secondes\.$/);
      expect(Number(ralenti.headers['retry-after'])).toBeGreaterThanOrEqual(10);
    });

    it('ignores X-Forwarded-For without MAILLAGE_TRUST_PROXY: a client cannot pick a fresh address per attempt', async () => {
      for (let i = 0; i < 5; i++) await connexion(t, `essai ${i}`, `203.0.113.${i + 1}`).expect(401);
      await connexion(t, MOT_DE_PASSE_PORTEUR, '198.51.100.9').expect(429);
    });
  });

  describe('sessions end', () => {
    const moi = (jeton: string) => t.http().get('/api/auth/moi').set(enTeteAuth(jeton));
    const compte = async () => (await t.app.get(DataSource).query(`SELECT id FROM utilisateur WHERE email = $1`, [email]))[0].id as string;
    const ouvrir = async () => (await connexion(t, MOT_DE_PASSE_PORTEUR).expect(200)).body.jeton as string;
    afterEach(() => assurerCompteDeTest(t.app, 'porteur'));

    it('refuses the old token after a password change', async () => {
      const jeton = await ouvrir();
      await moi(jeton).expect(200);
      await t
        .http()
        .patch(`/api/comptes/${await compte()}`)
        .set(enTeteAuth(admin))
        .send({ motDePasse: 'un tout nouveau mot de passe' })
        .expect(200);
      await moi(jeton).expect(401);
    });

    it('does not revive old tokens when a deactivated account is reactivated', async () => {
      const jeton = await ouvrir();
      const id = await compte();
      await t.http().patch(`/api/comptes/${id}`).set(enTeteAuth(admin)).send({ actif: false }).expect(200);
      await t.http().patch(`/api/comptes/${id}`).set(enTeteAuth(admin)).send({ actif: true }).expect(200);
      await moi(jeton).expect(401);
      await moi(await ouvrir()).expect(200);
    });

    it('refuses the old token after a role change', async () => {
      const jeton = await ouvrir();
      await t
        .http()
        .patch(`/api/comptes/${await compte()}`)
        .set(enTeteAuth(admin))
        .send({ role: 'elu', territoires: [{ type: 'commune', code: '31555' }] })
        .expect(200);
      await moi(jeton).expect(401);
    });

    it('keeps tokens alive through changes that grant nothing new (name)', async () => {
      const jeton = await ouvrir();
      await t
        .http()
        .patch(`/api/comptes/${await compte()}`)
        .set(enTeteAuth(admin))
        .send({ nom: 'Porteur renommé' })
        .expect(200);
      await moi(jeton).expect(200);
    });

    it('« se déconnecter partout » ends every session of the account, and an admin can do it for an account', async () => {
      const [a, b] = [await ouvrir(), await ouvrir()];
      await t.http().post('/api/auth/deconnexion-partout').set(enTeteAuth(a)).expect(204);
      await moi(a).expect(401);
      await moi(b).expect(401);
      const c = await ouvrir();
      await t
        .http()
        .post(`/api/comptes/${await compte()}/deconnexion`)
        .set(enTeteAuth(admin))
        .expect(204);
      await moi(c).expect(401);
      await t.http().post('/api/comptes/00000000-0000-4000-8000-000000000000/deconnexion').set(enTeteAuth(admin)).expect(404);
    });
  });

  describe('password policy', () => {
    it.each(['aaaaaaaaaaaa', 'motdepasse123', 'azertyuiop123'])('refuses %j with a French reason naming the field', async (motDePasse) => {
      const res = await t.http().post('/api/comptes').set(enTeteAuth(admin)).send({ email: 'faible@maillage.test', motDePasse, role: 'porteur' }).expect(400);
      expect(res.body.details).toEqual([expect.objectContaining({ champ: 'motDePasse', message: expect.stringMatching(/^mot de passe refusé : il /) })]);
    });

    it('refuses a weak new password on a change as well', async () => {
      const res = await t
        .http()
        .patch(`/api/comptes/${(await t.app.get(DataSource).query(`SELECT id FROM utilisateur WHERE email = $1`, [email]))[0].id}`)
        .set(enTeteAuth(admin))
        .send({ motDePasse: '123456789012' })
        .expect(400);
      expect(res.body.details[0].champ).toBe('motDePasse');
    });
  });
});
