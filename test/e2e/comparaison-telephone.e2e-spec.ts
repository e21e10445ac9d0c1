/// <reference lib="dom" />
import { mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { Browser, Page } from 'playwright-core';
import { DOSSIER_CAPTURES, lancerNavigateur, urlApplication, ouvrirPage } from '../support/navigateur';

const APL = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** A comparison link opened on a phone (390×844) and a tablet (768×1024): the table is read in the panel, the page never scrolls sideways. */
describe('Comparaison ouverte par un lien sur téléphone et tablette', () => {
  let navigateur: Browser;
  const erreursConsole: string[] = [];

  beforeAll(async () => {
    mkdirSync(DOSSIER_CAPTURES, { recursive: true });
    navigateur = await lancerNavigateur();
  });

  afterAll(async () => {
    await navigateur?.close();
  });

  for (const [largeur, hauteur] of [
    [390, 844],
    [768, 1024],
  ]) {
    it(`shows Boussac and La Souterraine side by side at ${largeur}×${hauteur}`, async () => {
      const page: Page = await ouvrirPage(navigateur, erreursConsole, { viewport: { width: largeur, height: hauteur }, hasTouch: true });
      await page.goto(`${urlApplication()}/?onglet=comparer&comparer=commune:23031,commune:23176`, { waitUntil: 'domcontentloaded' });
      const panneau = page.getByRole('tabpanel', { name: 'Comparer' });
      const table = panneau.getByTestId('comparaison-territoires');
      await table.waitFor({ timeout: 60_000 });
      await expect(table.getByRole('columnheader').allTextContents()).resolves.toEqual(['Indicateur', 'Boussac', 'La Souterraine']);
      await table.scrollIntoViewIfNeeded();
      await expect(table.isVisible()).resolves.toBe(true);
      const [boussac] = await Promise.all(
        ['23031'].map(async (code) => (await (await fetch(`${urlApplication()}/api/acces/commune/${code}`)).json()) as { apl: { valeur: number } }),
      );
      const ligne = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^APL aux médecins généralistes/ }) });
      await expect(ligne.getByRole('cell').first().textContent()).resolves.toBe(APL.format(boussac.apl.valeur));
      // The second territory's column is on screen (or reached inside the table's own scroll), not off the page.
      const cellule = ligne.getByRole('cell').nth(1);
      await cellule.scrollIntoViewIfNeeded();
      const boite = (await cellule.boundingBox())!;
      expect(boite.x + boite.width).toBeLessThanOrEqual(largeur + 1);
      await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(largeur);
      await page.screenshot({ path: path.join(DOSSIER_CAPTURES, `comparaison-${largeur}.png`) });
      await page.close();
    });
  }

  it('logged no error in the page', () => {
    expect(erreursConsole).toEqual([]);
  });
});
