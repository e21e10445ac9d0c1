/// <reference lib="dom" />
import { mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { Browser, Page } from 'playwright-core';
import { attendreQue, DOSSIER_CAPTURES, lancerNavigateur, urlApplication } from '../support/navigateur';
import { partDePixels } from './pixels-carte';

/** Colours of the population classes (frontend/src/app/indicateurs/population.indicateur.ts). */
const COULEURS_POPULATION = ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'];
/** frontend/src/app/carte/couches/selection.couche.ts: DSFR blue France, not the under-served red. */
const COULEUR_SELECTION = '#000091';

describe('Carte : rechercher une commune et ouvrir sa fiche', () => {
  let navigateur: Browser;
  let page: Page;
  const erreursConsole: string[] = [];

  beforeAll(async () => {
    mkdirSync(DOSSIER_CAPTURES, { recursive: true });
    navigateur = await lancerNavigateur();
    // Reduced motion: the map jumps to a territory instead of flying, so screenshots are stable.
    page = await navigateur.newPage({ viewport: { width: 1280, height: 860 }, locale: 'fr-FR', reducedMotion: 'reduce' });
    page.on('console', (m) => m.type() === 'error' && erreursConsole.push(m.text()));
    page.on('pageerror', (e) => erreursConsole.push(e.message));
  });

  afterAll(async () => {
    await navigateur?.close();
  });

  it('shows the DSFR page, opens on the APL, and draws communes coloured by population once chosen', async () => {
    await page.goto(urlApplication(), { waitUntil: 'domcontentloaded' });
    await expect(page.locator('.fr-header__service-title').textContent()).resolves.toContain('Maillage');
    await page.locator('.maplibregl-canvas').waitFor({ state: 'visible', timeout: 20_000 });
    // The map opens on the APL (DREES); the population is one choice of the indicator selector.
    await page
      .locator('mlg-legende')
      .getByText(/Source : DREES.*millésime 2023/)
      .waitFor({ timeout: 20_000 });
    await page.getByLabel('Indicateur').selectOption('population');
    await page
      .locator('mlg-legende')
      .getByText(/Source : INSEE.*millésime 2026/)
      .waitFor({ timeout: 20_000 });

    // The canvas really drew the choropleth (WebGL through SwiftShader): a good share of the map
    // area has the population class colours, not only the background (France alone covers ~8 %).
    const carte = page.locator('.tableau__carte');
    let part = 0;
    await attendreQue(
      async () => (part = await partDePixels(page, await carte.screenshot(), COULEURS_POPULATION)) > 0.03,
      30_000,
      `la carte n’a pas dessiné les communes (part colorée : ${part})`,
    );
    expect(part).toBeGreaterThan(0.03);
  });

  it('finds Saint-Étienne with the keyboard, shows its card with the population, and frames it', async () => {
    const fiche = (await (await fetch(`${urlApplication()}/api/territoires/commune/42218`)).json()) as { population: number };

    const recherche = page.getByRole('combobox', { name: /Rechercher une commune/ });
    await recherche.fill('saint etienne');
    const option = page.getByRole('option', { name: /^Saint-Étienne Commune 42218/ });
    await option.waitFor({ timeout: 10_000 });
    await expect(page.getByRole('option').first().textContent()).resolves.toContain('42218');
    await recherche.press('ArrowDown');
    // Rendering follows the key press asynchronously (zoneless change detection): wait for it.
    await page.waitForFunction(
      () => document.getElementById('recherche-territoire')?.getAttribute('aria-activedescendant') === 'recherche-option-0',
      undefined,
      { timeout: 5_000 },
    );
    await recherche.press('Enter');

    const titre = page.getByRole('heading', { level: 2, name: 'Saint-Étienne' });
    await titre.waitFor({ timeout: 10_000 });
    const population = await page.getByTestId('fiche-population').textContent();
    expect(population?.replace(/\D/g, '')).toBe(String(fiche.population));
    expect(fiche.population).toBeGreaterThan(100_000);
    await expect(page.locator('.fiche').textContent()).resolves.toMatch(/Source : INSEE.*millésime 2026/);
    await expect(page.locator('.fiche').textContent()).resolves.toContain('Loire');
    // Focus moved to the card for keyboard and screen-reader users.
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('fiche-titre');

    // The map flew to the commune and outlines it in blue.
    const carte = page.locator('.tableau__carte');
    let part = 0;
    await attendreQue(
      async () => (part = await partDePixels(page, await carte.screenshot(), [COULEUR_SELECTION], 40)) > 0.002,
      20_000,
      `contour de la sélection invisible (part : ${part})`,
    );
    await page.screenshot({ path: path.join(DOSSIER_CAPTURES, 'carte-saint-etienne.png'), fullPage: false });
  });

  it('names the commune under the pointer', async () => {
    const boite = (await page.locator('.maplibregl-canvas').boundingBox())!;
    // Saint-Étienne is framed at the centre of the map.
    await page.mouse.move(boite.x + boite.width / 2, boite.y + boite.height / 2);
    const infobulle = page.locator('.carte__infobulle');
    await infobulle.waitFor({ timeout: 10_000 });
    await expect(infobulle.textContent()).resolves.toMatch(/Saint-Étienne\s*\(42218\)/);
  });

  it('opens the EPCI from the card and lists its member communes in a table, most populated first', async () => {
    await page.getByRole('button', { name: 'Ouvrir la fiche EPCI Saint-Étienne Métropole' }).click();
    await page.getByRole('heading', { level: 2, name: 'Saint-Étienne Métropole' }).waitFor({ timeout: 10_000 });
    const table = page.getByRole('table', { name: 'Communes membres les plus peuplées' });
    await table.waitFor();
    const premiereLigne = table.locator('tbody tr').first();
    await expect(premiereLigne.textContent()).resolves.toContain('Saint-Étienne');
    await expect(premiereLigne.textContent()).resolves.toContain('42218');
    await expect(page.locator('.fiche').textContent()).resolves.toMatch(/communes sur \d+/);
    await page.screenshot({ path: path.join(DOSSIER_CAPTURES, 'carte-saint-etienne-metropole.png') });
  });

  it('logged no error in the page', () => {
    expect(erreursConsole).toEqual([]);
  });
});
