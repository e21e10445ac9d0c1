/// <reference lib="dom" />
import { mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { Browser, Page } from 'playwright-core';
import { attendreQue, DOSSIER_CAPTURES, lancerNavigateur, urlApplication } from '../support/navigateur';
import { partDePixels } from './pixels-carte';

/** frontend/src/app/carte/couches/selection.couche.ts, indicateurs/zonage.indicateur.ts */
const COULEUR_SELECTION = '#000091';
const ANCIENNE_COULEUR_SELECTION = '#e1000f';
const COULEURS_POPULATION = ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'];
const COULEURS_ZONAGE_INFIRMIER = ['#b2182b', '#ef8a62', '#f6e8c3', '#92c5de', '#2166ac'];

interface CarteZonage {
  validite: { region: string; nomRegion: string; statut: string }[];
}

describe('Carte lisible : noms de lieux, valeur au survol, sélection, zonages et légendes', () => {
  let navigateur: Browser;
  let page: Page;
  const erreursConsole: string[] = [];
  const requetes: string[] = [];
  const canevas = () => page.locator('.maplibregl-canvas');

  beforeAll(async () => {
    mkdirSync(DOSSIER_CAPTURES, { recursive: true });
    navigateur = await lancerNavigateur();
    page = await navigateur.newPage({ viewport: { width: 1280, height: 860 }, locale: 'fr-FR', reducedMotion: 'reduce' });
    page.on('console', (m) => m.type() === 'error' && erreursConsole.push(m.text()));
    page.on('pageerror', (e) => erreursConsole.push(e.message));
    page.on('request', (r) => requetes.push(decodeURIComponent(r.url())));
  });

  afterAll(async () => {
    await navigateur?.close();
  });

  it('names the larger places with the glyphs shipped with the dashboard, then every commune once zoomed in', async () => {
    // Population: no class is white, so the white pixels are the names' halos (commune outlines start at zoom 8).
    await page.goto(`${urlApplication()}/?indicateur=population&carte=4.3,45.6,7.5`, { waitUntil: 'domcontentloaded' });
    await canevas().waitFor({ state: 'visible', timeout: 20_000 });
    await page
      .locator('mlg-legende')
      .getByText(/Source : INSEE/)
      .waitFor({ timeout: 20_000 });
    // Communes are white (« sans donnée ») until their values are drawn: wait for the population colours first.
    let colorees = 0;
    await attendreQue(
      async () => (colorees = await partDePixels(page, await canevas().screenshot(), COULEURS_POPULATION)) > 0.3,
      30_000,
      `population non dessinée (${colorees})`,
    );
    let halos = 0;
    await attendreQue(async () => (halos = await partDePixels(page, await canevas().screenshot(), ['#ffffff'], 0)) > 0.004, 30_000, `noms absents (${halos})`);
    expect(requetes.some((u) => u.includes('/glyphes/Noto Sans Bold/0-255.pbf'))).toBe(true);
    expect(requetes.some((u) => u.includes('/api/territoires/etiquettes?niveau=principales'))).toBe(true);
    expect(requetes.some((u) => u.includes('niveau=autres'))).toBe(false);
    await page.screenshot({ path: path.join(DOSSIER_CAPTURES, 'carte-noms-zoom-7.png') });

    await page.goto(`${urlApplication()}/?indicateur=population&carte=4.39,45.43,10`, { waitUntil: 'domcontentloaded' });
    await attendreQue(async () => requetes.some((u) => u.includes('/api/territoires/etiquettes?niveau=autres')), 20_000, 'communes non demandées');
    await page.waitForTimeout(2_000);
    await page.screenshot({ path: path.join(DOSSIER_CAPTURES, 'carte-noms-zoom-10.png') });
  });

  it('frames a selected commune with its neighbours, outlined in blue, not in the under-served red', async () => {
    await page.goto(urlApplication(), { waitUntil: 'domcontentloaded' });
    await canevas().waitFor({ state: 'visible', timeout: 20_000 });
    await page.getByRole('combobox', { name: /Rechercher une commune/ }).fill('Boussac');
    await page.getByRole('option', { name: /^Boussac Commune 23031/ }).click();
    await page.getByRole('heading', { level: 2, name: 'Boussac' }).waitFor({ timeout: 15_000 });
    let zoom = Infinity;
    await attendreQue(
      async () => {
        const carte = new URL(page.url()).searchParams.get('carte');
        zoom = carte ? Number(carte.split(',')[2]) : Infinity;
        return Number.isFinite(zoom);
      },
      15_000,
      'position absente',
    );
    // Boussac is about 2 km wide: at zoom 11.5 at most the map shows some 30 km around it.
    expect(zoom).toBeLessThanOrEqual(11.5);
    let bleu = 0;
    await attendreQue(
      async () => (bleu = await partDePixels(page, await canevas().screenshot(), [COULEUR_SELECTION], 30)) > 0.0005,
      20_000,
      `contour bleu absent (${bleu})`,
    );
    expect(await partDePixels(page, await canevas().screenshot(), [ANCIENNE_COULEUR_SELECTION], 20)).toBeLessThan(0.0002);
    await page.screenshot({ path: path.join(DOSSIER_CAPTURES, 'carte-selection-boussac.png') });
  });

  it('shows the value of the indicator drawn in the tooltip of the commune under the pointer', async () => {
    const attendu = (await (await fetch(`${urlApplication()}/api/acces/commune/23031`)).json()) as { apl: { valeur: number } };
    const boite = (await canevas().boundingBox())!;
    await page.mouse.move(boite.x + boite.width / 2, boite.y + boite.height / 2);
    const infobulle = page.locator('.carte__infobulle');
    await infobulle.waitFor({ timeout: 10_000 });
    const texte = (await infobulle.textContent()) ?? '';
    expect(texte).toMatch(/Boussac\s*\(23031\)/);
    const valeur = attendu.apl.valeur.toLocaleString('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    expect(texte).toContain(`APL aux médecins généralistes : ${valeur}`);
  });

  it('adds the simulated ΔAPL to the tooltip while a simulation result is drawn', async () => {
    const fiche = (await (await fetch(`${urlApplication()}/api/territoires/commune/23031`)).json()) as { centre: [number, number] };
    const resultat = (await (
      await fetch(`${urlApplication()}/api/acces/simulation`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ changements: [{ type: 'ouverture_msp', commune: '23031', nombre: 3 }] }),
      })
    ).json()) as { communes: { code: string; delta: number }[] };
    const delta = resultat.communes.find((c) => c.code === '23031')!.delta;
    const [lng, lat] = fiche.centre;
    await page.goto(`${urlApplication()}/?onglet=simuler&scenario=msp.23031.3&resultat=oui&carte=${lng},${lat},11`, { waitUntil: 'domcontentloaded' });
    await page.locator('mlg-legende-simulation').waitFor({ timeout: 30_000 });
    const boite = (await canevas().boundingBox())!;
    const infobulle = page.locator('.carte__infobulle');
    // the tooltip answers a pointer move over a drawn commune: move again until the tiles of this view are drawn
    await attendreQue(
      async () => {
        await page.mouse.move(boite.x + boite.width / 2 + 1, boite.y + boite.height / 2);
        await page.mouse.move(boite.x + boite.width / 2, boite.y + boite.height / 2);
        return infobulle.isVisible();
      },
      30_000,
      'aucune infobulle sous le pointeur au centre de la carte',
    );
    const attendu = delta.toLocaleString('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: 'exceptZero' });
    await expect(infobulle.textContent()).resolves.toContain(`ΔAPL simulée : ${attendu}`);
    await expect(infobulle.textContent()).resolves.toMatch(/Boussac/);
  });

  it('offers the nurses’ zonage, says where the zonage loaded is outdated, and the legends stay inside the map', async () => {
    const infirmiers = (await (await fetch(`${urlApplication()}/api/zonages/infirmier`)).json()) as CarteZonage;
    const perimees = infirmiers.validite.filter((v) => v.statut === 'perimee');
    await page.goto(`${urlApplication()}/?territoire=commune:23031`, { waitUntil: 'domcontentloaded' });
    await canevas().waitFor({ state: 'visible', timeout: 20_000 });
    await page.getByLabel('Indicateur').selectOption('zonage_infirmier');
    const legende = page.locator('mlg-legende');
    await legende.getByText('Très sous-dotée').waitFor({ timeout: 20_000 });
    let part = 0;
    await attendreQue(
      async () => (part = await partDePixels(page, await canevas().screenshot(), COULEURS_ZONAGE_INFIRMIER)) > 0.03,
      20_000,
      `zonage infirmiers non dessiné (${part})`,
    );
    const validite = legende.getByTestId('legende-validite');
    if (perimees.length === 0) {
      await expect(validite.textContent()).resolves.toMatch(/Version en vigueur dans toutes les régions/);
    } else {
      const attendu = perimees.length === infirmiers.validite.length ? 'dans toutes les régions' : `dans ${perimees.length}\u00a0région`;
      await expect(validite.textContent()).resolves.toContain(`Zonage périmé ${attendu}`);
      await legende.getByText(/Régions? concernées?/).click();
      for (const r of perimees) await legende.getByText(r.nomRegion, { exact: false }).first().waitFor({ timeout: 5_000 });
      await legende.getByText('zonage périmé (hachures)').waitFor({ timeout: 5_000 });
      // The map hatches exactly those régions.
      const attendues = perimees
        .map((r) => r.region)
        .sort()
        .join(',');
      await attendreQue(
        async () => (await page.locator('mlg-carte').getAttribute('data-regions-zonage-perime')) === attendues,
        20_000,
        `régions hachurées attendues ${attendues}`,
      );
    }
    await legende.getByText('Notes sur les données').click();
    const carte = (await page.locator('.tableau__carte').boundingBox())!;
    const cadre = (await page.locator('.tableau__legende').boundingBox())!;
    expect(cadre.y).toBeGreaterThanOrEqual(carte.y);
    expect(cadre.y + cadre.height).toBeLessThanOrEqual(carte.y + carte.height + 1);
    await page.screenshot({ path: path.join(DOSSIER_CAPTURES, 'carte-zonage-infirmiers.png') });
  });

  it('hatches on the map the région where the nurses’ zonage is outdated, and not a région where it is in force', async () => {
    const infirmiers = (await (await fetch(`${urlApplication()}/api/zonages/infirmier`)).json()) as CarteZonage;
    const perimee = infirmiers.validite.find((v) => v.statut === 'perimee');
    const enVigueur = infirmiers.validite.find((v) => v.statut !== 'perimee' && !/^0/.test(v.region));
    if (!perimee || !enVigueur) return; // every région outdated, or none: nothing to compare (the legend test above says which)
    // Stripes of the hatching pattern (rgba(58,58,58,170/255)) over each colour of the palette.
    const rayures = COULEURS_ZONAGE_INFIRMIER.map((c) => {
      const [r, g, b] = [1, 3, 5].map((i) => Math.round((170 / 255) * 58 + (1 - 170 / 255) * parseInt(c.slice(i, i + 2), 16)));
      return `#${[r, g, b].map((x) => x.toString(16).padStart(2, '0')).join('')}`;
    });
    const partRayee = async (region: string) => {
      await page.goto(`${urlApplication()}/?territoire=region:${region}&indicateur=zonage_infirmier`, { waitUntil: 'domcontentloaded' });
      await canevas().waitFor({ state: 'visible', timeout: 20_000 });
      await page.locator('mlg-legende').getByText('Très sous-dotée').waitFor({ timeout: 30_000 });
      let part = 0;
      await attendreQue(
        async () => (part = await partDePixels(page, await canevas().screenshot(), COULEURS_ZONAGE_INFIRMIER)) > 0.03,
        30_000,
        `zonage infirmiers non dessiné (${part})`,
      );
      await attendreQue(async () => (await page.locator('mlg-carte').getAttribute('data-regions-zonage-perime')) !== null, 20_000, 'hachures non posées');
      return partDePixels(page, await canevas().screenshot(), rayures, 24);
    };
    const dansPerimee = await partRayee(perimee.region);
    await page.screenshot({ path: path.join(DOSSIER_CAPTURES, `carte-zonage-perime-${perimee.region}.png`) });
    const dansEnVigueur = await partRayee(enVigueur.region);
    expect(dansPerimee).toBeGreaterThan(0.02);
    expect(dansPerimee).toBeGreaterThan(5 * dansEnVigueur);
  });

  it('gives « hors zonage » and « sans donnée » clearly different colours in the doctors’ zonage legend', async () => {
    await page.getByLabel('Indicateur').selectOption('zonage_medecin');
    const legende = page.locator('mlg-legende');
    await legende.getByText('Hors zonage').waitFor({ timeout: 20_000 });
    const fond = (texte: string) =>
      legende
        .locator('li', { hasText: texte })
        .locator('.legende__pastille')
        .evaluate((e) => getComputedStyle(e).backgroundColor);
    await expect(fond('Hors zonage')).resolves.toBe('rgb(168, 168, 168)');
    await expect(fond('sans donnée')).resolves.toBe('rgb(255, 255, 255)');
    const medecins = (await (await fetch(`${urlApplication()}/api/zonages/medecin`)).json()) as CarteZonage;
    if (medecins.validite.some((v) => v.statut === 'perimee')) {
      await expect(legende.getByTestId('legende-validite').textContent()).resolves.toMatch(/Zonage périmé dans/);
    }
  });

  it('logged no error in the page', () => {
    expect(erreursConsole).toEqual([]);
  });
});
