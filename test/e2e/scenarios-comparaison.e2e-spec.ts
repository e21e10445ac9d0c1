/// <reference lib="dom" />
import { mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { Browser, Page } from 'playwright-core';
import { attendreQue, DOSSIER_CAPTURES, lancerNavigateur, urlApplication } from '../support/navigateur';

async function api<T>(chemin: string, options: { methode?: string; jeton?: string; corps?: unknown } = {}): Promise<T> {
  const reponse = await fetch(`${urlApplication()}${chemin}`, {
    method: options.methode ?? 'GET',
    headers: { 'Content-Type': 'application/json', ...(options.jeton ? { Authorization: `Bearer ${options.jeton}` } : {}) },
    body: options.corps === undefined ? undefined : JSON.stringify(options.corps),
  });
  if (!reponse.ok) throw new Error(`${options.methode ?? 'GET'} ${chemin} : ${reponse.status} ${await reponse.text()}`);
  return (reponse.status === 204 ? undefined : await reponse.json()) as T;
}

const APL = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const requete = (page: Page) => new URL(page.url()).searchParams;

/** The cells of a table's row, by its header text. */
async function ligne(page: Page, table: string, entete: string): Promise<string[]> {
  const cellules = page
    .getByTestId(table)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: entete, exact: true }) })
    .getByRole('cell');
  return (await cellules.allTextContents()).map((t) => t.trim());
}

/**
 * Saved scenarios (connected accounts) and the side-by-side comparison, as a mayor uses them: save the scenario of
 * a link under a name, save another, reopen the first (it runs), compare the two, delete one; compare two communes.
 * The account is created by the bootstrap administrator (MAILLAGE_ADMIN_EMAIL / MAILLAGE_ADMIN_MOT_DE_PASSE).
 */
