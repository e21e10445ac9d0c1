/// <reference lib="dom" />
import { mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { Browser, Locator, Page } from 'playwright-core';
import { attendreQue, DOSSIER_CAPTURES, lancerNavigateur, urlApplication } from '../support/navigateur';

interface Boite {
  x: number;
  y: number;
  width: number;
  height: number;
}

const boite = async (l: Locator): Promise<Boite> => {
  const b = await l.boundingBox();
  if (!b) throw new Error('élément invisible');
  return b;
};
const seChevauchent = (a: Boite, b: Boite) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const contient = (dehors: Boite, dedans: Boite) =>
  dedans.x >= dehors.x - 1 &&
  dedans.y >= dehors.y - 1 &&
  dedans.x + dedans.width <= dehors.x + dehors.width + 1 &&
  dedans.y + dedans.height <= dehors.y + dehors.height + 1;

for (const ecran of [
  { nom: 'téléphone', largeur: 390, hauteur: 844 },
  { nom: 'tablette', largeur: 768, hauteur: 1024 },
]) {
  describe(`Petits écrans (${ecran.nom} ${ecran.largeur}×${ecran.hauteur}) : menu, carte d’abord, panneau en volet`, () => {
    let navigateur: Browser;
    let page: Page;
    const erreursConsole: string[] = [];
    const capture = (nom: string) => page.screenshot({ path: path.join(DOSSIER_CAPTURES, `petit-ecran-${ecran.largeur}-${nom}.png`) });

    beforeAll(async () => {
      mkdirSync(DOSSIER_CAPTURES, { recursive: true });
      navigateur = await lancerNavigateur();
      page = await navigateur.newPage({ viewport: { width: ecran.largeur, height: ecran.hauteur }, locale: 'fr-FR', reducedMotion: 'reduce', hasTouch: true });
      page.on('console', (m) => m.type() === 'error' && erreursConsole.push(m.text()));
      page.on('pageerror', (e) => erreursConsole.push(e.message));
    });

    afterAll(async () => {
      await navigateur?.close();
    });

    it('shows the map first, filling the screen above the panel reduced to its search, with nothing wider than the screen', async () => {
      await page.goto(urlApplication(), { waitUntil: 'domcontentloaded' });
      await page.locator('.maplibregl-canvas').waitFor({ state: 'visible', timeout: 20_000 });
      const carte = await boite(page.locator('.tableau__carte'));
      const panneau = await boite(page.locator('.tableau__panneau'));
      expect(carte.y + carte.height).toBeLessThanOrEqual(panneau.y + 1);
      expect(carte.height).toBeGreaterThan(ecran.hauteur * 0.45);
      expect(panneau.y + panneau.height).toBeLessThanOrEqual(ecran.hauteur + 1);
      await expect(page.getByRole('combobox', { name: /Rechercher une commune/ }).isVisible()).resolves.toBe(true);
      await expect(page.getByRole('tab', { name: 'Territoire' }).isVisible()).resolves.toBe(false);
      await expect(page.getByRole('button', { name: 'Afficher le panneau' }).getAttribute('aria-expanded')).resolves.toBe('false');
      const largeur = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(largeur).toBeLessThanOrEqual(ecran.largeur);
      await capture('accueil');
    });

    it('reaches « Se connecter » through the DSFR « Menu » modal, keyboard included', async () => {
      const entete = page.getByRole('banner');
      await expect(entete.getByRole('button', { name: 'Se connecter' }).count()).resolves.toBe(0);
      const menu = entete.getByRole('button', { name: 'Menu' });
      await menu.click();
      const modale = page.getByRole('dialog', { name: 'Menu' });
      await modale.waitFor({ timeout: 5_000 });
      await attendreQue(async () => (await page.evaluate(() => document.activeElement?.textContent?.trim())) === 'Fermer', 5_000, 'focus absent du menu');
      await page.keyboard.press('Escape');
      await modale.waitFor({ state: 'hidden', timeout: 5_000 });
      await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('bouton-menu');

      await menu.click();
      await capture('menu');
      await modale.getByRole('button', { name: 'Se connecter' }).click();
      const connexion = page.getByRole('dialog', { name: 'Se connecter à Maillage' });
      await connexion.waitFor({ timeout: 5_000 });
      await expect(connexion.getByLabel(/Adresse électronique/).isVisible()).resolves.toBe(true);
      await capture('connexion');
      await connexion.getByRole('button', { name: 'Annuler' }).click();
      await connexion.waitFor({ state: 'hidden', timeout: 5_000 });
    });

    it('opens the sheet on a search and shows the card over part of the screen, the map still in view', async () => {
      await page.getByRole('combobox', { name: /Rechercher une commune/ }).fill('saint etienne');
      await page.getByRole('option', { name: /^Saint-Étienne Commune 42218/ }).click();
      await page.getByRole('heading', { level: 2, name: 'Saint-Étienne' }).waitFor({ timeout: 15_000 });
      await expect(page.getByRole('button', { name: 'Réduire le panneau' }).getAttribute('aria-expanded')).resolves.toBe('true');
      const carte = await boite(page.locator('.tableau__carte'));
      expect(carte.height).toBeGreaterThan(ecran.hauteur * 0.2);
      await expect(page.getByRole('tab', { name: 'Territoire' }).isVisible()).resolves.toBe(true);
      await capture('fiche');
      await page.getByRole('button', { name: 'Réduire le panneau' }).click();
      await page.getByRole('tab', { name: 'Territoire' }).waitFor({ state: 'hidden', timeout: 5_000 });
      expect((await boite(page.locator('.tableau__carte'))).height).toBeGreaterThan(ecran.hauteur * 0.45);
    });

    it('folds the commands, the overseas buttons and the legend, and unfolded they stay inside the map without covering each other', async () => {
      const carte = await boite(page.locator('.tableau__carte'));
      const bascules = ['Indicateur et couches', 'Outre-mer et export', 'Légende'];
      for (const nom of bascules) await expect(page.getByRole('button', { name: nom }).getAttribute('aria-expanded')).resolves.toBe('false');
      await expect(page.getByLabel('Indicateur').isVisible()).resolves.toBe(false);
      await expect(page.getByRole('button', { name: 'Guadeloupe' }).isVisible()).resolves.toBe(false);

      await page.getByRole('button', { name: 'Légende' }).click();
      await page.locator('mlg-legende').getByText('sans donnée').waitFor({ timeout: 5_000 });
      const legende = await boite(page.locator('.tableau__legende'));
      expect(contient(carte, legende)).toBe(true);
      await expect(page.locator('mlg-legende').getByText('sans donnée').isVisible()).resolves.toBe(true);
      await page.getByRole('button', { name: 'Légende' }).click();

      await page.getByRole('button', { name: 'Outre-mer et export' }).click();
      await page.getByRole('button', { name: 'Guadeloupe' }).waitFor({ timeout: 5_000 });
      const outils = await boite(page.locator('#outils-carte'));
      expect(contient(carte, outils)).toBe(true);
      expect(seChevauchent(outils, await boite(page.locator('.tableau__commandes')))).toBe(false);
      expect(seChevauchent(outils, await boite(page.locator('.tableau__panneau')))).toBe(false);
      await capture('outre-mer');
      await page.getByRole('button', { name: 'Guadeloupe' }).click();
      // The overseas list folds once a territory is chosen.
      await page.getByRole('button', { name: 'Guadeloupe' }).waitFor({ state: 'hidden', timeout: 5_000 });

      await page.getByRole('button', { name: 'Indicateur et couches' }).click();
      await page.getByLabel('Indicateur').waitFor({ timeout: 5_000 });
      await page.getByLabel('Indicateur').selectOption('population');
      const commandes = await boite(page.locator('.tableau__commandes'));
      expect(contient(carte, commandes)).toBe(true);
      await capture('commandes');
    });

    it('logged no error in the page', () => {
      expect(erreursConsole).toEqual([]);
    });
  });
}
