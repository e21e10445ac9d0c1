/// <reference lib="dom" />
import { mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { Browser, Page } from 'playwright-core';
import { attendreQue, DOSSIER_CAPTURES, lancerNavigateur, urlApplication, ouvrirPage } from '../support/navigateur';
import { partDePixels } from './pixels-carte';

/** frontend/src/app/indicateurs (population classes). */
const COULEURS_POPULATION = ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'];

/**
 * A link to a territory frames it; the map's commands box (« Indicateur », « Millésime », « Couches ») covers nothing
 * but itself — its folded layer list once stretched the box's scroll area, painted as a white rectangle over the map
 * just below the box.
 */
describe('Carte : un lien cadre son territoire, la boîte des commandes ne masque que sa place', () => {
  let navigateur: Browser;
  let page: Page;
  const erreursConsole: string[] = [];

  beforeAll(async () => {
    mkdirSync(DOSSIER_CAPTURES, { recursive: true });
    navigateur = await lancerNavigateur();
    page = await ouvrirPage(navigateur, erreursConsole);
  });

  afterAll(async () => {
    await navigateur?.close();
  });

  it('frames the territory of a link, and shows the map right below the commands box while « Couches » is folded', async () => {
    // A card opened from a link: the map flies to Boussac, communes all around (every one has a population).
    await page.goto(`${urlApplication()}/?indicateur=population&territoire=commune:23031`, { waitUntil: 'domcontentloaded' });
    await page.getByRole('heading', { level: 2, name: 'Boussac' }).waitFor({ timeout: 30_000 });
    // The link's territory is framed even when its card arrives before the map exists (it used to stay on France).
    let carte: string | null = null;
    await attendreQue(
      async () => {
        carte = new URL(page.url()).searchParams.get('carte');
        const [lng, lat, zoom] = (carte ?? '').split(',').map(Number);
        return zoom >= 9 && Math.abs(lng - 2.22) < 0.3 && Math.abs(lat - 46.35) < 0.3;
      },
      30_000,
      'Boussac non cadrée',
    ).catch((e: Error) => {
      throw new Error(`${e.message} (carte=${carte})`);
    });
    await page.locator('.maplibregl-canvas').waitFor({ state: 'visible', timeout: 20_000 });
    await page
      .locator('mlg-legende')
      .getByText(/Source : INSEE/)
      .waitFor({ timeout: 30_000 });
    const commandes = page.locator('.tableau__commandes');
    const boite = (await commandes.boundingBox())!;
    const bande = { x: boite.x, y: boite.y + boite.height + 6, width: boite.width - 24, height: 50 };
    const legende = (await page.locator('.tableau__legende').boundingBox())!;
    expect(bande.y + bande.height).toBeLessThan(legende.y);
    let communes = 0;
    await attendreQue(
      async () => (communes = await partDePixels(page, await page.screenshot({ clip: bande }), COULEURS_POPULATION)) > 0.5,
      30_000,
      'pas de carte sous la boîte des commandes',
    ).catch((e: Error) => {
      throw new Error(`${e.message} (communes colorées : ${communes})`);
    });
    expect(await partDePixels(page, await page.screenshot({ clip: bande }), ['#ffffff'], 3)).toBeLessThan(0.05);
    await page.screenshot({ path: path.join(DOSSIER_CAPTURES, 'carte-commandes-repliees.png') });

    await commandes.getByText('Couches', { exact: true }).click();
    await commandes.getByRole('checkbox', { name: /Maisons de santé \(MSP\)/ }).waitFor({ timeout: 5_000 });
    await commandes.getByText('Couches', { exact: true }).click();
    await attendreQue(async () => !(await commandes.getByRole('checkbox', { name: /Maisons de santé \(MSP\)/ }).isVisible()), 5_000, 'couches encore dépliées');
  });

  it('logged no error in the page', () => {
    expect(erreursConsole).toEqual([]);
  });
});
