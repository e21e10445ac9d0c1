/// <reference lib="dom" />
import { mkdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { attendreQue, DOSSIER_CAPTURES, lancerNavigateur, urlApplication } from '../support/navigateur';

/** Colour of a project point whose zone has sufficient access (Toulouse, APL ≥ 4): `carte/couches/projets.couche.ts`. */
const COULEUR_ACCES_SUFFISANT = '#0063cb';

/** Centre (CSS pixels of the PNG) of the pixels close to `couleur`, or null when none. Decoded in the page (canvas 2D). */
async function centreDesPixels(page: Page, png: Buffer, couleur: string, tolerance = 12): Promise<{ x: number; y: number; nombre: number } | null> {
  return page.evaluate(
    async ({ base64, couleur, tolerance }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const toile = document.createElement('canvas');
      toile.width = image.width;
      toile.height = image.height;
      const contexte = toile.getContext('2d')!;
      contexte.drawImage(image, 0, 0);
      const { data } = contexte.getImageData(0, 0, image.width, image.height);
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(couleur.slice(i, i + 2), 16));
      let sx = 0;
      let sy = 0;
      let n = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (Math.abs(data[i] - r) + Math.abs(data[i + 1] - g) + Math.abs(data[i + 2] - b) <= tolerance) {
          const p = i / 4;
          sx += p % image.width;
          sy += Math.floor(p / image.width);
          n++;
        }
      }
      return n ? { x: sx / n, y: sy / n, nombre: n } : null;
    },
    { base64: png.toString('base64'), couleur, tolerance },
  );
}

async function api<T>(chemin: string, options: { methode?: string; jeton?: string; corps?: unknown } = {}): Promise<T> {
  const reponse = await fetch(`${urlApplication()}${chemin}`, {
    method: options.methode ?? 'GET',
    headers: { 'Content-Type': 'application/json', ...(options.jeton ? { Authorization: `Bearer ${options.jeton}` } : {}) },
    body: options.corps === undefined ? undefined : JSON.stringify(options.corps),
  });
  if (!reponse.ok) throw new Error(`${options.methode ?? 'GET'} ${chemin} : ${reponse.status} ${await reponse.text()}`);
  return (await reponse.json()) as T;
}

/**
 * Accounts are created by an administrator: scripts/test.mjs starts the app with MAILLAGE_ADMIN_EMAIL and
 * MAILLAGE_ADMIN_MOT_DE_PASSE (the bootstrap administrator) and passes them to this test.
 */
