import { DataSource } from 'typeorm';
import { ApplicationDeTest, demarrerApplication } from '../support/application';
import { enTeteAuth, jetonPour } from '../support/auth';
import { FournisseurOidc, demarrerFournisseurOidc, portLibre, traverserFournisseur } from '../support/fournisseur-oidc';

/**
 * ProConnect login end to end, against a real OpenID Connect provider started here (oidc-provider, in its own
 * process): authorization code + PKCE, state, nonce, ID token signed RS256 and checked by openid-client.
 */
describe('Connexion ProConnect (OpenID Connect, fournisseur local réel)', () => {
  let fournisseur: FournisseurOidc;
  let t: ApplicationDeTest;
  let base: DataSource;
  let admin: string;
  const suffixe = Date.now();

  beforeAll(async () => {
    fournisseur = await demarrerFournisseurOidc();
    const port = await portLibre();
    const env = {
      MAILLAGE_OIDC_ISSUER: fournisseur.issuer,
      MAILLAGE_OIDC_CLIENT_ID: fournisseur.clientId,
      MAILLAGE_OIDC_CLIENT_SECRET: fournisseur.clientSecret,
      MAILLAGE_OIDC_REDIRECT_URI: `http://127.0.0.1:${port}/api/auth/oidc/retour`,
    };
    Object.assign(process.env, env);
    try {
      t = await demarrerApplication({ port });
    } finally {
      for (const k of Object.keys(env)) delete process.env[k];
    }
    base = t.app.get(DataSource);
    admin = await jetonPour(t, 'admin');
  }, 60_000);
  afterAll(async () => {
    await base.query(`DELETE FROM demande_acces WHERE email LIKE $1`, [`%-${suffixe}@%`]);
    await base.query(`DELETE FROM utilisateur WHERE email LIKE $1`, [`%-${suffixe}@%`]);
    await t?.fermer();
    await fournisseur?.arreter();
  });

  /** Click « Se connecter avec ProConnect », log in at the provider, come back: where the dashboard is sent. */
  async function parcours(login: string, alterer?: (retour: URL, cookie: string) => { retour: URL; cookie: string }) {
    const depart = await t.http().get('/api/auth/oidc/connexion').expect(302);
    const autorisation = new URL(depart.headers.location);
    const cookie = (depart.headers['set-cookie'] as unknown as string[]).find((c) => c.startsWith('maillage_oidc='))!.split(';')[0];
    let retour = new URL(await traverserFournisseur(autorisation.href, login));
    let jar = cookie;
    if (alterer) ({ retour, cookie: jar } = alterer(retour, cookie));
    const fin = await t
      .http()
      .get(retour.pathname + retour.search)
      .set('Cookie', jar)
      .expect(302);
    return { autorisation, destination: fin.headers.location, cookieEfface: String(fin.headers['set-cookie']) };
  }
  const fragment = (destination: string) => new URLSearchParams(destination.split('#')[1]);

  it('describes the active configuration and sends the browser to the provider with PKCE (S256), state and nonce', async () => {
    expect((await t.http().get('/api/auth/oidc').expect(200)).body).toMatchObject({
      active: true,
      issuer: fournisseur.issuer,
      connexion: '/api/auth/oidc/connexion',
    });
    const depart = await t.http().get('/api/auth/oidc/connexion').expect(302);
    const url = new URL(depart.headers.location);
    expect(url.origin).toBe(fournisseur.issuer);
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      response_type: 'code',
      client_id: fournisseur.clientId,
      code_challenge_method: 'S256',
      scope: 'openid email given_name usual_name siret',
    });
    for (const p of ['code_challenge', 'state', 'nonce']) expect(url.searchParams.get(p)).toMatch(/^[\w-]{40,}$/);
    expect(String(depart.headers['set-cookie'])).toMatch(/maillage_oidc=[^;]+; Max-Age=600; Path=\/api\/auth\/oidc; Expires=[^;]+; HttpOnly; SameSite=Lax/);
  });

  it('logs in the account an administrator created for this e-mail, links it to the ProConnect subject, keeps its role', async () => {
    const email = `agent-ars-${suffixe}@ars.sante.fr`;
    await t
      .http()
      .post('/api/comptes')
      .set(enTeteAuth(admin))
      .send({ email, role: 'ars', territoires: [{ type: 'region', code: '76' }] })
      .expect(201);
    const { destination, cookieEfface } = await parcours(email);
    expect(destination).toMatch(/^\/connexion\/proconnect#jeton=/);
    expect(cookieEfface).toMatch(/maillage_oidc=;/);
    const jeton = fragment(destination).get('jeton')!;
    const moi = await t.http().get('/api/auth/moi').set(enTeteAuth(jeton)).expect(200);
    expect(moi.body).toMatchObject({ email, role: 'ars', territoires: [{ type: 'region', code: '76' }] });
    const [ligne] = await base.query(`SELECT oidc_sujet FROM utilisateur WHERE email = $1`, [email]);
    expect(ligne.oidc_sujet).toBe(email);
    // Next time, found by its subject.
    expect((await parcours(email)).destination).toMatch(/#jeton=/);
  });

  it('opens no session for someone without an account: files an access request an administrator approves with a role', async () => {
    const email = `nouvel-agent-${suffixe}@collectivite.fr`;
    const { destination } = await parcours(email);
    expect(destination).toBe('/connexion/proconnect#attente');
    const demandes = (await t.http().get('/api/demandes-acces').set(enTeteAuth(admin)).expect(200)).body as { id: string; email: string }[];
    const demande = demandes.find((d) => d.email === email)!;
    expect(demande).toMatchObject({ nom: expect.stringMatching(/^Nouvel Agent/), organisation: 'SIRET 13002526500013', proConnect: true });
    const approbation = await t
      .http()
      .post(`/api/demandes-acces/${demande.id}/approbation`)
      .set(enTeteAuth(admin))
      .send({ role: 'elu', territoires: [{ type: 'commune', code: '31555' }] })
      .expect(200);
    expect(approbation.body.lienMotDePasse).toBeNull();
    const apres = await parcours(email);
    const moi = await t
      .http()
      .get('/api/auth/moi')
      .set(enTeteAuth(fragment(apres.destination).get('jeton')!))
      .expect(200);
    expect(moi.body).toMatchObject({ email, role: 'elu' });
  });

  it('refuses a deactivated account', async () => {
    const email = `desactive-${suffixe}@ars.sante.fr`;
    const cree = await t.http().post('/api/comptes').set(enTeteAuth(admin)).send({ email, role: 'porteur' }).expect(201);
    await t.http().patch(`/api/comptes/${cree.body.id}`).set(enTeteAuth(admin)).send({ actif: false }).expect(200);
    expect((await parcours(email)).destination).toBe('/connexion/proconnect#erreur=desactive');
  });

  it('refuses a return whose state does not match, one without the browser’s sealed state, a forged state and a replayed code', async () => {
    const email = `securite-${suffixe}@ars.sante.fr`;
    await t.http().post('/api/comptes').set(enTeteAuth(admin)).send({ email, role: 'porteur' }).expect(201);
    const autreEtat = await parcours(email, (retour, cookie) => {
      retour.searchParams.set('state', 'un-autre-etat-que-celui-de-la-demande-xxxxxxxxxxx');
      return { retour, cookie };
    });
    expect(autreEtat.destination).toBe('/connexion/proconnect#erreur=refus');
    const sansCookie = await parcours(email, (retour) => ({ retour, cookie: 'autre=1' }));
    expect(sansCookie.destination).toBe('/connexion/proconnect#erreur=etat');
    const falsifie = await parcours(email, (retour, cookie) => ({ retour, cookie: cookie.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')) }));
    expect(falsifie.destination).toBe('/connexion/proconnect#erreur=etat');

    let rejeu: { retour: URL; cookie: string } | null = null;
    const premier = await parcours(email, (retour, cookie) => (rejeu = { retour, cookie }));
    expect(premier.destination).toMatch(/#jeton=/);
    const { retour, cookie } = rejeu!;
    const second = await t
      .http()
      .get(retour.pathname + retour.search)
      .set('Cookie', cookie)
      .expect(302);
    expect(second.headers.location).toBe('/connexion/proconnect#erreur=refus');
  });
});
