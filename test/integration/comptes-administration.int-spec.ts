import { DataSource } from 'typeorm';
import { ApplicationDeTest, demarrerApplication } from '../support/application';
import { effacerTentativesDeConnexion, enTeteAuth, jetonPour } from '../support/auth';

const secretDu = (lien: string) => new URLSearchParams(lien.split('#')[1]).get('jeton')!;

describe('Administration des comptes : liens à usage unique, demandes d’accès (PostGIS réel)', () => {
  let t: ApplicationDeTest;
  let base: DataSource;
  let admin: string;
  const suffixe = Date.now();

  beforeAll(async () => {
    t = await demarrerApplication();
    base = t.app.get(DataSource);
    admin = await jetonPour(t, 'admin');
  });
  afterAll(async () => {
    await base.query(`DELETE FROM demande_acces WHERE email LIKE $1`, [`%-${suffixe}@maillage.test`]);
    await base.query(`DELETE FROM utilisateur WHERE email LIKE $1`, [`%-${suffixe}@maillage.test`]);
    await effacerTentativesDeConnexion(t);
    await t.fermer();
  });

  describe('one-time password links', () => {
    it('creates an account without a password and gives the admin a one-time link; only its hash is stored', async () => {
      const email = `sans-mdp-${suffixe}@maillage.test`;
      const cree = await t.http().post('/api/comptes').set(enTeteAuth(admin)).send({ email, role: 'porteur' }).expect(201);
      expect(cree.body).toMatchObject({ email, motDePasseDefini: false, lienMotDePasse: { lien: expect.stringMatching(/^\/mot-de-passe#jeton=[\w-]{43}$/) } });
      const secret = secretDu(cree.body.lienMotDePasse.lien);
      const [ligne] = await base.query(`SELECT empreinte FROM lien_mot_de_passe WHERE utilisateur_id = $1`, [cree.body.id]);
      expect(ligne.empreinte).toMatch(/^[0-9a-f]{64}$/);
      expect(ligne.empreinte).not.toContain(secret);
      await t.http().post('/api/auth/connexion').send({ email, motDePasse: 'quelque chose de long' }).expect(401);

      const faible = await t.http().post('/api/auth/mot-de-passe').send({ jeton: secret, motDePasse: 'aaaaaaaaaaaa' }).expect(400);
      expect(faible.body.details[0].champ).toBe('motDePasse');
      const ouvert = await t.http().post('/api/auth/mot-de-passe').send({ jeton: secret, motDePasse: 'une phrase de passe solide' }).expect(200);
      await t.http().get('/api/auth/moi').set(enTeteAuth(ouvert.body.jeton)).expect(200);
      await t.http().post('/api/auth/connexion').send({ email, motDePasse: 'une phrase de passe solide' }).expect(200);
      const encore = await t.http().post('/api/auth/mot-de-passe').send({ jeton: secret, motDePasse: 'une autre phrase solide' }).expect(404);
      expect(encore.body.message).toMatch(/déjà servi, il a expiré ou un lien plus récent/);
    });

    it('a new link replaces the previous one, and setting the password ends the other sessions', async () => {
      const email = `reinit-${suffixe}@maillage.test`;
      const cree = await t
        .http()
        .post('/api/comptes')
        .set(enTeteAuth(admin))
        .send({ email, role: 'porteur', motDePasse: 'une phrase de passe initiale' })
        .expect(201);
      expect(cree.body.lienMotDePasse).toBeNull();
      const session = (await t.http().post('/api/auth/connexion').send({ email, motDePasse: 'une phrase de passe initiale' }).expect(200)).body.jeton;
      const premier = (await t.http().post(`/api/comptes/${cree.body.id}/lien-mot-de-passe`).set(enTeteAuth(admin)).expect(201)).body;
      const second = (await t.http().post(`/api/comptes/${cree.body.id}/lien-mot-de-passe`).set(enTeteAuth(admin)).expect(201)).body;
      await t
        .http()
        .post('/api/auth/mot-de-passe')
        .send({ jeton: secretDu(premier.lien), motDePasse: 'une phrase de passe neuve' })
        .expect(404);
      await t
        .http()
        .post('/api/auth/mot-de-passe')
        .send({ jeton: secretDu(second.lien), motDePasse: 'une phrase de passe neuve' })
        .expect(200);
      await t.http().get('/api/auth/moi').set(enTeteAuth(session)).expect(401);
      expect(Date.parse(second.expireLe) - Date.now()).toBeGreaterThan(71 * 3600_000);
    });

    it('refuses malformed link secrets (400) and unknown ones (404)', async () => {
      await t.http().post('/api/auth/mot-de-passe').send({ jeton: "x' OR 1=1", motDePasse: 'une phrase de passe solide' }).expect(400);
      await t
        .http()
        .post('/api/auth/mot-de-passe')
        .send({ jeton: 'A'.repeat(43), motDePasse: 'une phrase de passe solide' })
        .expect(404);
    });
  });

  describe('access requests', () => {
    const email = `nouvelle-${suffixe}@maillage.test`;
    const demande = {
      email,
      nom: 'Camille Nouvelle',
      organisation: 'Mairie de Figeac',
      roleSouhaite: 'elu',
      territoires: [{ type: 'commune', code: '46102' }],
      motif: 'Suivre la MSP',
    };

    it('takes a request from anyone, one pending per e-mail, and says the same for an e-mail that has an account', async () => {
      expect((await t.http().post('/api/demandes-acces').send(demande).expect(202)).body).toEqual({ recue: true });
      await t
        .http()
        .post('/api/demandes-acces')
        .send({ ...demande, motif: 'Suivre la MSP et la CPTS' })
        .expect(202);
      const [{ n }] = await base.query(`SELECT count(*)::int AS n FROM demande_acces WHERE email = $1`, [email]);
      expect(n).toBe(1);
      const existant = await t
        .http()
        .post('/api/demandes-acces')
        .send({ ...demande, email: `reinit-${suffixe}@maillage.test` })
        .expect(202);
      expect(existant.body).toEqual({ recue: true });
      const [{ m }] = await base.query(`SELECT count(*)::int AS m FROM demande_acces WHERE email = $1`, [`reinit-${suffixe}@maillage.test`]);
      expect(m).toBe(0);
    });

    it('lets an administrator approve it with a role and territories: the account exists, with a link to set its password', async () => {
      await t
        .http()
        .get('/api/demandes-acces')
        .set(enTeteAuth(await jetonPour(t, 'ars')))
        .expect(403);
      const liste = (await t.http().get('/api/demandes-acces').set(enTeteAuth(admin)).expect(200)).body as { id: string; email: string; motif: string }[];
      const enAttente = liste.find((d) => d.email === email)!;
      expect(enAttente).toMatchObject({ nom: 'Camille Nouvelle', motif: 'Suivre la MSP et la CPTS', statut: 'en_attente', proConnect: false });
      const approuvee = await t
        .http()
        .post(`/api/demandes-acces/${enAttente.id}/approbation`)
        .set(enTeteAuth(admin))
        .send({ role: 'elu', territoires: [{ type: 'commune', code: '46102' }] })
        .expect(200);
      expect(approuvee.body).toMatchObject({
        demande: { statut: 'approuvee' },
        compte: { email, role: 'elu', territoires: [{ type: 'commune', code: '46102' }] },
        lienMotDePasse: { lien: expect.stringMatching(/^\/mot-de-passe#jeton=/) },
      });
      await t.http().post(`/api/demandes-acces/${enAttente.id}/approbation`).set(enTeteAuth(admin)).send({ role: 'elu' }).expect(409);
      const ouvert = await t
        .http()
        .post('/api/auth/mot-de-passe')
        .send({ jeton: secretDu(approuvee.body.lienMotDePasse.lien), motDePasse: 'la phrase de Camille à Figeac' })
        .expect(200);
      expect(ouvert.body.utilisateur).toMatchObject({ email, role: 'elu' });
    });

    it('lets an administrator refuse one', async () => {
      await t
        .http()
        .post('/api/demandes-acces')
        .send({ ...demande, email: `refusee-${suffixe}@maillage.test` })
        .expect(202);
      const [{ id }] = await base.query(`SELECT id FROM demande_acces WHERE email = $1`, [`refusee-${suffixe}@maillage.test`]);
      const refus = await t.http().post(`/api/demandes-acces/${id}/refus`).set(enTeteAuth(admin)).expect(200);
      expect(refus.body.statut).toBe('refusee');
      const [{ n }] = await base.query(`SELECT count(*)::int AS n FROM utilisateur WHERE email = $1`, [`refusee-${suffixe}@maillage.test`]);
      expect(n).toBe(0);
    });
  });
});