describe('Scénarios enregistrés et comparaison côte à côte', () => {
  let navigateur: Browser;
  let page: Page;
  const erreursConsole: string[] = [];
  const suffixe = Date.now().toString(36);
  const elue = { email: `elue-scenarios-${suffixe}@e2e.maillage.test`, motDePasse: 'elue-scenarios-mot-de-passe', nom: 'Claude Élue' };
  let jetonElue: string;

  beforeAll(async () => {
    mkdirSync(DOSSIER_CAPTURES, { recursive: true });
    const email = process.env.MAILLAGE_ADMIN_EMAIL;
    const motDePasse = process.env.MAILLAGE_ADMIN_MOT_DE_PASSE;
    if (!email || !motDePasse) throw new Error('MAILLAGE_ADMIN_EMAIL / MAILLAGE_ADMIN_MOT_DE_PASSE absents : lancez les tests avec « npm test ».');
    const { jeton } = await api<{ jeton: string }>('/api/auth/connexion', { methode: 'POST', corps: { email, motDePasse } });
    await api('/api/comptes', { methode: 'POST', jeton, corps: { ...elue, role: 'elu', territoires: [{ type: 'departement', code: '23' }] } });
    jetonElue = (await api<{ jeton: string }>('/api/auth/connexion', { methode: 'POST', corps: { email: elue.email, motDePasse: elue.motDePasse } })).jeton;

    navigateur = await lancerNavigateur();
    const contexte = await navigateur.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR', reducedMotion: 'reduce' });
    page = await contexte.newPage();
    page.on('console', (m) => m.type() === 'error' && !/status of 40[19]/.test(m.text()) && erreursConsole.push(m.text()));
    page.on('pageerror', (e) => erreursConsole.push(e.message));
  });

  afterAll(async () => {
    await navigateur?.close();
    for (const s of await api<{ id: string }[]>('/api/scenarios', { jeton: jetonElue })) {
      await api(`/api/scenarios/${s.id}`, { methode: 'DELETE', jeton: jetonElue });
    }
  });

  const panneauSimuler = () => page.getByRole('tabpanel', { name: 'Simuler' });
  const mesScenarios = () => panneauSimuler().getByTestId('scenarios-enregistres').getByRole('listitem');

  it('tells the public that saving needs an account', async () => {
    await page.goto(`${urlApplication()}/?onglet=simuler&scenario=msp.23031.3`, { waitUntil: 'domcontentloaded' });
    await panneauSimuler()
      .getByText(/Ouverture d’une MSP\s*— Boussac/)
      .waitFor({ timeout: 30_000 });
    await panneauSimuler().getByText('Connectez-vous pour enregistrer vos scénarios et les rouvrir plus tard.').waitFor({ timeout: 5_000 });
    await expect(panneauSimuler().getByRole('button', { name: 'Enregistrer le scénario' }).count()).resolves.toBe(0);
  });

  it('saves the scenario under a name once connected, then a second one; a name already used is refused in French', async () => {
    await page.getByRole('banner').getByRole('button', { name: 'Se connecter' }).click();
    const modale = page.getByRole('dialog', { name: 'Se connecter à Maillage' });
    await modale.getByLabel(/Adresse électronique/).fill(elue.email);
    await modale.getByLabel('Mot de passe', { exact: true }).fill(elue.motDePasse);
    await modale.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByTestId('compte-connecte').waitFor({ timeout: 10_000 });

    await panneauSimuler().getByText('Aucun scénario enregistré.').waitFor({ timeout: 10_000 });
    const enregistrer = panneauSimuler().getByRole('button', { name: 'Enregistrer le scénario' });
    await expect(enregistrer.isDisabled()).resolves.toBe(true);
    await panneauSimuler()
      .getByLabel(/Nom du scénario/)
      .fill('MSP de Boussac');
    await enregistrer.click();
    await panneauSimuler().getByRole('status').filter({ hasText: 'Scénario « MSP de Boussac » enregistré.' }).waitFor({ timeout: 10_000 });
    await expect(mesScenarios().allTextContents()).resolves.toEqual([
      expect.stringMatching(/MSP de Boussac\s*— 1 changement, enregistré le \d{1,2} \S+ 20\d\d/),
    ]);

    // A second scenario, from another link (the session lives on in the tab).
    await page.goto(`${urlApplication()}/?onglet=simuler&scenario=msp.23031.3,ajout.23176.2`, { waitUntil: 'domcontentloaded' });
    await panneauSimuler()
      .getByText(/Installation de médecins généralistes\s*— La Souterraine/)
      .waitFor({ timeout: 30_000 });
    await mesScenarios().first().waitFor({ timeout: 10_000 });
    await panneauSimuler()
      .getByLabel(/Nom du scénario/)
      .fill('msp de boussac');
    await panneauSimuler().getByRole('button', { name: 'Enregistrer le scénario' }).click();
    await panneauSimuler().getByRole('alert').filter({ hasText: 'Vous avez déjà un scénario nommé « msp de boussac »' }).waitFor({ timeout: 10_000 });
    await panneauSimuler()
      .getByLabel(/Nom du scénario/)
      .fill('Boussac et La Souterraine');
    await panneauSimuler().getByRole('button', { name: 'Enregistrer le scénario' }).click();
    await panneauSimuler().getByRole('status').filter({ hasText: 'Scénario « Boussac et La Souterraine » enregistré.' }).waitFor({ timeout: 10_000 });
    await expect(mesScenarios().allTextContents()).resolves.toEqual([
      expect.stringMatching(/^\s*Boussac et La Souterraine\s*— 2 changements/),
      expect.stringMatching(/^\s*MSP de Boussac\s*— 1 changement/),
    ]);
    await page.screenshot({ path: path.join(DOSSIER_CAPTURES, 'scenarios-enregistres.png') });
  });

  it('reopens a saved scenario in place of the current one, and runs it', async () => {
    await panneauSimuler().getByRole('button', { name: 'Réinitialiser' }).click();
    await attendreQue(async () => (await panneauSimuler().locator('.simulation__changement').count()) === 0, 5_000, 'le scénario n’a pas été vidé');
    await panneauSimuler().getByRole('button', { name: 'Ouvrir le scénario MSP de Boussac' }).click();
    await panneauSimuler()
      .getByText(/Ouverture d’une MSP\s*— Boussac/)
      .waitFor({ timeout: 10_000 });
    await expect(
      panneauSimuler()
        .getByText(/Installation de médecins généralistes\s*— La Souterraine/)
        .count(),
    ).resolves.toBe(0);
    await page.locator('mlg-legende-simulation').waitFor({ timeout: 30_000 });
    await panneauSimuler().getByRole('heading', { name: 'Résultat', exact: true }).waitFor({ timeout: 5_000 });
    await attendreQue(async () => requete(page).get('scenario') === 'msp.23031.3' && requete(page).get('resultat') === 'oui', 10_000, `adresse ${page.url()}`);
  });

  it('compares two saved scenarios side by side, with the figures of the simulation', async () => {
    const [a, b] = await Promise.all(
      [
        [{ type: 'ouverture_msp', commune: '23031', nombre: 3 }],
        [
          { type: 'ouverture_msp', commune: '23031', nombre: 3 },
          { type: 'ajout_medecins', commune: '23176', nombre: 2 },
        ],
      ].map((changements) =>
        api<{ communes: { nom: string; delta: number; aplAvant: number; aplApres: number }[] }>('/api/acces/simulation', {
          methode: 'POST',
          corps: { changements },
        }),
      ),
    );
    await page.getByRole('tab', { name: 'Comparer' }).click();
    const panneau = page.getByRole('tabpanel', { name: 'Comparer' });
    await panneau.getByText('Deux scénarios de simulation', { exact: true }).click();
    await expect(panneau.getByLabel('Deux scénarios de simulation').isChecked()).resolves.toBe(true);
    await panneau.getByLabel('Premier scénario').selectOption({ label: 'MSP de Boussac (1 changement)' });
    await panneau.getByLabel('Second scénario').selectOption({ label: 'Boussac et La Souterraine (2 changements)' });
    await panneau.getByRole('button', { name: 'Comparer les scénarios' }).click();
    const table = panneau.getByTestId('comparaison-scenarios');
    await table.waitFor({ timeout: 60_000 });
    await expect(table.locator('caption').textContent()).resolves.toContain('Comparaison des scénarios « MSP de Boussac » et « Boussac et La Souterraine »');
    await expect(table.getByRole('columnheader').allTextContents()).resolves.toEqual(['Effet simulé', 'MSP de Boussac', 'Boussac et La Souterraine']);
    const communes = (n: number) => `${n} commune${n > 1 ? 's' : ''}`;
    await expect(ligne(page, 'comparaison-scenarios', 'Communes dont l’APL change')).resolves.toEqual([
      communes(a.communes.length),
      communes(b.communes.length),
    ]);
    const hausse = (r: typeof a) => r.communes.reduce((m, c) => (c.delta > m.delta ? c : m));
    const [hausseA] = await ligne(page, 'comparaison-scenarios', 'Plus forte hausse de l’APL');
    expect(hausseA).toContain(`${hausse(a).nom} : ${APL.format(hausse(a).aplAvant)} → ${APL.format(hausse(a).aplApres)}`);
    await page.screenshot({ path: path.join(DOSSIER_CAPTURES, 'comparaison-scenarios.png') });
  });

  it('compares two communes side by side', async () => {
    const panneau = page.getByRole('tabpanel', { name: 'Comparer' });
    await panneau.getByText('Deux territoires', { exact: true }).click();
    await expect(panneau.getByLabel('Deux territoires').isChecked()).resolves.toBe(true);
    await panneau.getByRole('combobox', { name: 'Premier territoire' }).fill('Boussac');
    await panneau.getByRole('option', { name: /^Boussac Commune 23031/ }).click();
    await panneau.getByRole('combobox', { name: 'Second territoire' }).fill('la souterraine');
    await panneau.getByRole('option', { name: /^La Souterraine Commune 23176/ }).click();
    const table = panneau.getByTestId('comparaison-territoires');
    await table.waitFor({ timeout: 30_000 });
    await expect(table.getByRole('columnheader').allTextContents()).resolves.toEqual(['Indicateur', 'Boussac', 'La Souterraine']);
    const [boussac, souterraine] = await Promise.all(['23031', '23176'].map((code) => api<{ apl: { valeur: number } }>(`/api/acces/commune/${code}`)));
    await expect(ligne(page, 'comparaison-territoires', 'APL aux médecins généralistes (consultations par an et par habitant)')).resolves.toEqual([
      APL.format(boussac.apl.valeur),
      APL.format(souterraine.apl.valeur),
    ]);
    await expect(panneau.getByText(/^Source : DREES/).count()).resolves.toBe(1);
    await page.screenshot({ path: path.join(DOSSIER_CAPTURES, 'comparaison-territoires.png') });
  });

  it('keeps the comparison in the URL: Back and Forward move between comparisons, a copied link reopens it', async () => {
    const panneau = page.getByRole('tabpanel', { name: 'Comparer' });
    const entetes = (p: Page) =>
      p
        .getByTestId('comparaison-territoires')
        .getByRole('columnheader')
        .allTextContents()
        .then((t) => t.join(' | '));
    await attendreQue(
      async () => requete(page).get('comparer') === 'commune:23031,commune:23176' && requete(page).get('onglet') === 'comparer',
      10_000,
      `adresse ${page.url()}`,
    );
    await panneau.getByRole('combobox', { name: 'Second territoire' }).fill('Guéret');
    await panneau.getByRole('option', { name: /^Guéret Commune 23096/ }).click();
    await attendreQue(async () => (await entetes(page)) === 'Indicateur | Boussac | Guéret', 30_000, 'Guéret non comparée');
    await attendreQue(async () => requete(page).get('comparer') === 'commune:23031,commune:23096', 10_000, `adresse ${page.url()}`);

    await page.goBack();
    await attendreQue(async () => (await entetes(page).catch(() => '')) === 'Indicateur | Boussac | La Souterraine', 30_000, 'Retour : La Souterraine absente');
    await expect(panneau.getByTestId('comparaison-territoire-2').textContent()).resolves.toContain('La Souterraine');
    expect(requete(page).get('comparer')).toBe('commune:23031,commune:23176');
    await page.goForward();
    await attendreQue(async () => (await entetes(page).catch(() => '')) === 'Indicateur | Boussac | Guéret', 30_000, 'Suivant : Guéret absente');

    // The link, opened by someone without an account in another browser: the same comparison, in the same tab.
    const lien = page.url();
    const autre = await navigateur.newPage({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR', reducedMotion: 'reduce' });
    await autre.goto(lien, { waitUntil: 'domcontentloaded' });
    const panneauAutre = autre.getByRole('tabpanel', { name: 'Comparer' });
    await panneauAutre.getByTestId('comparaison-territoires').waitFor({ timeout: 60_000 });
    await expect(entetes(autre)).resolves.toBe('Indicateur | Boussac | Guéret');
    await expect(panneauAutre.getByTestId('comparaison-territoire-1').textContent()).resolves.toMatch(/Boussac\s*\(Commune 23031\)/);

    // Two saved scenarios compared: their ids in the URL; the link reopens the comparison for their owner only.
    await panneau.getByText('Deux scénarios de simulation', { exact: true }).click();
    await panneau.getByLabel('Premier scénario').selectOption({ label: 'MSP de Boussac (1 changement)' });
    await panneau.getByLabel('Second scénario').selectOption({ label: 'Boussac et La Souterraine (2 changements)' });
    await panneau.getByRole('button', { name: 'Comparer les scénarios' }).click();
    await panneau.getByTestId('comparaison-scenarios').waitFor({ timeout: 60_000 });
    const ids = new Map((await api<{ id: string; nom: string }[]>('/api/scenarios', { jeton: jetonElue })).map((s) => [s.nom, s.id]));
    const attendu = `scenarios:${ids.get('MSP de Boussac')},${ids.get('Boussac et La Souterraine')}`;
    await attendreQue(async () => requete(page).get('comparer') === attendu, 10_000, `adresse ${page.url()}`);
    const lienScenarios = page.url();
    await page.goto(`${urlApplication()}/`, { waitUntil: 'domcontentloaded' });
    await page.goto(lienScenarios, { waitUntil: 'domcontentloaded' });
    const tableau = page.getByRole('tabpanel', { name: 'Comparer' }).getByTestId('comparaison-scenarios');
    await tableau.waitFor({ timeout: 60_000 });
    await expect(tableau.locator('caption').textContent()).resolves.toContain('Comparaison des scénarios « MSP de Boussac » et « Boussac et La Souterraine »');
    await autre.goto(lienScenarios, { waitUntil: 'domcontentloaded' });
    await autre.getByTestId('comparaison-scenarios-introuvables').waitFor({ timeout: 30_000 });
    await expect(autre.getByTestId('comparaison-scenarios').count()).resolves.toBe(0);
    await autre.close();
  });

  it('renames a saved scenario; an empty name or one already used is refused in French', async () => {
    await page.getByRole('tab', { name: 'Simuler' }).click();
    await panneauSimuler().getByRole('button', { name: 'Renommer le scénario MSP de Boussac' }).click();
    const champ = panneauSimuler().getByLabel('Nouveau nom du scénario « MSP de Boussac »');
    await expect(champ.inputValue()).resolves.toBe('MSP de Boussac');
    const valider = panneauSimuler().getByRole('button', { name: 'Enregistrer le nom' });
    await champ.fill('   ');
    await valider.click();
    await panneauSimuler().getByRole('alert').filter({ hasText: 'Donnez un nom au scénario : le nom ne peut pas être vide.' }).waitFor({ timeout: 5_000 });
    await champ.fill('boussac et la souterraine');
    await valider.click();
    await panneauSimuler()
      .getByRole('alert')
      .filter({ hasText: 'Vous avez déjà un scénario nommé « boussac et la souterraine » : choisissez un autre nom ou supprimez l’ancien.' })
      .waitFor({ timeout: 10_000 });
    await expect(champ.getAttribute('aria-describedby')).resolves.toMatch(/^scenario-renommage-erreur-/);
    await champ.fill('MSP à Boussac');
    await valider.click();
    await panneauSimuler().getByRole('status').filter({ hasText: 'Scénario « MSP de Boussac » renommé en « MSP à Boussac ».' }).waitFor({ timeout: 10_000 });
    await expect(mesScenarios().allTextContents()).resolves.toEqual([
      expect.stringMatching(/^\s*Boussac et La Souterraine\s*— 2 changements/),
      expect.stringMatching(/^\s*MSP à Boussac\s*— 1 changement/),
    ]);
    await expect(panneauSimuler().getByRole('alert').count()).resolves.toBe(0);
    // Cancelling leaves the name as it is.
    await panneauSimuler().getByRole('button', { name: 'Renommer le scénario MSP à Boussac' }).click();
    await panneauSimuler().getByLabel('Nouveau nom du scénario « MSP à Boussac »').fill('Autre nom');
    await panneauSimuler().getByTestId('scenarios-enregistres').getByRole('button', { name: 'Annuler' }).click();
    await panneauSimuler().getByRole('button', { name: 'Ouvrir le scénario MSP à Boussac' }).waitFor({ timeout: 5_000 });
    const noms = (await api<{ nom: string }[]>('/api/scenarios', { jeton: jetonElue })).map((s) => s.nom);
    expect(noms.sort()).toEqual(['Boussac et La Souterraine', 'MSP à Boussac']);
  });

  it('deletes a saved scenario: gone from the list, and after a reload', async () => {
    await page.getByRole('tab', { name: 'Simuler' }).click();
    await panneauSimuler().getByRole('button', { name: 'Supprimer le scénario MSP à Boussac' }).click();
    await panneauSimuler().getByRole('status').filter({ hasText: 'Scénario « MSP à Boussac » supprimé.' }).waitFor({ timeout: 10_000 });
    await expect(mesScenarios().allTextContents()).resolves.toEqual([expect.stringMatching(/Boussac et La Souterraine/)]);
    await page.reload({ waitUntil: 'domcontentloaded' });
    await mesScenarios().first().waitFor({ timeout: 30_000 });
    await expect(mesScenarios().allTextContents()).resolves.toEqual([expect.stringMatching(/Boussac et La Souterraine/)]);
    expect(erreursConsole.filter((e) => !/status of 409/.test(e))).toEqual([]);
  });
});
