/// <reference lib="dom" />
import { mkdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Browser, Page } from 'playwright-core';
import { attendreQue, DOSSIER_CAPTURES, lancerNavigateur, urlApplication } from '../support/navigateur';
import { partDePixels } from './pixels-carte';

/** Class colours of frontend/src/app/indicateurs/acces.indicateurs.ts and zonage.indicateur.ts. */
const COULEURS_APL = ['#d7191c', '#fdae61', '#ffffbf', '#a6d96a', '#1a9641'];
const COULEURS_ZONAGE = ['#b2182b', '#ef8a62', '#fddbc7', '#a8a8a8'];
const COULEUR_MSP = '#000091';

describe('Carte : indicateurs, couches, zones sous-dotées, fiche et exports', () => {
  let navigateur: Browser;
  let page: Page;
  const erreursConsole: string[] = [];

  beforeAll(async () => {
    mkdirSync(DOSSIER_CAPTURES, { recursive: true });
    navigateur = await lancerNavigateur();
    page = await navigateur.newPage({ viewport: { width: 1400, height: 900 }, locale: 'fr-FR', reducedMotion: 'reduce', acceptDownloads: true });
    page.on('console', (m) => m.type() === 'error' && erreursConsole.push(m.text()));
    page.on('pageerror', (e) => erreursConsole.push(e.message));
  });

  afterAll(async () => {
    await navigateur?.close();
  });

  it('colours communes by APL with the DREES source, then by zonage: legend and pixels change', async () => {
    await page.goto(urlApplication(), { waitUntil: 'domcontentloaded' });
    await page.locator('.maplibregl-canvas').waitFor({ state: 'visible', timeout: 20_000 });
    const legende = page.locator('mlg-legende');
    await attendreQue(async () => /DREES, APL aux médecins généralistes 2023/.test((await legende.textContent()) ?? ''), 20_000, 'légende APL absente');
    const carte = page.locator('.tableau__carte');
    let partApl = 0;
    await attendreQue(async () => (partApl = await partDePixels(page, await carte.screenshot(), COULEURS_APL)) > 0.03, 30_000, `APL non dessinée (${partApl})`);

    await page.getByLabel('Indicateur').selectOption('zonage_medecin');
    await attendreQue(async () => /ZIP : zone d’intervention prioritaire/.test((await legende.textContent()) ?? ''), 10_000, 'légende zonage absente');
    await expect(legende.textContent()).resolves.toMatch(/CartoSanté.*date d’arrêté inconnue|arrêté du/s);
    let partZonage = 0;
    await attendreQue(
      async () => (partZonage = await partDePixels(page, await carte.screenshot(), COULEURS_ZONAGE)) > 0.03,
      20_000,
      `zonage non dessiné (${partZonage})`,
    );
    await page.screenshot({ path: path.join(DOSSIER_CAPTURES, 'indicateurs-zonage.png') });

    // Back to the APL: values are cached, so the switch is only paint + feature-states (the benchmark's figure).
    await page.getByLabel('Indicateur').selectOption('apl');
    await attendreQue(
      async () => (await carte.getAttribute('data-indicateur')) === 'apl' && (await carte.getAttribute('data-duree-ms')) !== null,
      10_000,
      'bascule non mesurée',
    );
    await attendreQue(async () => (await partDePixels(page, await carte.screenshot(), COULEURS_APL)) > 0.03, 20_000, 'APL non redessinée');
    const duree = Number(await carte.getAttribute('data-duree-ms'));
    expect(duree).toBeGreaterThan(0);
    console.log(`Bascule d’indicateur (valeurs en cache, jusqu’à l’image) : ${duree} ms`);
  });

  it('opens Saint-Étienne’s card with its APL, source and vintage, regional comparison and chart', async () => {
    const attendu = (await (await fetch(`${urlApplication()}/api/acces/commune/42218`)).json()) as { apl: { valeur: number } };
    const recherche = page.getByRole('combobox', { name: /Rechercher une commune/ });
    await recherche.fill('saint etienne');
    await page.getByRole('option', { name: /^Saint-Étienne Commune 42218/ }).click();
    const apl = page.getByTestId('fiche-apl');
    await apl.waitFor({ timeout: 15_000 });
    expect(Number((await apl.textContent())!.replace(',', '.'))).toBeCloseTo(attendu.apl.valeur, 2);
    const acces = page.getByTestId('fiche-acces');
    await expect(acces.textContent()).resolves.toMatch(/Source : DREES, APL aux médecins généralistes 2023.*millésime 2023/);
    await expect(acces.textContent()).resolves.toMatch(/Région Auvergne-Rhône-Alpes/);
    await expect(acces.textContent()).resolves.toMatch(/Rang \d+ sur \d+ dans Loire/);
    await expect(page.getByTestId('fiche-zonage').textContent()).resolves.toMatch(/Hors zonage|ZIP|ZAC|ZAR/);
    await expect(page.locator('.fiche').textContent()).resolves.toMatch(/date d’arrêté inconnue|arrêté du/);
    await expect(page.getByTestId('graphique-apl').getAttribute('aria-label')).resolves.toMatch(/2023 4,1/);
    await page.screenshot({ path: path.join(DOSSIER_CAPTURES, 'fiche-acces-saint-etienne.png') });
  });

  it('lists the Loire’s under-served communes, most populated first, and exports them as CSV', async () => {
    await page.getByRole('tab', { name: 'Zones sous-dotées' }).click();
    const table = page.getByTestId('zones-table');
    await table.waitFor({ timeout: 15_000 });
    const populations = await table.locator('tbody tr td:nth-child(4)').allTextContents();
    const nombres = populations.map((p) => Number(p.replace(/\D/g, '')));
    expect(nombres.length).toBeGreaterThan(5);
    expect(nombres).toEqual([...nombres].sort((a, b) => b - a));

    const [telechargement] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter le tableau (CSV)' }).click()]);
    expect(telechargement.suggestedFilename()).toMatch(/^zones-sous-dotees-departement-42-2023\.csv$/);
    const contenu = readFileSync(await telechargement.path(), 'utf8');
    expect(contenu.charCodeAt(0)).toBe(0xfeff);
    expect(contenu).toMatch(/^\uFEFFcode_insee;commune;classe;apl;/);
    expect(contenu).toMatch(/DREES, APL aux médecins généralistes 2023/);
    expect(contenu.trim().split('\r\n').length).toBeGreaterThan(nombres.length);

    // A row frames its commune and loads its card, the list stays.
    await table.locator('tbody tr').first().getByRole('button').click();
    await attendreQue(
      async () =>
        /Saint-Chamond/.test(
          (await page
            .locator('#fiche-titre')
            .textContent()
            .catch(() => '')) ?? '',
        ),
      10_000,
      'fiche de la ligne non ouverte',
    );
    await expect(table.isVisible()).resolves.toBe(true);
  });

  it('shows MSP points in Occitanie with their FINESS source', async () => {
    await page.locator('.couches summary').click();
    // DSFR draws the checkbox on its label (the input is visually hidden): click what the user clicks.
    await page.locator('label[for="couche-msp"]').click();
    await expect(page.getByLabel(/Maisons de santé \(MSP\)/).isChecked()).resolves.toBe(true);
    await page.getByTestId('couche-source-msp').waitFor({ timeout: 15_000 });
    await expect(page.getByTestId('couche-source-msp').textContent()).resolves.toMatch(/FINESS.*Occitanie/);
    await page.getByRole('button', { name: 'Métropole' }).click();
    const recherche = page.getByRole('combobox', { name: /Rechercher une commune/ });
    await recherche.fill('occitanie');
    await page
      .getByRole('option', { name: /Occitanie/ })
      .first()
      .click();
    await page.getByRole('heading', { level: 2, name: 'Occitanie' }).waitFor({ timeout: 15_000 });
    const carte = page.locator('.tableau__carte');
    let part = 0;
    await attendreQue(
      async () => (part = await partDePixels(page, await carte.screenshot(), [COULEUR_MSP], 30)) > 0.0005,
      20_000,
      `points MSP invisibles (${part})`,
    );
    await page.screenshot({ path: path.join(DOSSIER_CAPTURES, 'couche-msp-occitanie.png') });
  });

  it('exports the map as a PNG', async () => {
    const [telechargement] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter la carte (PNG)' }).click()]);
    expect(telechargement.suggestedFilename()).toMatch(/^carte-maillage-.*\.png$/);
    const png = readFileSync(await telechargement.path());
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.length).toBeGreaterThan(10_000);
  });

  it('logged no error in the page', () => {
    expect(erreursConsole).toEqual([]);
  });
});
