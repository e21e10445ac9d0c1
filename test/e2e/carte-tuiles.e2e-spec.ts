/// <reference lib="dom" />
import { mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { Browser, Page } from 'playwright-core';
import { attendreQue, DOSSIER_CAPTURES, lancerNavigateur, urlApplication, ouvrirPage } from '../support/navigateur';
import { partDePixels } from './pixels-carte';

const COULEURS_POPULATION = ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'];
/** The map's background (STYLE_HORS_LIGNE): what shows through a hole between communes. */
const FOND = '#f6f6f6';

/**
 * The light tiles of the national and regional views (zooms 4 to 6: coarser grid, codes without names) look the
 * same to a person: every commune painted, no holes, and the tooltip still names the commune under the pointer.
 */
describe('Carte : tuiles légères des vues nationale et régionale', () => {
  let navigateur: Browser;
  let page: Page;
  const erreursConsole: string[] = [];
  const canevas = () => page.locator('.maplibregl-canvas');

  beforeAll(async () => {
    mkdirSync(DOSSIER_CAPTURES, { recursive: true });
    navigateur = await lancerNavigateur();
    page = await ouvrirPage(navigateur, erreursConsole);
  });

  afterAll(async () => {
    await navigateur?.close();
  });

  it('paints every commune of Burgundy and the Centre in the population colours at zoom 6, without holes', async () => {
    await page.goto(`${urlApplication()}/?indicateur=population&carte=3.3,47.2,6`, { waitUntil: 'domcontentloaded' });
    await canevas().waitFor({ state: 'visible', timeout: 30_000 });
    // the outlines of the under-served and fragile communes (from zoom 6) would cover most of the colours
    await page.getByText('Couches', { exact: true }).click();
    await page.locator('label[for="couche-alertes"]').click();
    await expect(page.locator('#couche-alertes').isChecked()).resolves.toBe(false);
    const boite = (await canevas().boundingBox())!;
    // a square of land around the centre (about 2.3°, from the Loire to the Saône): no sea, no border of France
    const cote = Math.min(240, boite.width / 3, boite.height / 3);
    const zone = { x: boite.x + boite.width / 2 - cote / 2, y: boite.y + boite.height / 2 - cote / 2, width: cote, height: cote };
    // drawn once the colours stop spreading (the département outlines and the labels take the rest)
    let palette = 0;
    let avant = -1;
    try {
      await attendreQue(
        async () => {
          avant = palette;
          palette = await partDePixels(page, await page.screenshot({ clip: zone }), COULEURS_POPULATION, 12);
          return palette > 0.6 && Math.abs(palette - avant) < 0.001;
        },
        60_000,
        'communes non peintes aux couleurs de la population',
      );
    } finally {
      await page.screenshot({ path: path.join(DOSSIER_CAPTURES, 'carte-zoom-6-population.png') });
    }
    const capture = await page.screenshot({ clip: zone });
    expect(palette).toBeGreaterThan(0.8);
    // A commune left out shows the background over its whole area (at zoom 5 on a 512 grid PostGIS dropped one
    // commune in eight). Border slivers still show it: each commune is simplified on its own, so two neighbours
    // do not draw their shared border on exactly the same pixels — 4.8 % of this square before the lighter tiles,
    // as much after (a topology-preserving simplification is the way to remove them).
    const fond = await partDePixels(page, capture, [FOND], 3);
    expect(fond).toBeLessThan(0.06);
  });

  it('names the commune under the pointer at zoom 6, where the tiles carry only the code', async () => {
    await page.goto(`${urlApplication()}/?carte=3.3,47.2,6`, { waitUntil: 'domcontentloaded' });
    await canevas().waitFor({ state: 'visible', timeout: 30_000 });
    const boite = (await canevas().boundingBox())!;
    const infobulle = page.locator('.carte__infobulle');
    let lu = '';
    await attendreQue(
      async () => {
        await page.mouse.move(boite.x + boite.width / 2 + 1, boite.y + boite.height / 2);
        await page.mouse.move(boite.x + boite.width / 2, boite.y + boite.height / 2);
        lu = (await infobulle.textContent({ timeout: 1_000 }).catch(() => '')) ?? '';
        return /\S.*\(\d[\dAB]\d{3}\)/.test(lu);
      },
      30_000,
      `aucune infobulle nommée au centre de la carte (« ${lu} »)`,
    );
    const texte = (await infobulle.textContent()) ?? '';
    const code = /\((\d[\dAB]\d{3})\)/.exec(texte)![1];
    const fiche = (await (await fetch(`${urlApplication()}/api/territoires/commune/${code}`)).json()) as { nom: string };
    expect(texte).toMatch(new RegExp(`^${fiche.nom}\\s*\\(${code}\\)`));
  });

  it('logged no error in the page', () => {
    expect(erreursConsole).toEqual([]);
  });
});
