/// <reference lib="dom" />
import { Browser, Page } from 'playwright-core';
import { attendreQue, lancerNavigateur, urlApplication } from '../support/navigateur';

describe('Recherche : Entrée ouvre le premier résultat, codes postaux, fautes de frappe', () => {
  let navigateur: Browser;
  let page: Page;
  const erreursConsole: string[] = [];
  const recherche = () => page.getByRole('combobox', { name: /Rechercher une commune/ });

  beforeAll(async () => {
    navigateur = await lancerNavigateur();
    page = await navigateur.newPage({ viewport: { width: 1280, height: 860 }, locale: 'fr-FR', reducedMotion: 'reduce' });
    page.on('console', (m) => m.type() === 'error' && erreursConsole.push(m.text()));
    page.on('pageerror', (e) => erreursConsole.push(e.message));
    await page.goto(urlApplication(), { waitUntil: 'domcontentloaded' });
    await page.locator('.maplibregl-canvas').waitFor({ state: 'visible', timeout: 20_000 });
  });

  afterAll(async () => {
    await navigateur?.close();
  });

  it('opens Bordeaux’s card for « Bordo » + Enter, without choosing in the list', async () => {
    await recherche().fill('Bordo');
    await recherche().press('Enter');
    await page.getByRole('heading', { level: 2, name: 'Bordeaux' }).waitFor({ timeout: 15_000 });
    await expect(recherche().inputValue()).resolves.toBe('Bordeaux');
  });

  it('lists Saint-Étienne first for « St Etien », the commune before its métropole', async () => {
    await recherche().fill('St Etien');
    const options = page.getByRole('option');
    // The list shows the previous answer until the new one arrives.
    await attendreQue(async () => /^Saint-Étienne\s*Commune\s*42218/.test((await options.first().textContent()) ?? ''), 10_000, 'Saint-Étienne pas en tête');
    await expect(options.nth(1).textContent()).resolves.toMatch(/Saint-Étienne Métropole/);
    await recherche().press('Escape');
  });

  it('finds the communes of a postal code, and the loupe button opens the first one', async () => {
    await recherche().fill('23600');
    await page.getByRole('option', { name: /^Boussac Commune 23031 · code postal 23600/ }).waitFor({ timeout: 10_000 });
    await expect(page.getByRole('option').count()).resolves.toBeGreaterThan(1);
    await recherche().fill('42000');
    await page.getByRole('button', { name: 'Rechercher', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Saint-Étienne' }).waitFor({ timeout: 15_000 });
  });

  it('logged no error in the page', () => {
    expect(erreursConsole).toEqual([]);
  });
});
