/// <reference lib="dom" />
import { mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { attendreQue, DOSSIER_CAPTURES, lancerNavigateur, urlApplication } from '../support/navigateur';

/**
 * An elected official of Foix (09122) publishes the commune's own installation aid through the dashboard form; the
 * aid finder then offers it in Foix, with its amount and source. The account is created by the bootstrap
 * administrator (scripts/test.mjs passes its credentials); the aid's name carries this run's suffix (the embedded test
 * database is kept between runs and aids are never deleted, only closed).
 */
describe('Aides locales : un élu publie l’aide de sa commune depuis le tableau de bord', () => {
  let navigateur: Browser;
  let contexte: BrowserContext;
  let page: Page;
  const erreursConsole: string[] = [];
  const suffixe = Date.now().toString(36);
  const elu = { email: `elu-foix-${suffixe}@e2e.maillage.test`, motDePasse: 'elu-foix-e2e-mot-de-passe', nom: 'Claude Élu' };
  const nomAide = `Prime d’installation de Foix ${suffixe}`;

  beforeAll(async () => {
    mkdirSync(DOSSIER_CAPTURES, { recursive: true });
    const connexion = await fetch(`${urlApplication()}/api/auth/connexion`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: process.env.MAILLAGE_ADMIN_EMAIL, motDePasse: process.env.MAILLAGE_ADMIN_MOT_DE_PASSE }),
    });
    const { jeton } = (await connexion.json()) as { jeton: string };
    const compte = await fetch(`${urlApplication()}/api/comptes`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${jeton}` },
      body: JSON.stringify({ ...elu, role: 'elu', territoires: [{ type: 'commune', code: '09122' }] }),
    });
    expect(compte.status).toBe(201);
    // The dashboard's first visit loads the access data in memory (one database connection, ~15 s under load): load it
    // now, so that logging in later does not wait behind it.
    await fetch(`${urlApplication()}/api/acces/communes?indicateur=apl`);
    navigateur = await lancerNavigateur();
    contexte = await navigateur.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR', reducedMotion: 'reduce' });
    page = await contexte.newPage();
    page.on('console', (m) => m.type() === 'error' && !/status of 40[13]/.test(m.text()) && erreursConsole.push(m.text()));
    page.on('pageerror', (e) => erreursConsole.push(e.message));
  });

  afterAll(async () => {
    await navigateur?.close();
  });

  it('the public sees no « Publier une aide locale » link; the page asks to log in', async () => {
    await page.goto(urlApplication(), { waitUntil: 'domcontentloaded' });
    await page.getByRole('tab', { name: 'Aides' }).click();
    const panneau = page.getByRole('tabpanel', { name: 'Aides' });
    await panneau.getByRole('button', { name: 'Voir les aides' }).waitFor({ timeout: 20_000 });
    await expect(panneau.getByRole('link', { name: 'Publier une aide locale' }).count()).resolves.toBe(0);
    await page.goto(`${urlApplication()}/aides/publier`, { waitUntil: 'domcontentloaded' });
    await page.getByTestId('aide-locale-connexion').waitFor({ timeout: 20_000 });
    await expect(page.getByTestId('aide-locale-connexion').textContent()).resolves.toContain('connectez-vous');
  });

  it('the elected official logs in, opens the form from the Aides tab and publishes the commune’s aid', async () => {
    await page.goto(urlApplication(), { waitUntil: 'domcontentloaded' });
    await page.getByRole('banner').getByRole('button', { name: 'Se connecter' }).click();
    const modale = page.getByRole('dialog', { name: 'Se connecter à Maillage' });
    await modale.waitFor({ timeout: 5_000 });
    await modale.getByLabel(/Adresse électronique/).fill(elu.email);
    await modale.getByLabel('Mot de passe', { exact: true }).fill(elu.motDePasse);
    await modale.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByTestId('compte-connecte').waitFor({ timeout: 10_000 });

    await page.getByRole('tab', { name: 'Aides' }).click();
    await page.getByRole('tabpanel', { name: 'Aides' }).getByRole('link', { name: 'Publier une aide locale' }).click();
    await page.getByRole('heading', { name: 'Publier une aide locale' }).waitFor({ timeout: 10_000 });

    // A missing field is named before anything is sent.
    await page.getByRole('button', { name: 'Publier l’aide' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('Choisissez le territoire de l’aide.');

    await page.getByRole('combobox', { name: /Territoire de l’aide/ }).fill('Foix');
    await page.getByRole('option', { name: /Commune 09122/ }).click();
    await attendreQue(
      async () => ((await page.getByTestId('aide-locale-territoire-choisi').textContent()) ?? '').includes('09122'),
      5_000,
      'territoire non retenu',
    );
    // An elected official names its own commune as funder: the only choice, preselected.
    await expect(page.getByLabel('Financeur (obligatoire)', { exact: true }).inputValue()).resolves.toBe('commune');
    await page.getByLabel(/Nom du financeur/).fill('Ville de Foix');
    await page.getByLabel(/Nom de l’aide/).fill(nomAide);
    await page.getByLabel('Description (obligatoire)').fill('Aide de la ville aux médecins généralistes qui s’installent à Foix.');
    await page.getByLabel(/Montant en euros/).fill('4 000');
    await page.locator('label[for="aide-locale-profession-medecin-generaliste"]').click();
    await page.getByLabel(/Autres conditions/).fill('Vous engagez-vous à exercer 3 ans à Foix ?');
    await page.getByLabel('Ouverte à partir du').fill('2026-01-01');
    await page.getByLabel('Ouverte à partir du').dispatchEvent('change');
    await page.getByLabel(/Délibération ou page officielle/).fill('Délibération du conseil municipal de Foix (essai)');
    await page.getByLabel('Adresse de la page').fill('https://www.mairie-foix.fr/deliberation-essai');
    await page.screenshot({ path: path.join(DOSSIER_CAPTURES, 'aides-locale-formulaire.png'), fullPage: true });
    await page.getByRole('button', { name: 'Publier l’aide' }).click();

    const publiee = page.getByTestId('aide-locale-publiee');
    await publiee.waitFor({ timeout: 15_000 });
    await expect(publiee.textContent()).resolves.toContain(`« ${nomAide} » est publiée pour Foix (commune 09122)`);
  });

  it('the aid finder then offers the aid in Foix, « à confirmer » on its condition, with its amount and source', async () => {
    await page.getByRole('link', { name: 'Tableau de bord' }).click();
    await page.getByRole('tab', { name: 'Aides' }).click();
    const panneau = page.getByRole('tabpanel', { name: 'Aides' });
    await panneau.getByRole('combobox', { name: /Commune du lieu d’exercice/ }).fill('Foix');
    await panneau.getByRole('option', { name: /Commune 09122/ }).click();
    await attendreQue(async () => ((await panneau.getByTestId('aides-commune-choisie').textContent()) ?? '').includes('(09122)'), 5_000, 'commune non retenue');
    await panneau.getByLabel('Situation (obligatoire)').selectOption('installation');
    await panneau.getByLabel(/^Profession/).selectOption('medecin-generaliste');
    await panneau.locator('label[for="aides-anterieures-aucune"]').click();
    await panneau.getByRole('button', { name: 'Voir les aides' }).click();

    const aide = panneau.locator('article', { hasText: nomAide });
    await aide.waitFor({ timeout: 15_000 });
    await expect(aide.getByTestId('aide-montant').textContent()).resolves.toMatch(/^4\s000\s€$/);
    await expect(aide.getByTestId('aide-statut').textContent()).resolves.toBe('à confirmer');
    await expect(aide.textContent()).resolves.toContain('Délibération du conseil municipal de Foix (essai)');
    await expect(aide.textContent()).resolves.toContain('saisi le');
    // Its condition is a question answered in place.
    // Earlier runs' aids of Foix ask the same question under their own keys (the test database is kept).
    const cle = `prime-d-installation-de-foix-${suffixe}-09122-condition-1`;
    const question = panneau.getByTestId('aides-a-preciser').locator(`[data-champ="reponses.${cle}"]`);
    await expect(question.textContent()).resolves.toMatch(/Vous engagez-vous à exercer 3 ans à Foix/);
    await question.locator('label', { hasText: 'Oui' }).click();
    await attendreQue(async () => (await aide.getByTestId('aide-statut').textContent()) === 'éligible', 15_000, 'l’aide locale n’est pas devenue éligible');
    await page.screenshot({ path: path.join(DOSSIER_CAPTURES, 'aides-locale-dans-le-guichet.png') });
  });

  it('logged no error in the page', () => {
    expect(erreursConsole).toEqual([]);
  });
});
