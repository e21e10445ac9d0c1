/// <reference lib="dom" />
import { mkdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Browser, Page } from 'playwright-core';
import { attendreQue, DOSSIER_CAPTURES, lancerNavigateur, urlApplication } from '../support/navigateur';
import { connexionAdmin, pageConnectee } from '../support/session-admin';
import { partAssombrie } from './pixels-carte';

const NOM_FIXTURE = 'etalab-cs1100507-stock-20260105-essai-nouvelle-aquitaine.csv';

/**
 * Issue 11: the Creuse card says structures are not loaded for Nouvelle-Aquitaine and how to load them; once a
 * national-format FINESS extract covering Nouvelle-Aquitaine is uploaded, the same card shows real counts.
 * The extract is dropped on the « Données » screen as an administrator would, and rolled back at the end.
 */
describe('Couverture des données : la fiche de la Creuse avant et après le chargement d’un FINESS de Nouvelle-Aquitaine', () => {
  let navigateur: Browser;
  let page: Page;
  let jeton: string;
  /** The FINESS version this test imports, rolled back at the end. */
  let versionImportee: number | null = null;
  /** Départements hatched for the MSP layer before the upload. */
  let hachuresAvant = 0;

  beforeAll(async () => {
    mkdirSync(DOSSIER_CAPTURES, { recursive: true });
    const session = await connexionAdmin();
    jeton = session.jeton;
    navigateur = await lancerNavigateur();
    // logged in: the « Données » screen is for ARS and admins
    page = await pageConnectee(navigateur, session);
  });

  afterAll(async () => {
    // Roll the imported version back, whatever happened: the other browser tests rely on the shipped FINESS alone.
    if (versionImportee !== null) {
      await fetch(`${urlApplication()}/api/donnees/versions/${versionImportee}/retour`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${jeton}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ motif: 'test navigateur de la couverture' }),
      });
    }
    await navigateur?.close();
  });

  async function ouvrirCreuse(): Promise<void> {
    await page.goto(urlApplication(), { waitUntil: 'domcontentloaded' });
    const recherche = page.getByRole('combobox', { name: /Rechercher une commune/ });
    await recherche.fill('creuse');
    await page.getByRole('option', { name: /^Creuse Département 23/ }).click({ timeout: 15_000 });
    await page.getByRole('heading', { level: 2, name: 'Creuse' }).waitFor({ timeout: 15_000 });
  }

  it('says the structures are not loaded for the Creuse, where they are, and how to load them — no 0', async () => {
    await ouvrirCreuse();
    const nonChargees = page.getByTestId('fiche-structures-non-chargees');
    await nonChargees.waitFor({ timeout: 20_000 });
    await expect(nonChargees.textContent()).resolves.toContain('non chargés pour ce territoire');
    const enonce = page.getByTestId('fiche-structures-couverture');
    await expect(enonce.textContent()).resolves.toContain('données chargées pour l’Occitanie seulement');
    await expect(enonce.textContent()).resolves.toContain('Importez l’extrait FINESS national (ou celui de la région) depuis l’écran « Données »');
    // Logged in as an administrator: the statement leads to the screen where the file is loaded.
    await expect(enonce.getByRole('link', { name: 'Ouvrir l’écran « Données »' }).getAttribute('href')).resolves.toBe('/donnees');
    await expect(page.locator('.fiche').textContent()).resolves.not.toMatch(/MSP : 0/);
    await page.locator('.fiche').screenshot({ path: path.join(DOSSIER_CAPTURES, 'couverture-creuse-non-chargee.png') });
  });

  it('hatches where MSP are not loaded when the MSP layer is on, says so in the layers box, and counts MSP in the view', async () => {
    const carte = page.locator('.tableau__carte');
    // The view framed on the Creuse (nothing of it is loaded): a part of the map away from the panels, before and after.
    const boite = (await page.locator('.maplibregl-canvas').boundingBox())!;
    const zone = { x: boite.x + boite.width * 0.45, y: boite.y + boite.height * 0.35, width: boite.width * 0.45, height: boite.height * 0.45 };
    const avant = await page.screenshot({ clip: zone });
    await page.locator('.couches summary').click();
    await page.locator('label[for="couche-msp"]').click();
    await attendreQue(
      async () => (await page.locator('mlg-carte').getAttribute('data-theme-couverture')) === 'structures',
      10_000,
      'la couche MSP n’est pas la couche active',
    );
    await attendreQue(async () => Number(await page.locator('mlg-carte').getAttribute('data-departements-hachures')) > 50, 15_000, 'aucun département hachuré');
    const ligne = page.getByTestId('couche-couverture-msp');
    await ligne.waitFor({ timeout: 15_000 });
    await expect(ligne.textContent()).resolves.toContain('MSP : données chargées pour l’Occitanie seulement (zones hachurées)');
    // Logged in as an administrator: the layers box leads to the screen where the missing file is loaded.
    await expect(
      page.getByTestId('couche-charger-msp').getByRole('link', { name: 'Charger les données manquantes depuis l’écran « Données »' }).getAttribute('href'),
    ).resolves.toBe('/donnees');
    hachuresAvant = Number(await page.locator('mlg-carte').getAttribute('data-departements-hachures'));
    const compte = page.getByTestId('couche-source-msp');
    await attendreQue(async () => /données non chargées dans cette vue/.test((await compte.textContent()) ?? ''), 15_000, 'compte de la vue absent');
    await expect(compte.textContent()).resolves.not.toMatch(/\b0 MSP/);
    let part = 0;
    await attendreQue(
      async () => (part = await partAssombrie(page, avant, await page.screenshot({ clip: zone }))) > 0.08,
      20_000,
      `hachures invisibles (part de pixels assombris : ${part})`,
    );
    await carte.screenshot({ path: path.join(DOSSIER_CAPTURES, 'couverture-hachures-creuse.png') });

    // Over Toulouse the MSP are loaded: the count is a number, for the view.
    const recherche = page.getByRole('combobox', { name: /Rechercher une commune/ });
    await recherche.fill('toulouse');
    await page.getByRole('option', { name: /^Toulouse Commune 31555/ }).click({ timeout: 15_000 });
    await attendreQue(async () => /\d+ MSP dans la vue/.test((await compte.textContent()) ?? ''), 20_000, 'pas de compte de MSP dans la vue de Toulouse');
  });

  it('shows the real counts on the same card once the Nouvelle-Aquitaine extract is loaded from the « Données » screen', async () => {
    await page.goto(`${urlApplication()}/donnees`);
    await page.getByRole('heading', { level: 1, name: 'Données' }).waitFor({ timeout: 20_000 });
    await page.getByLabel('Type de fichier').selectOption({ label: 'Extrait FINESS des établissements (national ou régional)' });
    await page.locator('#televersement-fichier').setInputFiles({
      name: NOM_FIXTURE,
      mimeType: 'text/csv',
      buffer: readFileSync(path.join(__dirname, '..', 'fixtures', 'finess', NOM_FIXTURE)),
    });
    await page.getByRole('button', { name: 'Analyser le fichier' }).click();
    await page.locator('[data-testid="etat-televersement"][data-statut="pret"]').waitFor({ timeout: 60_000 });
    await expect(page.getByTestId('rapport-couverture').innerText()).resolves.toBe('Couverture après import : la Nouvelle-Aquitaine');
    await page.getByRole('button', { name: 'Importer' }).click();
    await page.getByTestId('import-termine').waitFor({ timeout: 60_000 });
    const versions = (await (
      await fetch(`${urlApplication()}/api/donnees/jeux/finess/versions`, { headers: { Authorization: `Bearer ${jeton}` } })
    ).json()) as {
      id: number;
    }[];
    versionImportee = versions[0].id;

    await ouvrirCreuse();
    const msp = page.getByTestId('fiche-structures-msp');
    await msp.waitFor({ timeout: 20_000 });
    const texte = async (testId: string) => (await page.getByTestId(testId).textContent())?.trim();
    await expect(texte('fiche-structures-msp')).resolves.toBe('MSP : 2');
    await expect(texte('fiche-structures-psp')).resolves.toBe('PSP : 0');
    await expect(texte('fiche-structures-cds')).resolves.toBe('Centres de santé : 1');
    await expect(texte('fiche-structures-cpts')).resolves.toBe('CPTS : 0');
    await expect(page.getByTestId('fiche-structures-non-chargees').count()).resolves.toBe(0);
    await expect(page.getByTestId('fiche-structures-couverture').count()).resolves.toBe(0);
    await page.locator('.fiche').screenshot({ path: path.join(DOSSIER_CAPTURES, 'couverture-creuse-chargee.png') });

    // The MSP layer over the Creuse: counted in the view, the 12 départements of Nouvelle-Aquitaine no longer hatched,
    // the other régions still hatched and said to be missing.
    await page.locator('.couches summary').click();
    await page.locator('label[for="couche-msp"]').click();
    const compte = page.getByTestId('couche-source-msp');
    await attendreQue(async () => /\d+ MSP dans la vue/.test((await compte.textContent()) ?? ''), 20_000, 'pas de compte de MSP dans la vue de la Creuse');
    await expect(compte.textContent()).resolves.not.toMatch(/non chargées/);
    let hachures = 0;
    await attendreQue(
      async () => (hachures = Number(await page.locator('mlg-carte').getAttribute('data-departements-hachures'))) === hachuresAvant - 12,
      15_000,
      `départements hachurés après l’import : ${hachures} au lieu de ${hachuresAvant - 12}`,
    );
    await expect(page.getByTestId('couche-couverture-msp').textContent()).resolves.toContain(
      'MSP : données chargées pour la Nouvelle-Aquitaine et l’Occitanie seulement (zones hachurées)',
    );
    await page.locator('.tableau__carte').screenshot({ path: path.join(DOSSIER_CAPTURES, 'couverture-hachures-apres-import.png') });
    // Elsewhere nothing changed: the Finistère card still says « not loaded », with no count.
    const finistere = (await (await fetch(`${urlApplication()}/api/couverture/departement/29`)).json()) as {
      structures: { parType: { msp: number | null }; couverture: { couvert: boolean | string } };
    };
    expect(finistere.structures).toMatchObject({ parType: { msp: null }, couverture: { couvert: false } });
  });
});
