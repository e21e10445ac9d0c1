/// <reference lib="dom" />
import { mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { Browser, Page } from 'playwright-core';
import { attendreQue, DOSSIER_CAPTURES, lancerNavigateur, urlApplication } from '../support/navigateur';
import { partDePixels } from './pixels-carte';

/** frontend/src/app/simulation/palette-delta.ts */
const COULEUR_INCHANGEE = '#e8e8e8';
const COULEURS_HAUSSE = ['#d1e5f0', '#92c5de', '#4393c3', '#2166ac'];

interface CommuneSimulee {
  code: string;
  nom: string;
  delta: number;
  classeAvant: string | null;
  classeApres: string | null;
}

describe('Simuler : une MSP de 3 médecins dans une commune sous-dotée', () => {
  let navigateur: Browser;
  let page: Page;
  const erreursConsole: string[] = [];
  /** An under-served commune of the Loire, taken from the API (most populated first). */
  let commune: { code: string; nom: string; apl: number };

  beforeAll(async () => {
    mkdirSync(DOSSIER_CAPTURES, { recursive: true });
    const zones = (await (await fetch(`${urlApplication()}/api/acces/zones-sous-dotees?territoire=departement:42&classes=sous_dotee`)).json()) as {
      communes: { code: string; nom: string; apl: number }[];
    };
    commune = zones.communes[0];
    navigateur = await lancerNavigateur();
    page = await navigateur.newPage({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR', reducedMotion: 'reduce' });
    page.on('console', (m) => m.type() === 'error' && erreursConsole.push(m.text()));
    page.on('pageerror', (e) => erreursConsole.push(e.message));
  });

  afterAll(async () => {
    await navigateur?.close();
  });

  it('picks the commune with the search while the « Simuler » tab stays open, and states the travel-time caveat', async () => {
    expect(commune.apl).toBeLessThan(2.5);
    await page.goto(urlApplication(), { waitUntil: 'domcontentloaded' });
    await page.locator('.maplibregl-canvas').waitFor({ state: 'visible', timeout: 20_000 });
    await page.getByRole('tab', { name: 'Simuler' }).click();
    const panneau = page.getByRole('tabpanel', { name: 'Simuler' });
    await expect(panneau.textContent()).resolves.toMatch(/approximation du distancier routier INSEE Metric/i);

    await page.getByRole('combobox', { name: /Rechercher une commune/ }).fill(commune.nom);
    await page.getByRole('option', { name: new RegExp(`^${commune.nom} Commune ${commune.code}`) }).click();
    const lieu = panneau.getByTestId('simulation-lieu');
    await attendreQue(async () => (await lieu.count()) > 0 && (await lieu.textContent()) === commune.nom, 10_000, 'la commune cherchée n’a pas été choisie');
    await expect(page.getByRole('tab', { name: 'Simuler' }).getAttribute('aria-selected')).resolves.toBe('true');
  });

  it('picks another commune by clicking the map, without leaving the « Simuler » tab', async () => {
    const boite = (await page.locator('.maplibregl-canvas').boundingBox())!;
    const lieu = page.getByTestId('simulation-lieu');
    // The searched commune is framed at the centre; a point near the left edge is a neighbour.
    await attendreQue(
      async () => {
        await page.mouse.click(boite.x + 30, boite.y + boite.height / 2);
        await page.waitForTimeout(400);
        return (await lieu.textContent()) !== commune.nom;
      },
      15_000,
      'le clic sur la carte n’a pas choisi de commune',
    );
    await expect(page.getByRole('tab', { name: 'Simuler' }).getAttribute('aria-selected')).resolves.toBe('true');
    await expect(page.getByRole('tabpanel', { name: 'Simuler' }).isVisible()).resolves.toBe(true);

    // Back to the under-served commune through the search.
    await page.getByRole('combobox', { name: /Rechercher une commune/ }).fill(commune.nom);
    await page.getByRole('option', { name: new RegExp(`^${commune.nom} Commune ${commune.code}`) }).click();
    await attendreQue(async () => (await lieu.textContent()) === commune.nom, 10_000, 'la commune cherchée n’a pas été choisie');
  });

  it('runs the scenario: ΔAPL > 0 in the commune, communes changing class listed, ΔAPL drawn on the map', async () => {
    const panneau = page.getByRole('tabpanel', { name: 'Simuler' });
    await expect(panneau.getByLabel(/Changement/).inputValue()).resolves.toBe('ouverture_msp');
    await panneau.getByLabel(/Nombre de médecins généralistes/).fill('3');
    // « Lancer » runs the change being chosen: no separate « Ajouter » step.
    await panneau.getByRole('button', { name: 'Lancer la simulation' }).click();
    await expect(panneau.locator('.simulation__changement').textContent()).resolves.toContain(commune.nom);

    const table = panneau.getByTestId('simulation-communes');
    await table.waitFor({ timeout: 30_000 });
    const ligne = table.locator('tbody tr', { hasText: `(${commune.code})` });
    const delta = Number(await ligne.locator('[data-delta]').getAttribute('data-delta'));
    expect(delta).toBeGreaterThan(0);
    await expect(ligne.locator('td').nth(2).textContent()).resolves.toMatch(/^\+0,\d+|^\+\d+,\d+/);

    // The same scenario over HTTP says which communes change class: the table lists them all.
    const attendu = (await (
      await fetch(`${urlApplication()}/api/acces/simulation`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ changements: [{ type: 'ouverture_msp', commune: commune.code, nombre: 3 }] }),
      })
    ).json()) as { communes: CommuneSimulee[] };
    const changeantDeClasse = attendu.communes.filter((c) => c.classeAvant !== c.classeApres);
    expect(changeantDeClasse.length).toBeGreaterThan(0);
    const classes = panneau.getByTestId('simulation-changements-classe');
    await expect(classes.locator('tbody tr').count()).resolves.toBe(changeantDeClasse.length);
    const texteClasses = await classes.textContent();
    for (const c of changeantDeClasse) expect(texteClasses).toContain(`(${c.code})`);
    await expect(panneau.getByTestId('simulation-franchissements').textContent()).resolves.toMatch(/Au-dessus de 2,5\s*:\s*[\d\s  ]+habitants/);
    await expect(panneau.textContent()).resolves.toMatch(/Bilan par territoire.*Loire/s);

    await expect(page.getByTestId('legende-simulation').textContent()).resolves.toMatch(/Variation de l’APL simulée.*\+1 ou plus.*Source : DREES/s);
    // Zoom out until the unchanged communes around show (grey), the changed ones in blue.
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Dézoomer' }).click();
    const carte = page.locator('.tableau__carte');
    let hausse = 0;
    await attendreQue(
      async () => (hausse = await partDePixels(page, await carte.screenshot(), COULEURS_HAUSSE)) > 0.01,
      20_000,
      `ΔAPL invisible sur la carte (part en bleu : ${hausse})`,
    );
    await page.screenshot({ path: path.join(DOSSIER_CAPTURES, 'simulation-msp.png') });
    expect(await partDePixels(page, await carte.screenshot(), [COULEUR_INCHANGEE])).toBeGreaterThan(0.05);
    await classes.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(DOSSIER_CAPTURES, 'simulation-resultat.png') });
  });

  it('resets: the scenario is emptied and the map shows the indicator again', async () => {
    const panneau = page.getByRole('tabpanel', { name: 'Simuler' });
    await panneau.getByRole('button', { name: 'Réinitialiser' }).click();
    // Rendering follows the click asynchronously (zoneless change detection): wait for it.
    await attendreQue(async () => (await panneau.getByTestId('simulation-communes').count()) === 0, 5_000, 'le résultat est resté affiché');
    await expect(panneau.locator('.simulation__changement').count()).resolves.toBe(0);
    await expect(page.getByTestId('legende-simulation').count()).resolves.toBe(0);
    await expect(page.locator('mlg-legende').textContent()).resolves.toMatch(/Source :/);
    const carte = page.locator('.tableau__carte');
    let inchangee = 1;
    await attendreQue(
      async () => (inchangee = await partDePixels(page, await carte.screenshot(), [COULEUR_INCHANGEE])) < 0.01,
      10_000,
      `la couche ΔAPL est restée affichée (part grise : ${inchangee})`,
    );
  });

  it('« Simuler » on an EPCI card preselects it: retirement of the GPs over 65 there lowers the APL', async () => {
    await page.getByRole('tab', { name: 'Territoire' }).click();
    await page.getByRole('combobox', { name: /Rechercher une commune/ }).fill('Saint-Étienne Métropole');
    await page.getByRole('option', { name: /^Saint-Étienne Métropole EPCI/ }).click();
    await page.getByRole('heading', { level: 2, name: 'Saint-Étienne Métropole' }).waitFor({ timeout: 10_000 });
    await page.getByRole('tabpanel', { name: 'Territoire' }).getByRole('button', { name: 'Simuler', exact: true }).click();

    const panneau = page.getByRole('tabpanel', { name: 'Simuler' });
    await panneau.waitFor({ state: 'visible', timeout: 5_000 });
    await attendreQue(async () => (await panneau.getByTestId('simulation-lieu').textContent()) === 'Saint-Étienne Métropole', 5_000, 'EPCI non présélectionné');
    await attendreQue(
      async () => (await panneau.getByLabel(/Changement/).inputValue()) === 'depart_retraite',
      5_000,
      'départs en retraite non proposés pour un EPCI',
    );
    await panneau.getByRole('button', { name: 'Lancer la simulation' }).click();
    const territoires = panneau.getByTestId('simulation-territoires');
    await territoires.waitFor({ timeout: 30_000 });
    const ligne = territoires.locator('tbody tr', { hasText: 'Saint-Étienne Métropole' });
    await expect(ligne.textContent()).resolves.toMatch(/\(−\d+,\d+\)|\(-\d+,\d+\)/);
    const premier = Number(await panneau.getByTestId('simulation-communes').locator('[data-delta]').first().getAttribute('data-delta'));
    expect(premier).toBeLessThan(0);
    await panneau.getByRole('button', { name: 'Réinitialiser' }).click();
  });

  it('logged no error in the page', () => {
    expect(erreursConsole).toEqual([]);
  });
});
