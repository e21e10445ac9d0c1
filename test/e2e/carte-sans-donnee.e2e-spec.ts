/// <reference lib="dom" />
import { mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { Browser, Page } from 'playwright-core';
import { attendreQue, DOSSIER_CAPTURES, lancerNavigateur, urlApplication, ouvrirPage } from '../support/navigateur';

/** Colours: frontend/src/app/carte/couches/communes-sans-donnee.couche.ts (stripes), indicateurs/zonage.indicateur.ts (HZ #a8a8a8). */

interface Parts {
  blanc: number;
  gris: number;
  horsZonage: number;
  plusClair: number;
}

interface Territoire {
  centre: [number, number];
  bbox: [number, number, number, number];
}

/**
 * « Hors zonage » and « sans donnée » must never look alike (issue 14): a flat grey class against white striped
 * grey, on the map and in the legend. The map is one canvas: the test reads its pixels around a commune's inner point.
 */
describe('Carte : « sans donnée » rayé, « hors zonage » gris uni', () => {
  let navigateur: Browser;
  let page: Page;
  const erreursConsole: string[] = [];
  const canevas = () => page.locator('.maplibregl-canvas');
  const api = async <T>(chemin: string): Promise<T> => (await (await fetch(`${urlApplication()}${chemin}`)).json()) as T;

  /**
   * A 16×16 px capture of the map around a place (offset by dx, dy), and the shares of its pixels: near white, mid
   * grey (stripes, lightened by MapLibre's pattern filtering), « hors zonage » grey, and lighter than that grey.
   */
  const autour = async (lngLat: [number, number], dx: number, dy: number): Promise<Parts> => {
    const boite = (await canevas().boundingBox())!;
    const point = await page
      .locator('mlg-carte')
      .evaluate((e, [lng, lat]) => (e as unknown as { pixelDe: (a: number, b: number) => { x: number; y: number } }).pixelDe(lng, lat), lngLat);
    const png = await page.screenshot({ clip: { x: boite.x + point.x + dx - 8, y: boite.y + point.y + dy - 8, width: 16, height: 16 } });
    return page.evaluate(async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const toile = document.createElement('canvas');
      toile.width = image.width;
      toile.height = image.height;
      const contexte = toile.getContext('2d')!;
      contexte.drawImage(image, 0, 0);
      const { data } = contexte.getImageData(0, 0, image.width, image.height);
      const n = data.length / 4;
      const l = (x: number, y: number) => {
        const i = (y * image.width + x) * 4;
        return 0.299 * data[i] + 0.587 * data[i + 1] + 0.114 * data[i + 2];
      };
      const gris = (x: number, y: number) => l(x, y) >= 60 && l(x, y) <= 215;
      const parts = { blanc: 0, gris: 0, horsZonage: 0, plusClair: 0 };
      for (let y = 0; y < image.height; y++) {
        for (let x = 0; x < image.width; x++) {
          const i = (y * image.width + x) * 4;
          const luminance = l(x, y);
          if (luminance >= 235) parts.blanc++;
          if (gris(x, y)) parts.gris++;
          if (Math.abs(data[i] - 168) + Math.abs(data[i + 1] - 168) + Math.abs(data[i + 2] - 168) <= 12) parts.horsZonage++;
          if (luminance > 184) parts.plusClair++;
        }
      }
      return {
        blanc: parts.blanc / n,
        gris: parts.gris / n,
        horsZonage: parts.horsZonage / n,
        plusClair: parts.plusClair / n,
      };
    }, png.toString('base64'));
  };
  /** Squares around the inner point (a place name may cover one). */
  const DECALAGES: [number, number][] = [
    [0, 20],
    [0, -22],
    [22, 0],
    [-22, 0],
  ];

  beforeAll(async () => {
    mkdirSync(DOSSIER_CAPTURES, { recursive: true });
    navigateur = await lancerNavigateur();
    page = await ouvrirPage(navigateur, erreursConsole);
  });

  afterAll(async () => {
    await navigateur?.close();
  });

  it('stripes a commune without a value (a commune of the APL’s territory whose APL is not published) over its white', async () => {
    // A metropolitan commune without APL (the Meuse's uninhabited « villages morts »): in the APL's coverage, so the
    // map hatches nothing else there (Mayotte, outside it, gets the coverage hatching on top).
    const apl = await api<{ valeurs: Record<string, number | null> }>('/api/acces/communes?indicateur=apl');
    const sansValeur = Object.entries(apl.valeurs)
      .filter(([code, valeur]) => valeur === null && !code.startsWith('97'))
      .map(([code]) => code);
    expect(sansValeur.length).toBeGreaterThan(0);
    const candidates = await Promise.all(
      sansValeur.slice(0, 20).map(async (code) => ({ code, ...(await api<Territoire>(`/api/territoires/commune/${code}`)) })),
    );
    const aire = (t: Territoire) => (t.bbox[2] - t.bbox[0]) * (t.bbox[3] - t.bbox[1]);
    const commune = candidates.filter((t) => t.bbox && t.centre).sort((a, b) => aire(b) - aire(a))[0];
    const [lng, lat] = commune.centre;
    await page.goto(`${urlApplication()}/?indicateur=apl&carte=${lng},${lat},13`, { waitUntil: 'domcontentloaded' });
    await canevas().waitFor({ state: 'visible', timeout: 20_000 });
    await page
      .locator('mlg-legende')
      .getByText(/Source : DREES/)
      .waitFor({ timeout: 30_000 });
    let mesures: Parts[] = [];
    // White between grey stripes (« hors zonage » has no white: see the next test).
    const raye = (m: Parts) => m.blanc > 0.15 && m.gris > 0.15;
    await attendreQue(
      async () => {
        mesures = [];
        for (const [dx, dy] of DECALAGES) mesures.push(await autour(commune.centre, dx, dy));
        return mesures.some(raye);
      },
      30_000,
      `${commune.code} : pas de rayures`,
    ).catch((e: Error) => {
      throw new Error(`${e.message} : ${JSON.stringify(mesures)}`);
    });
    await page.screenshot({ path: path.join(DOSSIER_CAPTURES, `carte-sans-donnee-${commune.code}.png`) });
  });

  it('fills a « hors zonage » commune in flat grey, without stripes, in the doctors’ zonage', async () => {
    const zonage = await api<{ valeurs: Record<string, string> | null }>('/api/zonages/medecin');
    const horsZonage = Object.entries(zonage.valeurs ?? {})
      .filter(([, classe]) => classe === 'HZ')
      .map(([code]) => code)
      .filter((code) => !code.startsWith('97'));
    expect(horsZonage.length).toBeGreaterThan(0);
    // The largest of a few « hors zonage » communes, so that 16 px around its inner point stay inside it.
    const candidates = await Promise.all(
      horsZonage
        .filter((_, i) => i % Math.ceil(horsZonage.length / 60) === 0)
        .map(async (code) => ({ code, ...(await api<Territoire>(`/api/territoires/commune/${code}`)) })),
    );
    const aire = (t: Territoire) => (t.bbox[2] - t.bbox[0]) * (t.bbox[3] - t.bbox[1]);
    const commune = candidates.filter((t) => t.bbox && t.centre).sort((a, b) => aire(b) - aire(a))[0];
    expect(commune).toBeDefined();
    const [lng, lat] = commune.centre;
    await page.goto(`${urlApplication()}/?indicateur=zonage_medecin&carte=${lng},${lat},12`, { waitUntil: 'domcontentloaded' });
    await canevas().waitFor({ state: 'visible', timeout: 20_000 });
    await page.locator('mlg-legende').getByText('Hors zonage').waitFor({ timeout: 30_000 });
    // Every région's doctors' zonage may be outdated (hatched dark over the classes, see carte-lisible): the grey
    // of « hors zonage » shows between those stripes, and nothing lighter — no white, no « sans donnée » stripes.
    const uni = (m: Parts) => m.horsZonage > 0.4 && m.plusClair === 0;
    let mesures: Parts[] = [];
    await attendreQue(
      async () => {
        mesures = [];
        for (const [dx, dy] of DECALAGES) mesures.push(await autour(commune.centre, dx, dy));
        return mesures.some(uni);
      },
      30_000,
      `${commune.code} : pas de gris uni`,
    ).catch((e: Error) => {
      throw new Error(`${e.message} : ${JSON.stringify(mesures)}`);
    });
    for (const m of mesures.filter((m) => m.horsZonage > 0.4)) expect(m.blanc).toBe(0);
    await page.screenshot({ path: path.join(DOSSIER_CAPTURES, `carte-hors-zonage-${commune.code}.png`) });
  });

  it('shows the stripes in the legend swatch of « sans donnée », and a flat grey for « hors zonage »', async () => {
    const legende = page.locator('mlg-legende');
    const style = (texte: string) =>
      legende
        .locator('li', { hasText: texte })
        .locator('.legende__pastille')
        .evaluate((e) => ({ fond: getComputedStyle(e).backgroundColor, image: getComputedStyle(e).backgroundImage }));
    const sansDonnee = await style('sans donnée');
    expect(sansDonnee.fond).toBe('rgb(255, 255, 255)');
    expect(sansDonnee.image).toMatch(/repeating-linear-gradient\(45deg, .*rgb\(102, 102, 102\)/);
    await expect(style('Hors zonage')).resolves.toEqual({ fond: 'rgb(168, 168, 168)', image: 'none' });
  });

  it('logged no error in the page', () => {
    expect(erreursConsole).toEqual([]);
  });
});
