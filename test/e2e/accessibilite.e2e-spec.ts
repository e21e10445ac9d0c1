/// <reference lib="dom" />
import { Browser, BrowserContext, Page } from 'playwright-core';
import { violationsGraves } from '../support/accessibilite';
import { lancerNavigateur, urlApplication } from '../support/navigateur';

interface Vue {
  nom: string;
  chemin: string;
  /** What the view shows once ready (on a phone, behind the panel's sheet when it is a tab). */
  pret: (page: Page) => Promise<unknown>;
  connecte?: boolean;
}

const VUES: Vue[] = [
  {
    nom: 'accueil',
    chemin: '/',
    pret: (p) =>
      p
        .locator('mlg-legende')
        .getByText(/Source : DREES/)
        .waitFor({ state: 'attached', timeout: 30_000 }),
  },
  { nom: 'fiche', chemin: '/?territoire=commune:42218', pret: (p) => p.getByTestId('fiche-apl').waitFor({ timeout: 30_000 }) },
  {
    nom: 'zones sous-dotées',
    chemin: '/?territoire=departement:23&onglet=zones',
    pret: (p) => p.getByRole('tabpanel', { name: 'Zones sous-dotées' }).locator('table, ul').first().waitFor({ timeout: 30_000 }),
  },
  {
    nom: 'simulation',
    chemin: '/?onglet=simuler&scenario=msp.23031.3&resultat=oui',
    pret: (p) => p.locator('mlg-resultat-simulation').waitFor({ timeout: 30_000 }),
  },
  { nom: 'aides', chemin: '/?onglet=aides', pret: (p) => p.getByRole('tabpanel', { name: 'Aides' }).locator('form').first().waitFor({ timeout: 30_000 }) },
  { nom: 'projets', chemin: '/?onglet=projets', connecte: true, pret: (p) => p.getByRole('tabpanel', { name: 'Projets' }).waitFor({ timeout: 30_000 }) },
  {
    nom: 'scénarios enregistrés',
    chemin: '/?onglet=simuler&scenario=msp.23031.3',
    connecte: true,
    pret: (p) => p.getByText('Aucun scénario enregistré.').or(p.getByTestId('scenarios-enregistres')).waitFor({ timeout: 30_000 }),
  },
  {
    nom: 'comparaison',
    chemin: '/?territoire=commune:23031&onglet=comparer',
    pret: (p) => p.getByTestId('comparaison-territoire-1').getByText('Boussac').waitFor({ timeout: 30_000 }),
  },
];

for (const ecran of [
  { nom: 'ordinateur', largeur: 1280, hauteur: 860 },
  { nom: 'téléphone', largeur: 390, hauteur: 844 },
]) {
  describe(`Accessibilité mesurée par axe-core (${ecran.nom} ${ecran.largeur}×${ecran.hauteur}) : aucune violation grave ni critique`, () => {
    let navigateur: Browser;
    let contexte: BrowserContext;
    let page: Page;
    let session: string;

    beforeAll(async () => {
      const reponse = await fetch(`${urlApplication()}/api/auth/connexion`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: process.env.MAILLAGE_ADMIN_EMAIL, motDePasse: process.env.MAILLAGE_ADMIN_MOT_DE_PASSE }),
      });
      if (!reponse.ok) throw new Error(`connexion de l’administrateur de test refusée (${reponse.status})`);
      const { jeton, expireLe, utilisateur } = (await reponse.json()) as { jeton: string; expireLe: string; utilisateur: unknown };
      session = JSON.stringify({ jeton, expireLe, utilisateur });
      navigateur = await lancerNavigateur();
      contexte = await navigateur.newContext({
        viewport: { width: ecran.largeur, height: ecran.hauteur },
        locale: 'fr-FR',
        reducedMotion: 'reduce',
        bypassCSP: true,
      });
      page = await contexte.newPage();
    });

    afterAll(async () => {
      await navigateur?.close();
    });

    for (const vue of VUES) {
      it(`${vue.nom}`, async () => {
        await page.goto(`${urlApplication()}/`, { waitUntil: 'domcontentloaded' });
        await page.evaluate(
          (s) => (s ? sessionStorage.setItem('maillage.session', s) : sessionStorage.removeItem('maillage.session')),
          vue.connecte ? session : null,
        );
        await page.goto(`${urlApplication()}${vue.chemin}`, { waitUntil: 'domcontentloaded' });
        await page.locator('.maplibregl-canvas').waitFor({ state: 'visible', timeout: 30_000 });
        await vue.pret(page);
        expect(await violationsGraves(page)).toEqual([]);
      });
    }

    it('connexion', async () => {
      await page.goto(`${urlApplication()}/`, { waitUntil: 'domcontentloaded' });
      await page.evaluate(() => sessionStorage.removeItem('maillage.session'));
      await page.reload({ waitUntil: 'domcontentloaded' });
      const entete = page.getByRole('banner');
      if (ecran.largeur < 992) {
        await entete.getByRole('button', { name: 'Menu' }).click();
        await page.getByRole('dialog', { name: 'Menu' }).waitFor({ timeout: 5_000 });
        expect(await violationsGraves(page)).toEqual([]);
        await page.getByRole('dialog', { name: 'Menu' }).getByRole('button', { name: 'Se connecter' }).click();
      } else {
        await entete.getByRole('button', { name: 'Se connecter' }).click();
      }
      await page
        .getByRole('dialog', { name: 'Se connecter à Maillage' })
        .getByLabel(/Adresse électronique/)
        .waitFor({ timeout: 10_000 });
      expect(await violationsGraves(page)).toEqual([]);
    });
  });
}
