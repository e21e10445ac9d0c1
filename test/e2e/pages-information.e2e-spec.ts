/// <reference lib="dom" />
import { Browser, Page } from 'playwright-core';
import { lancerNavigateur, urlApplication } from '../support/navigateur';

describe('Pied de page : accessibilité, mentions légales, données personnelles, contact, rédigés par l’exploitant', () => {
  let navigateur: Browser;
  let page: Page;
  const erreursConsole: string[] = [];

  beforeAll(async () => {
    navigateur = await lancerNavigateur();
    page = await navigateur.newPage({ viewport: { width: 1280, height: 860 }, locale: 'fr-FR', reducedMotion: 'reduce' });
    page.on('console', (m) => m.type() === 'error' && erreursConsole.push(m.text()));
    page.on('pageerror', (e) => erreursConsole.push(e.message));
  });

  afterAll(async () => {
    await navigateur?.close();
  });

  it('opens each footer page as its own route, with the shipped content', async () => {
    await page.goto(urlApplication(), { waitUntil: 'domcontentloaded' });
    const pied = page.getByRole('contentinfo');
    for (const [lien, titre, section] of [
      ['Accessibilité : non conforme', 'Déclaration d’accessibilité', 'Voies de recours'],
      ['Mentions légales', 'Mentions légales', 'Données et licences'],
      ['Données personnelles', 'Données personnelles', 'Avec un compte'],
      ['Contact', 'Contact', 'Écrire à l’exploitant du service'],
    ]) {
      await pied.getByRole('link', { name: lien }).click();
      await page.getByRole('heading', { level: 1, name: titre }).waitFor({ timeout: 10_000 });
      await page.getByRole('heading', { level: 2, name: section }).waitFor({ timeout: 5_000 });
      await expect(page.title()).resolves.toContain(titre);
    }
    expect(new URL(page.url()).pathname).toBe('/contact');
    // Back returns to the previous page, the dashboard's map is one click away.
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Données personnelles' }).waitFor({ timeout: 5_000 });
    await page.getByRole('link', { name: 'Accueil' }).click();
    await page.locator('.maplibregl-canvas').waitFor({ state: 'visible', timeout: 20_000 });
  });

  it('shows what the deployer wrote in the configuration, and the accessibility state it declares', async () => {
    const contexte = await navigateur.newContext({ locale: 'fr-FR' });
    const autre = await contexte.newPage();
    await autre.route('**/configuration.json', (route) =>
      route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({
          conformiteAccessibilite: 'partiellement conforme',
          pages: {
            contact: {
              titre: 'Nous écrire',
              miseAJour: '1er décembre 2026',
              sections: [
                {
                  titre: 'ARS Nouvelle-Aquitaine',
                  paragraphes: ['Réponse sous une semaine.'],
                  liens: [{ texte: 'maillage@ars.sante.fr', url: 'mailto:maillage@ars.sante.fr' }],
                },
              ],
            },
          },
        }),
      }),
    );
    await autre.goto(`${urlApplication()}/contact`, { waitUntil: 'domcontentloaded' });
    await autre.getByRole('heading', { level: 1, name: 'Nous écrire' }).waitFor({ timeout: 10_000 });
    await expect(autre.getByRole('link', { name: 'maillage@ars.sante.fr' }).getAttribute('href')).resolves.toBe('mailto:maillage@ars.sante.fr');
    await expect(autre.getByText('Mise à jour : 1er décembre 2026').count()).resolves.toBe(1);
    await expect(autre.getByRole('contentinfo').getByRole('link', { name: 'Accessibilité : partiellement conforme' }).count()).resolves.toBe(1);
    // A page the deployer has not written says so, plainly.
    await autre.getByRole('contentinfo').getByRole('link', { name: 'Mentions légales' }).click();
    await autre.getByTestId('page-non-renseignee').waitFor({ timeout: 5_000 });
    await contexte.close();
  });

  it('logged no error in the page', () => {
    expect(erreursConsole).toEqual([]);
  });
});
