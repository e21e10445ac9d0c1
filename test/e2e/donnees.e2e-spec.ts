/// <reference lib="dom" />
import { mkdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Browser, Page } from 'playwright-core';
import { attendreQue, DOSSIER_CAPTURES, lancerNavigateur, urlApplication } from '../support/navigateur';
import { api, connexionAdmin, pageConnectee } from '../support/session-admin';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'finess');
/** TEST FIXTURE (generer-essai-nouvelle-aquitaine.mjs): official national format, every département of Nouvelle-Aquitaine, MSP and centres in Creuse and Corrèze. */
const ESSAI_NOUVELLE_AQUITAINE = 'etalab-cs1100507-stock-20260105-essai-nouvelle-aquitaine.csv';

const structuresDe = async (departement: string) =>
  (await api<{ features: { properties: { finess: string | null; nom: string } }[] }>(`/api/structures?territoire=departement:${departement}`)).features;

/**
 * The « Données » screen (issue 11): an administrator uploads a broken FINESS file and reads the validation report
 * with its line numbers (nothing changes), then drops the Nouvelle-Aquitaine test extract, reads the coverage it
 * will have, imports it and sees it in the loaded datasets. The import is rolled back at the end.
 */
describe('Écran « Données » : un administrateur charge un extrait FINESS', () => {
  let navigateur: Browser;
  let page: Page;
  let jeton: string;
  const versionsCreees: number[] = [];
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
    for (const id of versionsCreees.reverse())
      await api(`/api/donnees/versions/${id}/retour`, { methode: 'POST', jeton, corps: { motif: 'fin du test navigateur' } });
    await navigateur?.close();
  });

  async function choisirFiness(): Promise<void> {
    await page.goto(`${urlApplication()}/donnees`);
    await page.getByRole('heading', { level: 1, name: 'Données' }).waitFor();
    await page.getByLabel('Type de fichier').selectOption({ label: 'Extrait FINESS des établissements (national ou régional)' });
  }

  it('shows the validation report of a broken file with its line numbers, and the data is unchanged', async () => {
    const avant = (await structuresDe('31')).length;
    await choisirFiness();
    const casse = readFileSync(path.join(FIXTURES, 'etalab-cs1100507-stock-20260108-extrait.csv'))
      .toString('latin1')
      .replace('2025-10-16;2025-10-16', '2022-13-45;2025-10-16');
    await page.locator('#televersement-fichier').setInputFiles({ name: 'finess-casse.csv', mimeType: 'text/csv', buffer: Buffer.from(casse, 'latin1') });
    await page.getByRole('button', { name: 'Analyser le fichier' }).click();
    const etat = page.getByTestId('etat-televersement');
    await etat.and(page.locator('[data-statut="refuse"]')).waitFor({ timeout: 60_000 });
    await expect(page.getByTestId('erreur-televersement').innerText()).resolves.toContain('refusé');
    const lignes = page.getByTestId('rapport-lignes-signalees').first();
    await expect(lignes.innerText()).resolves.toMatch(/2\s+date « 2022-13-45 » invalide/);
    await page.screenshot({ path: path.join(DOSSIER_CAPTURES, 'donnees-fichier-refuse.png'), fullPage: true });
    expect((await structuresDe('31')).length).toBe(avant);
    await page.getByRole('button', { name: 'Charger un autre fichier' }).click();
  });

  it('drops the Nouvelle-Aquitaine extract, reads its coverage, imports it and lists it with its coverage', async () => {
    await choisirFiness();
    const contenu = readFileSync(path.join(FIXTURES, ESSAI_NOUVELLE_AQUITAINE)).toString('base64');
    // drag and drop onto the DSFR upload zone, as a person would from the file manager
    await page.getByTestId('zone-depot').evaluate(
      (zone, { base64, nom }) => {
        const octets = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const transfert = new DataTransfer();
        transfert.items.add(new File([octets], nom, { type: 'text/csv' }));
        zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfert, bubbles: true, cancelable: true }));
        zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfert, bubbles: true, cancelable: true }));
      },
      { base64: contenu, nom: ESSAI_NOUVELLE_AQUITAINE },
    );
    await expect(page.getByTestId('fichier-choisi').innerText()).resolves.toContain(ESSAI_NOUVELLE_AQUITAINE);
    await page.getByRole('button', { name: 'Analyser le fichier' }).click();
    await page.locator('[data-testid="etat-televersement"][data-statut="pret"]').waitFor({ timeout: 60_000 });
    await expect(page.getByTestId('rapport-couverture').innerText()).resolves.toBe('Couverture après import : la Nouvelle-Aquitaine');
    await expect(page.getByTestId('rapport-validation').innerText()).resolves.toContain('Maison de santé pluriprofessionnelle : 4');
    await page.screenshot({ path: path.join(DOSSIER_CAPTURES, 'donnees-rapport-nouvelle-aquitaine.png'), fullPage: true });
    expect(await structuresDe('23')).toEqual([]); // nothing written before « Importer »

    await page.getByRole('button', { name: 'Importer' }).click();
    await page.getByTestId('import-termine').waitFor({ timeout: 60_000 });
    const versions = await api<{ id: number; statut: string }[]>('/api/donnees/jeux/finess/versions', { jeton });
    versionsCreees.push(versions[0].id);
    const creuse = (await structuresDe('23')).map((f) => f.properties.nom).sort();
    expect(creuse).toEqual(['CENTRE DE SANTE MEDICAL ESSAI DE LA SOUTERRAINE', 'MSP ESSAI D AUBUSSON', 'MSP ESSAI DE GUERET']);
    const ligne = page.locator('[data-testid="jeux-charges"] tr[data-jeu="finess"]');
    await attendreQue(
      async () => (await ligne.innerText()).includes('la Nouvelle-Aquitaine'),
      10_000,
      'la couverture du jeu FINESS ne cite pas la Nouvelle-Aquitaine',
    );
    await expect(ligne.innerText()).resolves.toContain(process.env.MAILLAGE_ADMIN_EMAIL!);
    expect(erreursConsole).toEqual([]);
  });
});
