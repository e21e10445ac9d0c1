import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { DOSSIER_CAPTURES, attendreQue, lancerNavigateur, urlApplication } from '../support/navigateur';

async function api<T>(chemin: string, options: { methode?: string; jeton?: string; corps?: unknown } = {}): Promise<T> {
  const reponse = await fetch(`${urlApplication()}${chemin}`, {
    method: options.methode ?? 'GET',
    headers: { 'Content-Type': 'application/json', ...(options.jeton ? { Authorization: `Bearer ${options.jeton}` } : {}) },
    body: options.corps === undefined ? undefined : JSON.stringify(options.corps),
  });
  if (!reponse.ok) throw new Error(`${options.methode ?? 'GET'} ${chemin} : ${reponse.status} ${await reponse.text()}`);
  return (reponse.status === 204 ? undefined : await reponse.json()) as T;
}

/**
 * Accounts as people use them: the administrator's « Comptes » screen (create without a password → one-time link,
 * access requests approved with a role), the newcomer's request form, the password page behind the link,
 * « Se déconnecter partout », and ProConnect login through the local OpenID Connect provider that scripts/test.mjs
 * starts (oidc-provider's own login and consent pages).
 */
describe('Comptes : administration, demande d’accès, lien de mot de passe, ProConnect', () => {
  let navigateur: Browser;
  let contexte: BrowserContext;
  let page: Page;
  let jetonAdmin: string;
  const erreursConsole: string[] = [];
  const suffixe = Date.now().toString(36);
  const admin = { email: process.env.MAILLAGE_ADMIN_EMAIL!, motDePasse: process.env.MAILLAGE_ADMIN_MOT_DE_PASSE! };

  beforeAll(async () => {
    mkdirSync(DOSSIER_CAPTURES, { recursive: true });
    if (!admin.email || !admin.motDePasse) throw new Error('MAILLAGE_ADMIN_EMAIL / MAILLAGE_ADMIN_MOT_DE_PASSE absents : lancez les tests avec « npm test ».');
    jetonAdmin = (await api<{ jeton: string }>('/api/auth/connexion', { methode: 'POST', corps: admin })).jeton;
    navigateur = await lancerNavigateur();
    contexte = await nouveauContexte();
    page = await contexte.newPage();
    page.on(
      'console',
      (m) => m.type() === 'error' && ceTableauDeBord(m.location().url) && !/status of (401|400|404)/.test(m.text()) && erreursConsole.push(m.text()),
    );
    page.on('pageerror', (e) => erreursConsole.push(e.message));
  });
  afterAll(async () => {
    await navigateur?.close();
  });

  /**
   * A browser context that reaches this machine only: the provider's development pages link web fonts from the
   * internet, which must not be fetched (no network here, and none wanted).
   */
  async function nouveauContexte(): Promise<BrowserContext> {
    const c = await navigateur.newContext({ viewport: { width: 1400, height: 900 }, locale: 'fr-FR', reducedMotion: 'reduce' });
    await c.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
    return c;
  }
  const ceTableauDeBord = (url: string) => url.startsWith(urlApplication());
  const entete = () => page.getByRole('banner');
  async function seConnecter(compte: { email: string; motDePasse: string }): Promise<void> {
    await entete().getByRole('button', { name: 'Se connecter' }).click();
    const modale = page.getByRole('dialog', { name: 'Se connecter à Maillage' });
    await modale.getByLabel(/Adresse électronique/).fill(compte.email);
    await modale.getByLabel('Mot de passe', { exact: true }).fill(compte.motDePasse);
    await modale.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByTestId('compte-connecte').waitFor({ timeout: 10_000 });
  }
  const seDeconnecter = () => entete().getByRole('button', { name: 'Se déconnecter', exact: true }).click();

  it('a newcomer asks for access; the administrator approves it with a role on the « Comptes » screen and gets a one-time link', async () => {
    const email = `nouvelle-${suffixe}@e2e.maillage.test`;
    await page.goto(urlApplication(), { waitUntil: 'domcontentloaded' });
    await entete().getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('dialog', { name: 'Se connecter à Maillage' }).getByRole('link', { name: 'Demander un accès' }).click();
    await page.getByRole('heading', { name: 'Demander un accès' }).waitFor({ timeout: 10_000 });
    await page.getByLabel('Adresse électronique professionnelle').fill(email);
    await page.getByLabel('Prénom et nom').fill('Camille Nouvelle');
    await page.getByLabel(/Organisation/).fill('Mairie de Figeac');
    await page.getByLabel('Vous êtes').selectOption('elu');
    await page.getByLabel(/Territoires pour lesquels vous agissez/).fill('commune:46102');
    await page.getByLabel('Pourquoi cet accès ?').fill('Suivre le projet de maison de santé');
    await page.getByRole('button', { name: 'Envoyer la demande' }).click();
    await page.locator('[data-testid="demande-envoyee"], [data-testid="demande-erreur"]').first().waitFor({ timeout: 10_000 });
    await expect(page.getByTestId('demande-erreur').allTextContents()).resolves.toEqual([]);

    await page.goto(urlApplication(), { waitUntil: 'domcontentloaded' });
    await seConnecter(admin);
    await entete().getByRole('link', { name: 'Comptes' }).click();
    const ligne = page.getByTestId('demandes-acces').locator(`tr[data-email="${email}"]`);
    await ligne.waitFor({ timeout: 10_000 });
    await expect(ligne.textContent()).resolves.toMatch(/Camille Nouvelle.*Mairie de Figeac.*Élu ou collectivité.*Suivre le projet/s);
    await ligne.getByRole('button', { name: 'Approuver' }).click();
    const lien = page.getByTestId('lien-mot-de-passe');
    await lien.waitFor({ timeout: 10_000 });
    await expect(lien.textContent()).resolves.toContain(`Lien à usage unique pour ${email}`);
    await expect(page.getByTestId('comptes').locator(`tr[data-email="${email}"]`).textContent()).resolves.toMatch(/Mot de passe à définir/);
    await page.screenshot({ path: path.join(DOSSIER_CAPTURES, 'comptes-demande-approuvee.png'), fullPage: true });
    await seDeconnecter();
  });

  it('the administrator creates an account without a password; the person sets one through the link (a weak one is refused in French)', async () => {
    const email = `porteuse-${suffixe}@e2e.maillage.test`;
    await page.goto(urlApplication(), { waitUntil: 'domcontentloaded' });
    await seConnecter(admin);
    await entete().getByRole('link', { name: 'Comptes' }).click();
    await page.getByLabel('Adresse électronique').fill(email);
    await page.getByLabel('Nom', { exact: true }).fill('Dominique Porteuse');
    await page.getByLabel('Rôle', { exact: true }).selectOption('porteur');
    await page.getByRole('button', { name: 'Créer le compte' }).click();
    const url = (await page.getByTestId('lien-mot-de-passe-url').textContent({ timeout: 10_000 }))!.trim();
    expect(url).toMatch(new RegExp(`^${urlApplication().replace(/[.]/g, '\\.')}/mot-de-passe#jeton=[\\w-]{43}$`));
    await seDeconnecter();

    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await page.getByRole('heading', { name: 'Choisir votre mot de passe' }).waitFor({ timeout: 10_000 });
    await expect(page.evaluate(() => location.hash)).resolves.toBe('');
    await page.getByLabel('Nouveau mot de passe').fill('azertyuiop123');
    await page.getByLabel('Confirmation').fill('azertyuiop123');
    await page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
    const refus = page.getByTestId('mot-de-passe-erreur');
    await refus.waitFor({ timeout: 10_000 });
    await expect(refus.textContent()).resolves.toMatch(/Mot de passe refusé : .*lignes droites de touches/);
    await page.getByLabel('Nouveau mot de passe').fill('la porte bleue du marché couvert');
    await page.getByLabel('Confirmation').fill('la porte bleue du marché couvert');
    await page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
    await page.getByTestId('mot-de-passe-defini').waitFor({ timeout: 10_000 });
    await expect(page.getByTestId('compte-connecte').textContent()).resolves.toMatch(/Dominique Porteuse — Porteur de projet/);
    await page.screenshot({ path: path.join(DOSSIER_CAPTURES, 'comptes-mot-de-passe-defini.png') });
  });

  it('« Se déconnecter partout » ends the session here and refuses the token everywhere else', async () => {
    const jeton = await page.evaluate(() => (JSON.parse(sessionStorage.getItem('maillage.session') ?? '{}') as { jeton?: string }).jeton);
    expect(jeton).toBeTruthy();
    await entete().getByRole('button', { name: 'Se déconnecter partout' }).click();
    await entete().getByRole('button', { name: 'Se connecter' }).waitFor({ timeout: 10_000 });
    const moi = await fetch(`${urlApplication()}/api/auth/moi`, { headers: { Authorization: `Bearer ${jeton}` } });
    expect(moi.status).toBe(401);
  });

  it('an ARS planner logs in with ProConnect through the identity provider’s pages and comes back connected', async () => {
    const email = `planificatrice-${suffixe}@ars.sante.fr`;
    await api('/api/comptes', {
      methode: 'POST',
      jeton: jetonAdmin,
      corps: { email, nom: 'Claude Planificatrice', role: 'ars', territoires: [{ type: 'region', code: '76' }] },
    });
    await page.goto(urlApplication(), { waitUntil: 'domcontentloaded' });
    await entete().getByRole('button', { name: 'Se connecter' }).click();
    await page.getByTestId('connexion-proconnect').click();
    // The provider's own login page (oidc-provider's development pages), on another origin.
    await page.locator('input[name="login"]').waitFor({ timeout: 15_000 });
    expect(new URL(page.url()).origin).not.toBe(urlApplication());
    await page.locator('input[name="login"]').fill(email);
    await page.locator('input[name="password"]').fill('mot de passe chez le fournisseur');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByTestId('compte-connecte').waitFor({ timeout: 15_000 });
    await expect(page.getByTestId('compte-connecte').textContent()).resolves.toMatch(/Claude Planificatrice — Planificateur ARS/);
    await attendreQue(async () => new URL(page.url()).pathname === '/' && !page.url().includes('jeton'), 5_000, 'le jeton est resté dans l’adresse');
    await page.screenshot({ path: path.join(DOSSIER_CAPTURES, 'comptes-proconnect-connecte.png') });
    await seDeconnecter();
  });

  it('someone without an account who logs in with ProConnect is told the access request went to an administrator', async () => {
    // Another person, another browser: the provider's session of the previous test would log the planner in again.
    await contexte.close();
    contexte = await nouveauContexte();
    page = await contexte.newPage();
    page.on('pageerror', (e) => erreursConsole.push(e.message));
    await page.goto(urlApplication(), { waitUntil: 'domcontentloaded' });
    await entete().getByRole('button', { name: 'Se connecter' }).click();
    await page.getByTestId('connexion-proconnect').click();
    await page.locator('input[name="login"]').waitFor({ timeout: 15_000 });
    await page.locator('input[name="login"]').fill(`inconnu-${suffixe}@collectivite.fr`);
    await page.locator('input[name="password"]').fill('peu importe');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByTestId('proconnect-attente').waitFor({ timeout: 15_000 });
    await expect(page.getByTestId('proconnect-attente').textContent()).resolves.toMatch(/Votre demande d’accès est transmise/);
    expect(erreursConsole).toEqual([]);
  });
});
