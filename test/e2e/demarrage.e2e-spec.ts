/// <reference lib="dom" />
import { Browser, Page, Route } from 'playwright-core';
import { lancerNavigateur, urlApplication } from '../support/navigateur';

const etatImport = (jeuxTermines: number, enCours: boolean) => ({
  enCours,
  jeuEnCours: enCours ? 'acces' : null,
  etape: enCours ? 'APL DREES' : null,
  fait: 1,
  total: 2,
  jeuxTermines,
  jeuxTotal: 12,
  erreur: null,
});

describe('Démarrage : le bandeau de chargement s’affiche pendant le premier import, même si une réponse tarde', () => {
  let navigateur: Browser;
  let page: Page;

  beforeAll(async () => {
    navigateur = await lancerNavigateur();
    page = await navigateur.newPage({ viewport: { width: 1280, height: 860 }, locale: 'fr-FR', reducedMotion: 'reduce' });
  });

  afterAll(async () => {
    await navigateur?.close();
  });

  it('shows the progress although the first probe never answers, then reloads the page once the data is there', async () => {
    // The probe as a server busy with its first import answers it: the first call hangs (a database held by the
    // import), the next ones give the progress, until the data is ready.
    let appels = 0;
    let pret = false;
    const enAttente: Route[] = [];
    await page.route('**/api/sante', async (route) => {
      appels++;
      if (appels === 1) {
        enAttente.push(route);
        return;
      }
      await route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify(
          pret
            ? { statut: 'pret', manquants: [], import: etatImport(12, false) }
            : { statut: 'chargement', manquants: ['acces', 'zonage'], import: etatImport(6, true) },
        ),
      });
    });
    await page.goto(urlApplication(), { waitUntil: 'domcontentloaded' });
    const bandeau = page.getByTestId('chargement-donnees');
    await bandeau.waitFor({ timeout: 15_000 });
    await expect(bandeau.textContent()).resolves.toMatch(/Premier démarrage : chargement des données ouvertes \(54\s*%\)\.\s*Jeu 7 sur 12 : APL DREES/);
    await expect(page.getByRole('progressbar', { name: /Chargement des données : 54 %/ }).count()).resolves.toBe(1);

    pret = true;
    await page.waitForEvent('load', { timeout: 15_000 });
    await page.locator('.maplibregl-canvas').waitFor({ state: 'visible', timeout: 20_000 });
    await expect(bandeau.count()).resolves.toBe(0);
    for (const route of enAttente) await route.abort().catch(() => undefined);
  });
});
