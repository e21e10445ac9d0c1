/// <reference lib="dom" />
import { mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { Browser, Page } from 'playwright-core';
import { attendreQue, DOSSIER_CAPTURES, lancerNavigateur, urlApplication } from '../support/navigateur';

/**
 * What a person reads on the card of communes whose data needs explaining: a commune re-created in 2025 in the Cantal,
 * a commune split from a commune nouvelle after the DREES vintage, and Leury (APL<65 of exactly 2.5 in 2022).
 */
describe('Fiches : communes rétablies ou scindées, classe d’une commune seule', () => {
  let navigateur: Browser;
  let page: Page;
  const erreursConsole: string[] = [];

  beforeAll(async () => {
    mkdirSync(DOSSIER_CAPTURES, { recursive: true });
    navigateur = await lancerNavigateur();
    page = await navigateur.newPage({ viewport: { width: 1400, height: 900 }, locale: 'fr-FR', reducedMotion: 'reduce' });
    page.on('console', (m) => m.type() === 'error' && erreursConsole.push(m.text()));
    page.on('pageerror', (e) => erreursConsole.push(e.message));
    await page.goto(urlApplication(), { waitUntil: 'domcontentloaded' });
    await page.locator('.maplibregl-canvas').waitFor({ state: 'visible', timeout: 20_000 });
  });

  afterAll(async () => {
    await navigateur?.close();
  });

  /** Opens a commune's card and waits until its access part shows that commune's APL of that vintage (from the API). */
  async function ouvrir(saisie: string, option: RegExp, code: string, annee = 2023): Promise<void> {
    const attendu = (await (await fetch(`${urlApplication()}/api/acces/commune/${code}?annee=${annee}`)).json()) as { nom: string; apl: { valeur: number } };
    const recherche = page.getByRole('combobox', { name: /Rechercher une commune/ });
    await recherche.fill(saisie);
    await page.getByRole('option', { name: option }).click();
    const apl = attendu.apl.valeur.toLocaleString('fr-FR', { minimumFractionDigits: 1, maximumFractionDigits: 2 });
    await attendreQue(
      async () =>
        (await page.locator('#fiche-titre').textContent()) === attendu.nom &&
        ((await page.locator('mlg-indicateurs-acces').textContent()) ?? '').includes(`Accès aux médecins généralistes (${annee})`) &&
        (await page.getByTestId('fiche-apl').textContent()) === apl,
      20_000,
      `fiche de ${attendu.nom} (${annee}) non affichée`,
    );
  }

  it('Chalinargues (re-created in 2025): the APL of Neussargues en Pinatelle, labelled, and an estimated population', async () => {
    await ouvrir('chalinargues', /^Chalinargues Commune 15035/, '15035');
    await page.getByTestId('fiche-scission').waitFor({ timeout: 15_000 });
    await expect(page.getByTestId('fiche-scission').textContent()).resolves.toContain('APL de la commune avant scission');
    const explication = (await page.getByTestId('fiche-scission-explication').textContent()) ?? '';
    expect(explication).toMatch(/ne publie pas d’APL 2023 pour Chalinargues/);
    expect(explication).toMatch(/Neussargues en Pinatelle \(15141\)/);
    expect(explication).toMatch(/estimation, pas un chiffre de la DREES/);
    await expect(page.getByTestId('fiche-apl').textContent()).resolves.toMatch(/^4,07$/);
    await expect(page.getByTestId('fiche-sous-seuils').textContent()).resolves.toMatch(/sur \d+, estimation\)/);
    await page.getByTestId('fiche-sous-seuils').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(DOSSIER_CAPTURES, 'fiche-chalinargues.png') });
  });

  it('L’Oie (split from Essarts-en-Bocage): its published APL, labelled, and no population of 0 beside it', async () => {
    await ouvrir('l oie', /^L’Oie Commune 85165|^L'Oie Commune 85165/, '85165');
    await page.getByTestId('fiche-scission').waitFor({ timeout: 15_000 });
    await expect(page.getByTestId('fiche-scission').textContent()).resolves.toContain('APL de la commune avant scission');
    await expect(page.getByTestId('fiche-scission-explication').textContent()).resolves.toMatch(
      /sans aucun habitant : ses habitants étaient comptés dans Essarts-en-Bocage/,
    );
    const sousSeuils = (await page.getByTestId('fiche-sous-seuils').textContent()) ?? '';
    expect(sousSeuils).not.toMatch(/sur 0\b/);
    expect(sousSeuils).toMatch(/estimation/);
    await page.getByTestId('fiche-sous-seuils').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(DOSSIER_CAPTURES, 'fiche-l-oie.png') });
  });

  it('Leury in 2022 (APL<65 = 2,5): « Fragile », as on the map, not « menacée »', async () => {
    await page.getByLabel('Millésime', { exact: true }).selectOption('2022');
    await ouvrir('leury', /^Leury Commune 02424/, '02424', 2022);
    const classe = page.getByTestId('fiche-classe');
    await expect(classe.textContent()).resolves.toBe('Fragile (2,5 ≤ APL < 4)');
    await expect(page.getByTestId('fiche-acces').textContent()).resolves.toMatch(/APL des moins de 65 ans : 2,5 /);
    await page.getByTestId('fiche-classe').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(DOSSIER_CAPTURES, 'fiche-leury-2022.png') });
    expect(erreursConsole).toEqual([]);
  });
});