describe('Projets : un porteur crée son projet à Toulouse, l’élue de Toulouse le voit dans la liste et sur la carte', () => {
  let navigateur: Browser;
  let contexte: BrowserContext;
  let page: Page;
  const erreursConsole: string[] = [];
  const suffixe = Date.now().toString(36);
  const porteur = { email: `porteur-${suffixe}@e2e.maillage.test`, motDePasse: 'porteur-e2e-mot-de-passe', nom: 'Dominique Porteur' };
  const elue = { email: `elue-${suffixe}@e2e.maillage.test`, motDePasse: 'elue-e2e-mot-de-passe', nom: 'Camille Élue' };
  const nomProjet = `MSP des Minimes ${suffixe}`;

  beforeAll(async () => {
    mkdirSync(DOSSIER_CAPTURES, { recursive: true });
    const email = process.env.MAILLAGE_ADMIN_EMAIL;
    const motDePasse = process.env.MAILLAGE_ADMIN_MOT_DE_PASSE;
    if (!email || !motDePasse) throw new Error('MAILLAGE_ADMIN_EMAIL / MAILLAGE_ADMIN_MOT_DE_PASSE absents : lancez les tests avec « npm test ».');
    const { jeton } = await api<{ jeton: string }>('/api/auth/connexion', { methode: 'POST', corps: { email, motDePasse } });
    await api('/api/comptes', { methode: 'POST', jeton, corps: { ...porteur, role: 'porteur' } });
    await api('/api/comptes', { methode: 'POST', jeton, corps: { ...elue, role: 'elu', territoires: [{ type: 'commune', code: '31555' }] } });

    navigateur = await lancerNavigateur();
    contexte = await navigateur.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR', reducedMotion: 'reduce', acceptDownloads: true });
    page = await contexte.newPage();
    page.on('console', (m) => m.type() === 'error' && !/status of 401/.test(m.text()) && erreursConsole.push(m.text()));
    page.on('pageerror', (e) => erreursConsole.push(e.message));
  });

  afterAll(async () => {
    await navigateur?.close();
    // The embedded test database is kept between runs: remove this run's project.
    const { jeton } = await api<{ jeton: string }>('/api/auth/connexion', { methode: 'POST', corps: { email: porteur.email, motDePasse: porteur.motDePasse } });
    for (const p of await api<{ id: string; nom: string }[]>('/api/projets', { jeton })) {
      if (p.nom === nomProjet) await fetch(`${urlApplication()}/api/projets/${p.id}`, { method: 'DELETE', headers: { Authorization: `Bearer ${jeton}` } });
    }
  });

  async function seConnecter(compte: { email: string; motDePasse: string }): Promise<void> {
    await page.getByRole('banner').getByRole('button', { name: 'Se connecter' }).click();
    const modale = page.getByRole('dialog', { name: 'Se connecter à Maillage' });
    await modale.waitFor({ timeout: 5_000 });
    await modale.getByLabel(/Adresse électronique/).fill(compte.email);
    await modale.getByLabel('Mot de passe', { exact: true }).fill(compte.motDePasse);
    await modale.getByRole('button', { name: 'Se connecter' }).click();
  }

  it('public use needs no account: « Se connecter » in the header, no « Projets » tab; a wrong password is refused in French', async () => {
    await page.goto(urlApplication(), { waitUntil: 'domcontentloaded' });
    await page.getByRole('tab', { name: 'Territoire' }).waitFor({ timeout: 20_000 });
    await expect(page.getByRole('tab', { name: 'Projets' }).count()).resolves.toBe(0);
    await seConnecter({ email: porteur.email, motDePasse: 'pas-le-bon-mot-de-passe' });
    const erreur = page.getByTestId('connexion-erreur');
    await erreur.waitFor({ timeout: 10_000 });
    await expect(erreur.textContent()).resolves.toBe('Adresse électronique ou mot de passe incorrect.');
    await page.screenshot({ path: path.join(DOSSIER_CAPTURES, 'projets-connexion-refusee.png') });
    await page.getByRole('dialog', { name: 'Se connecter à Maillage' }).getByRole('button', { name: 'Annuler' }).click();
    await page.getByRole('dialog', { name: 'Se connecter à Maillage' }).waitFor({ state: 'hidden', timeout: 5_000 });
  });

  it('the project lead logs in and creates a project in Toulouse (Haute-Garonne); it is listed with its verdict', async () => {
    await seConnecter(porteur);
    await page.getByTestId('compte-connecte').waitFor({ timeout: 10_000 });
    await expect(page.getByTestId('compte-connecte').textContent()).resolves.toMatch(/Dominique Porteur — Porteur de projet/);
    await page.getByRole('tab', { name: 'Projets' }).click();
    const panneau = page.getByRole('tabpanel', { name: 'Projets' });
    await panneau.getByRole('button', { name: 'Nouveau projet' }).click();

    await panneau.getByLabel('Nom du projet (obligatoire)').fill(nomProjet);
    await panneau.getByLabel('Type de structure').selectOption('msp');
    await panneau.getByRole('combobox', { name: /Commune d’implantation/ }).fill('Toulouse');
    await panneau.getByRole('option', { name: /Commune 31555/ }).click();
    await attendreQue(
      async () => ((await panneau.getByTestId('projet-commune-choisie').textContent()) ?? '').includes('(31555)'),
      5_000,
      'commune non retenue',
    );
    await panneau.getByLabel(/Médecins généralistes engagés/).fill('3');
    await panneau.getByLabel('Étape').selectOption('diagnostic');
    await page.screenshot({ path: path.join(DOSSIER_CAPTURES, 'projets-creation.png') });
    await panneau.getByRole('button', { name: 'Créer le projet' }).click();

    // The new project opens in detail; its analysis (simulation) comes a moment later.
    await expect(panneau.getByTestId('projet-titre').textContent({ timeout: 15_000 })).resolves.toBe(nomProjet);
    await panneau.getByTestId('projet-besoin').waitFor({ timeout: 30_000 });
    await expect(panneau.getByTestId('projet-besoin').textContent()).resolves.toMatch(/APL de Toulouse.*Source : DREES.*\(20\d\d\)/s);
    await expect(panneau.getByTestId('projet-verdict').first().textContent()).resolves.toMatch(
      /zone fragile \(cible\)|zone sans médecin \(à éviter\)|accès suffisant/,
    );
    await expect(panneau.getByTestId('projet-impact').textContent()).resolves.toMatch(/ΔAPL de Toulouse/);
    await expect(panneau.getByTestId('projet-aides').count()).resolves.toBeGreaterThan(0);
    // Every « non éligible » aid names the criterion that failed; an aid to confirm names what to settle.
    const pourquoi = await panneau.getByTestId('projet-aide-pourquoi').allTextContents();
    expect(pourquoi.some((t) => /Critère non rempli\u00a0:|À préciser\u00a0:/.test(t))).toBe(true);
    const refusees = panneau.locator('tr', { has: page.locator('.fr-badge', { hasText: /^non éligible$/ }) });
    for (const ligne of await refusees.all())
      await expect(ligne.getByTestId('projet-aide-pourquoi').textContent()).resolves.toMatch(/Critère non rempli\u00a0:\s*\S/);
    // French typography: never a plain space before « : ; ? ! » in what people read.
    expect(pourquoi.filter((t) => / [:;?!]/.test(t))).toEqual([]);
    await page.screenshot({ path: path.join(DOSSIER_CAPTURES, 'projets-detail-porteur.png') });

    // the DSFR « Retour » arrow is drawn (its icon's mask image is loaded, the ::before box has a size)
    const retour = panneau.getByRole('button', { name: 'Retour à la liste' });
    const icone = await retour.evaluate((b) => {
      const s = getComputedStyle(b, '::before');
      return { masque: s.getPropertyValue('mask-image') || s.getPropertyValue('-webkit-mask-image'), largeur: parseFloat(s.width) };
    });
    expect(icone.masque).toMatch(/^url\(/);
    expect(icone.largeur).toBeGreaterThan(8);
    await retour.click();
    const element = panneau.locator('li[data-projet]').filter({ hasText: nomProjet });
    await element.waitFor({ timeout: 5_000 });
    await expect(element.textContent()).resolves.toMatch(/MSP · Toulouse \(31555\) · étape : Diagnostic · 3\smédecins généralistes engagés/);
    await expect(element.getByTestId('projet-verdict').textContent()).resolves.toMatch(/zone fragile \(cible\)|zone sans médecin \(à éviter\)|accès suffisant/);
  });

  it('the project lead moves the project to the next stage', async () => {
    const panneau = page.getByRole('tabpanel', { name: 'Projets' });
    await panneau.getByRole('button', { name: nomProjet }).click();
    await panneau.getByLabel('Étape du projet').selectOption('etude_faisabilite');
    await panneau.getByRole('button', { name: 'Enregistrer l’étape' }).click();
    await panneau.getByText('Étape enregistrée.').waitFor({ timeout: 10_000 });
    await panneau.getByRole('button', { name: 'Retour à la liste' }).click();
    await expect(panneau.locator('li[data-projet]').filter({ hasText: nomProjet }).getByTestId('projet-etape').textContent()).resolves.toBe(
      'Étude de faisabilité',
    );
  });

  it('exports the visible projects as CSV (fetched with the token)', async () => {
    const panneau = page.getByRole('tabpanel', { name: 'Projets' });
    const [telechargement] = await Promise.all([page.waitForEvent('download'), panneau.getByRole('button', { name: 'Exporter en CSV' }).click()]);
    const fichier = await telechargement.path();
    expect(telechargement.suggestedFilename()).toMatch(/^projets-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(readFileSync(fichier, 'utf8')).toContain(nomProjet);
  });

  it('the elected official of Toulouse sees the project in her list, read-only, and on the map', async () => {
    await page.getByRole('banner').getByRole('button', { name: 'Se déconnecter', exact: true }).click();
    await page.getByRole('banner').getByRole('button', { name: 'Se connecter' }).waitFor({ timeout: 5_000 });
    await expect(page.getByRole('tab', { name: 'Projets' }).count()).resolves.toBe(0);
    await seConnecter(elue);
    await page.getByTestId('compte-connecte').waitFor({ timeout: 10_000 });
    await expect(page.getByTestId('compte-connecte').textContent()).resolves.toMatch(/Camille Élue — Élu ou collectivité/);

    await page.getByRole('tab', { name: 'Projets' }).click();
    const panneau = page.getByRole('tabpanel', { name: 'Projets' });
    const element = panneau.locator('li[data-projet]').filter({ hasText: nomProjet });
    await element.waitFor({ timeout: 15_000 });
    await expect(panneau.getByRole('button', { name: 'Nouveau projet' }).count()).resolves.toBe(0);
    // Read-only for an élu: the detail has the verdict but no stage to change.
    await element.getByRole('button', { name: nomProjet }).click();
    await panneau.getByTestId('projet-besoin').waitFor({ timeout: 30_000 });
    await expect(panneau.getByTestId('projet-verdict').first().textContent()).resolves.toMatch(
      /accès suffisant|zone fragile \(cible\)|zone sans médecin \(à éviter\)/,
    );
    await expect(panneau.getByLabel('Étape du projet').count()).resolves.toBe(0);
    await panneau.getByRole('button', { name: 'Retour à la liste' }).click();

    // On the map: the layer counts the points, and the point is drawn at Toulouse (framed by the page search).
    await attendreQue(async () => Number(await page.locator('mlg-carte').getAttribute('data-projets-sur-carte')) >= 1, 15_000, 'aucun projet sur la carte');
    await page.locator('#recherche-territoire').fill('Toulouse');
    await page
      .getByRole('option', { name: /Commune 31555/ })
      .first()
      .click();
    await page.getByRole('tab', { name: 'Projets' }).click();
    const carte = page.locator('.tableau__carte');
    let point: { x: number; y: number; nombre: number } | null = null;
    await attendreQue(
      async () => (point = await centreDesPixels(page, await carte.screenshot(), COULEUR_ACCES_SUFFISANT)) !== null && point.nombre > 20,
      30_000,
      'point du projet absent de la carte',
    );
    await page.screenshot({ path: path.join(DOSSIER_CAPTURES, 'projets-carte-elue.png') });

    // A click on the point opens a project of Toulouse in the « Projets » tab (several may share the commune's point).
    const boite = (await carte.boundingBox())!;
    const { x, y } = point!;
    await page.mouse.click(boite.x + x, boite.y + y);
    await panneau.getByTestId('projet-titre').waitFor({ timeout: 10_000 });
    await expect(page.getByRole('tab', { name: 'Projets' }).getAttribute('aria-selected')).resolves.toBe('true');
    await expect(panneau.getByText(/Toulouse \(31555\)/).count()).resolves.toBeGreaterThan(0);
    await expect(panneau.getByLabel('Étape du projet').count()).resolves.toBe(0);
  });

  it('opens the printable project sheet in a new tab (fetched with the token)', async () => {
    const panneau = page.getByRole('tabpanel', { name: 'Projets' });
    await panneau.getByRole('button', { name: 'Retour à la liste' }).click();
    await panneau.getByRole('button', { name: nomProjet }).click();
    const [onglet] = await Promise.all([contexte.waitForEvent('page'), panneau.getByRole('button', { name: 'Fiche imprimable' }).click()]);
    await onglet.waitForURL(/^blob:/, { timeout: 30_000 });
    await onglet.waitForLoadState('domcontentloaded');
    await expect(onglet.textContent('body')).resolves.toContain(nomProjet);
    await expect(onglet.textContent('body')).resolves.toMatch(/Toulouse/);
    await onglet.screenshot({ path: path.join(DOSSIER_CAPTURES, 'projets-fiche-imprimable.png'), fullPage: true });
    await onglet.close();
  });

  it('logged no error in the page', () => {
    expect(erreursConsole).toEqual([]);
  });
});
