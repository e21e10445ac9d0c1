/// <reference lib="dom" />
import { mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { attendreQue, DOSSIER_CAPTURES, lancerNavigateur, urlApplication } from '../support/navigateur';

/** The query of the page's address, as a map (decoded). */
const requete = (page: Page) => new URL(page.url()).searchParams;

/** Waits until the address holds `nom=valeur` (null: the parameter is absent). */
async function attendreParametre(page: Page, nom: string, valeur: string | null | RegExp): Promise<void> {
  await attendreQue(
    async () => {
      const v = requete(page).get(nom);
      return valeur instanceof RegExp ? v !== null && valeur.test(v) : v === valeur;
    },
    15_000,
    `paramètre ${nom} attendu ${String(valeur)}, adresse ${page.url()}`,
  );
}

const ongletChoisi = (page: Page, nom: string) => page.getByRole('tab', { name: nom }).getAttribute('aria-selected');

describe('Vues partagées : l’adresse porte la vue, Précédent et Suivant la rejouent, un lien copié la rouvre', () => {
  let navigateur: Browser;
  let contexte: BrowserContext;
  let page: Page;
  const erreursConsole: string[] = [];

  beforeAll(async () => {
    mkdirSync(DOSSIER_CAPTURES, { recursive: true });
    navigateur = await lancerNavigateur();
    contexte = await navigateur.newContext({ viewport: { width: 1280, height: 860 }, locale: 'fr-FR', reducedMotion: 'reduce' });
    await contexte.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: urlApplication() });
    page = await contexte.newPage();
    page.on('console', (m) => m.type() === 'error' && erreursConsole.push(m.text()));
    page.on('pageerror', (e) => erreursConsole.push(e.message));
  });

  afterAll(async () => {
    await navigateur?.close();
  });

  it('writes the territory, the indicator, the tab and the map position into the address', async () => {
    await page.goto(urlApplication(), { waitUntil: 'domcontentloaded' });
    await page.locator('.maplibregl-canvas').waitFor({ state: 'visible', timeout: 20_000 });
    expect([...requete(page).keys()]).toEqual([]);

    await page.getByRole('combobox', { name: /Rechercher une commune/ }).fill('saint etienne');
    await page.getByRole('option', { name: /^Saint-Étienne Commune 42218/ }).click();
    await page.getByRole('heading', { level: 2, name: 'Saint-Étienne' }).waitFor({ timeout: 15_000 });
    await attendreParametre(page, 'territoire', 'commune:42218');
    // The map framed the commune: its position follows, over the same history entry.
    await attendreParametre(page, 'carte', /^4\.\d+,45\.\d+,\d+(\.\d+)?$/);

    await page.getByLabel('Indicateur').selectOption('population');
    await attendreParametre(page, 'indicateur', 'population');
    await page.getByRole('tab', { name: 'Zones sous-dotées' }).click();
    await attendreParametre(page, 'onglet', 'zones');
  });

  it('goes back through the views with Back, and forward again with Forward', async () => {
    // Each step waits for what a person sees of the view (tab, indicator, legend, card), however long the values take
    // to arrive under load, then checks the whole view.
    const indicateur = page.getByLabel('Indicateur');
    const legende = page.locator('mlg-legende');
    const titreFiche = page.getByRole('heading', { level: 2, name: 'Saint-Étienne' });

    await page.goBack();
    await attendreParametre(page, 'onglet', null);
    await page.getByRole('tab', { name: 'Territoire', selected: true }).waitFor({ timeout: 30_000 });
    await expect(page.getByRole('tabpanel', { name: 'Zones sous-dotées' }).count()).resolves.toBe(0);
    await expect(indicateur.inputValue()).resolves.toBe('population');

    await page.goBack();
    await attendreParametre(page, 'indicateur', null);
    // The select shows the indicator asked for; the legend follows when its values are there.
    await attendreQue(async () => (await indicateur.inputValue()) === 'apl', 30_000, 'indicateur APL non rétabli');
    await legende.getByText(/Source : DREES/).waitFor({ timeout: 60_000 });
    await expect(indicateur.inputValue()).resolves.toBe('apl');
    await expect(titreFiche.count()).resolves.toBe(1);

    await page.goBack();
    await attendreParametre(page, 'territoire', null);
    await titreFiche.waitFor({ state: 'detached', timeout: 30_000 });
    await expect(indicateur.inputValue()).resolves.toBe('apl');

    await page.goForward();
    await attendreParametre(page, 'territoire', 'commune:42218');
    await titreFiche.waitFor({ timeout: 30_000 });
    await page.goForward();
    await attendreParametre(page, 'indicateur', 'population');
    await attendreQue(async () => (await indicateur.inputValue()) === 'population', 30_000, 'indicateur Population non rétabli');
    await legende.getByText(/Source : INSEE/).waitFor({ timeout: 60_000 });
    await expect(indicateur.inputValue()).resolves.toBe('population');
    await page.goForward();
    await attendreParametre(page, 'onglet', 'zones');
    await page.getByRole('tab', { name: 'Zones sous-dotées', selected: true }).waitFor({ timeout: 30_000 });
    await expect(indicateur.inputValue()).resolves.toBe('population');
  });

  it('copies the link with « Partager cette vue », and the link opens the same view in another tab', async () => {
    await page.getByRole('button', { name: 'Partager cette vue' }).click();
    await page.getByRole('status').filter({ hasText: 'Lien de cette vue copié' }).waitFor({ timeout: 5_000 });
    const lien = await page.evaluate(() => navigator.clipboard.readText());
    expect(lien).toBe(page.url());

    const autre = await contexte.newPage();
    await autre.goto(lien, { waitUntil: 'domcontentloaded' });
    await attendreQue(async () => (await ongletChoisi(autre, 'Zones sous-dotées')) === 'true', 20_000, 'onglet Zones absent du lien');
    await attendreQue(async () => (await autre.getByLabel('Indicateur').inputValue()) === 'population', 10_000, 'indicateur du lien absent');
    await autre
      .locator('mlg-legende')
      .getByText(/Source : INSEE/)
      .waitFor({ timeout: 15_000 });
    // The link's map position is kept, not replaced by the territory's framing.
    await autre.waitForTimeout(1_000);
    expect(requete(autre).get('carte')).toBe(new URL(lien).searchParams.get('carte'));
    await autre.screenshot({ path: path.join(DOSSIER_CAPTURES, 'vue-partagee-lien-ouvert.png') });
    await autre.getByRole('tab', { name: 'Territoire' }).click();
    await autre.getByRole('heading', { level: 2, name: 'Saint-Étienne' }).waitFor({ timeout: 10_000 });
    await autre.close();
  });

  it('opens a simulation link: the scenario with its places named, run, its ΔAPL legend on the map', async () => {
    const autre = await contexte.newPage();
    await autre.goto(`${urlApplication()}/?onglet=simuler&scenario=msp.23031.3&resultat=oui`, { waitUntil: 'domcontentloaded' });
    const panneau = autre.getByRole('tabpanel', { name: 'Simuler' });
    await panneau.getByText(/Ouverture d’une MSP\s*— Boussac/).waitFor({ timeout: 20_000 });
    await autre.locator('mlg-legende-simulation').waitFor({ timeout: 30_000 });
    expect(requete(autre).get('scenario')).toBe('msp.23031.3');
    expect(requete(autre).get('resultat')).toBe('oui');
    // « Réinitialiser » empties the scenario: the address forgets it, and Back brings it back.
    await panneau.getByRole('button', { name: 'Réinitialiser' }).click();
    await attendreParametre(autre, 'scenario', null);
    await attendreParametre(autre, 'resultat', null);
    await autre.goBack();
    await panneau.getByText(/Ouverture d’une MSP\s*— Boussac/).waitFor({ timeout: 20_000 });
    await autre.locator('mlg-legende-simulation').waitFor({ timeout: 30_000 });
    await autre.close();
  });

  it('logged no error in the page', () => {
    expect(erreursConsole).toEqual([]);
  });
});
