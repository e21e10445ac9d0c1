/// <reference lib="dom" />
import { mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { Browser, Page } from 'playwright-core';
import { attendreQue, DOSSIER_CAPTURES, lancerNavigateur, urlApplication } from '../support/navigateur';
import { api, connexionAdmin, pageConnectee } from '../support/session-admin';

/** TEST FIXTURE (test/fixtures/apl/generer-essai-creuse.mjs): the DREES layout, a « 2024 » vintage for the Creuse only. */
const ESSAI_APL = path.join(__dirname, '..', 'fixtures', 'apl', 'apl-mg-drees-2024-essai-creuse.xlsx');

/** Polls the APL 2024 layer until it answers `statut` (the engine re-reads its data every few seconds when it changed). */
async function attendreApl2024(statut: number): Promise<void> {
  const fin = Date.now() + 240_000;
  while ((await fetch(`${urlApplication()}/api/acces/communes?indicateur=apl&annee=2024`)).status !== statut && Date.now() < fin)
    await new Promise((r) => setTimeout(r, 500));
}

interface VersionZonage {
  id: number;
  libelle: string;
  arrete: string | null;
  dateArrete: string | null;
  lienArrete: string | null;
  debut: string;
  fin: string | null;
}

/**
 * The « Données » screen (issue 11), the two uploads/edits not covered by donnees.e2e-spec.ts: an administrator
 * loads the DREES APL workbook of a new vintage (report, import, the dataset listed with its vintage; rolled back at
 * the end from the screen), and edits the arrêté of an existing zonage version (restored at the end).
 */
describe('Écran « Données » : millésime APL de la DREES et arrêtés de zonage', () => {
  let navigateur: Browser;
  let page: Page;
  let jeton: string;
  const versionsCreees: number[] = [];
  let arreteInitial: VersionZonage | null = null;
  let retourFait = false;
  const erreursConsole: string[] = [];

  beforeAll(async () => {
    mkdirSync(DOSSIER_CAPTURES, { recursive: true });
    const connexion = await connexionAdmin();
    jeton = connexion.jeton;
    navigateur = await lancerNavigateur();
    page = await pageConnectee(navigateur, connexion);
    page.on('console', (m) => m.type() === 'error' && !/status of 4\d\d/.test(m.text()) && erreursConsole.push(m.text()));
    page.on('pageerror', (e) => erreursConsole.push(e.message));
  });
  afterAll(async () => {
    // the shared test database must not keep what this test changed
    for (const id of versionsCreees.reverse())
      await api(`/api/donnees/versions/${id}/retour`, { methode: 'POST', jeton, corps: { motif: 'fin du test navigateur' } });
    // the access engine re-reads its data after the rollback: the next specs start once it is done
    if (versionsCreees.length || retourFait) await attendreApl2024(400);
    if (arreteInitial) {
      const { id, arrete, dateArrete, lienArrete, debut, fin } = arreteInitial;
      await api(`/api/zonages/versions/${id}`, { methode: 'PATCH', jeton, corps: { arrete, dateArrete, lienArrete, debut, fin } });
    }
    await navigateur?.close();
  }, 300_000);

  it('loads the DREES APL workbook of a new vintage: the report names the vintage and its coverage, the import lists it, the rollback withdraws it', async () => {
    await page.goto(`${urlApplication()}/donnees`);
    await page.getByRole('heading', { level: 1, name: 'Données' }).waitFor();
    await page.getByLabel('Type de fichier').selectOption({ label: 'APL aux médecins généralistes (DREES), nouveau millésime' });
    await page.locator('#televersement-fichier').setInputFiles(ESSAI_APL);
    await page.getByRole('button', { name: 'Analyser le fichier' }).click();
    await page.locator('[data-testid="etat-televersement"][data-statut="pret"]').waitFor({ timeout: 90_000 });
    await expect(page.getByTestId('rapport-couverture').innerText()).resolves.toContain('Creuse');
    const rapport = await page.getByTestId('rapport-validation').innerText();
    expect(rapport).toContain('Millésimes : 2024');
    expect(rapport).toMatch(/Communes 2026 avec une APL 2024 : 255/);
    await page.screenshot({ path: path.join(DOSSIER_CAPTURES, 'donnees-rapport-apl.png'), fullPage: true });

    await page.getByRole('button', { name: 'Importer' }).click();
    await page.getByTestId('import-termine').waitFor({ timeout: 90_000 });
    const versions = await api<{ id: number }[]>('/api/donnees/jeux/apl/versions', { jeton });
    versionsCreees.push(versions[0].id);
    const ligne = page.locator('[data-testid="jeux-charges"] tr[data-jeu="apl"]');
    await attendreQue(async () => (await ligne.innerText()).includes('2024'), 10_000, 'le jeu APL chargé ne cite pas le millésime 2024');
    await expect(ligne.innerText()).resolves.toContain('Creuse');

    // The supply estimate is not re-run by the upload: the prospective says it still starts from the APL 2023.
    await attendreApl2024(200);
    await page.goto(urlApplication(), { waitUntil: 'domcontentloaded' });
    await page.getByRole('tab', { name: 'Prospective' }).click();
    const prospective = page.getByRole('tabpanel', { name: 'Prospective' });
    await prospective.locator('summary', { hasText: 'Méthode' }).click();
    const millesime = prospective.getByTestId('prospective-millesime-offre');
    await millesime.waitFor({ timeout: 30_000 });
    await expect(millesime.innerText()).resolves.toMatch(
      /^L’offre de départ est estimée à partir de l’APL 2023 : le millésime 2024, chargé depuis, n’a pas encore servi à l’estimer, ces chiffres partent donc de l’APL 2023\./,
    );
    await page.screenshot({ path: path.join(DOSSIER_CAPTURES, 'prospective-millesime-offre.png') });
    await page.goto(`${urlApplication()}/donnees`);
    await page.getByRole('heading', { level: 1, name: 'Données' }).waitFor();

    // « Revenir à la version précédente » from the screen: the 2024 vintage is withdrawn, with its reason
    await ligne.getByRole('button', { name: /versions?$/ }).click();
    const versionsApl = page.getByTestId('versions-apl');
    // the versions are fetched when the list opens; DSFR badges are upper case
    await attendreQue(
      async () => /2024[\s\S]*en place/i.test(await versionsApl.locator('li').first().innerText()),
      30_000,
      'la version APL 2024 en place n’est pas listée',
    );
    await versionsApl.getByLabel('Motif du retour (gardé dans le journal)').fill('millésime d’essai');
    await versionsApl.getByRole('button', { name: 'Revenir à la version précédente' }).click();
    await attendreQue(
      async () => (await versionsApl.locator('li').first().innerText()).toLowerCase().includes('retirée le'),
      30_000,
      'la version APL 2024 n’est pas retirée',
    );
    await attendreQue(async () => !(await ligne.innerText()).includes('2024'), 10_000, 'le jeu APL cite encore le millésime 2024 après le retour');
    await page.screenshot({ path: path.join(DOSSIER_CAPTURES, 'donnees-retour-apl.png'), fullPage: true });
    versionsCreees.pop();
    retourFait = true;
    expect(erreursConsole).toEqual([]);
  }, 300_000);

  it('edits the arrêté of an existing zonage version and reads it in the table, after a reload too', async () => {
    const [version] = await api<VersionZonage[]>('/api/zonages/versions', { jeton });
    arreteInitial = version;
    await page.goto(`${urlApplication()}/donnees`);
    const tableau = page.getByTestId('arretes-zonage');
    const ligne = tableau.locator('tbody tr').filter({ hasText: version.libelle }).first();
    await ligne.getByRole('button', { name: 'Modifier l’arrêté' }).click();
    const formulaire = page.getByRole('form', { name: `Arrêté de ${version.libelle}` });
    await formulaire.getByLabel('Numéro de l’arrêté').fill('ARS-ESSAI-2026-042');
    await formulaire.getByLabel('Date de l’arrêté').fill('2026-03-15');
    await formulaire.getByRole('button', { name: 'Enregistrer' }).click();
    await formulaire.waitFor({ state: 'detached' });
    await expect(ligne.innerText()).resolves.toContain('ARS-ESSAI-2026-042 du 15 mars 2026');
    await page.reload();
    await expect(page.getByTestId('arretes-zonage').locator('tbody tr').filter({ hasText: version.libelle }).first().innerText()).resolves.toContain(
      'ARS-ESSAI-2026-042 du 15 mars 2026',
    );
    expect(erreursConsole).toEqual([]);
  });
});
