/// <reference lib="dom" />
import { mkdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Browser, Page } from 'playwright-core';
import { lireTextePdf } from '../support/texte-pdf';
import { attendreQue, DOSSIER_CAPTURES, lancerNavigateur, urlApplication } from '../support/navigateur';
import { partDePixels } from './pixels-carte';

/** Gains of the ΔAPL palette (frontend/src/app/simulation/palette-delta.ts), used by the prospective gap map. */
const COULEURS_HAUSSE = ['#d1e5f0', '#92c5de', '#4393c3', '#2166ac'];

describe('Prospective : une planificatrice compare le scénario observé C et le scénario cible A de l’enjeu 1 dans la Creuse', () => {
  let navigateur: Browser;
  let page: Page;
  const erreursConsole: string[] = [];

  beforeAll(async () => {
    mkdirSync(DOSSIER_CAPTURES, { recursive: true });
    navigateur = await lancerNavigateur();
    page = await navigateur.newPage({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR', reducedMotion: 'reduce', acceptDownloads: true });
    page.on('console', (m) => m.type() === 'error' && erreursConsole.push(m.text()));
    page.on('pageerror', (e) => erreursConsole.push(e.message));
  });

  afterAll(async () => {
    await navigateur?.close();
  });

  it('opens « Prospective », reads the six issues with their hypotheses, and picks the Creuse', async () => {
    await page.goto(urlApplication(), { waitUntil: 'domcontentloaded' });
    await page.locator('.maplibregl-canvas').waitFor({ state: 'visible', timeout: 20_000 });
    await page.getByRole('tab', { name: 'Prospective' }).click();
    const panneau = page.getByRole('tabpanel', { name: 'Prospective' });
    await panneau.getByText('Enjeu 6 — Financiarisation du secteur privé').waitFor({ timeout: 20_000 });
    await expect(panneau.locator('fieldset.prospective__enjeu').count()).resolves.toBe(6);
    await expect(panneau.getByLabel('Hypothèse observée (enjeu 1)').locator('option').allTextContents()).resolves.toEqual([
      'A — L’exercice libéral réinventé',
      'B — Un statut hybride',
      'C — Le salariat domine',
    ]);
    await page.getByRole('combobox', { name: /Rechercher une commune/ }).fill('Creuse');
    await page.getByRole('option', { name: /^Creuse Département 23/ }).click();
    await attendreQue(async () => (await panneau.getByTestId('prospective-territoire').textContent()) === 'Creuse', 15_000, 'la Creuse n’a pas été choisie');
    await expect(page.getByRole('tab', { name: 'Prospective' }).getAttribute('aria-selected')).resolves.toBe('true');
  });

  it('chooses observed C and target A for issue 1, computes, and sees both scenarios side by side and the 2031 map change', async () => {
    const panneau = page.getByRole('tabpanel', { name: 'Prospective' });
    await panneau.getByLabel('Hypothèse observée (enjeu 1)').selectOption('C');
    await panneau.getByLabel('Hypothèse cible (enjeu 1)').selectOption('A');
    await expect(panneau.textContent()).resolves.toContain('La plupart des nouveaux médecins sont salariés');
    const carte = page.locator('.tableau__carte');
    await page.waitForTimeout(1000);
    const avant = await partDePixels(page, await carte.screenshot(), COULEURS_HAUSSE);

    await panneau.getByRole('button', { name: 'Calculer les scénarios' }).click();
    const tableau = panneau.getByTestId('prospective-tableau');
    await tableau.waitFor({ timeout: 30_000 });
    await expect(tableau.locator('thead').textContent()).resolves.toMatch(/Aujourd’hui.*Observé 2031.*Cible 2031.*Observé 2036.*Cible 2036/s);

    // The same question over HTTP: the screen shows its figures, and the target is above the observed scenario.
    const attendu = (await (
      await fetch(`${urlApplication()}/api/prospective/scenarios`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          territoire: 'departement:23',
          observe: { hypotheses: { 1: 'C', 2: 'B', 3: 'B', 4: 'B', 5: 'B', 6: 'B' } },
          cible: { hypotheses: { 1: 'A', 2: 'A', 3: 'A', 4: 'A', 5: 'A', 6: 'A' } },
        }),
      })
    ).json()) as { scenarios: { observe: { horizons: { apl: number }[] }; cible: { horizons: { apl: number }[] } } };
    const [o2031] = attendu.scenarios.observe.horizons;
    const [c2031] = attendu.scenarios.cible.horizons;
    expect(c2031.apl).toBeGreaterThan(o2031.apl);
    const format = (x: number) => new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(x);
    const ligneApl = tableau.locator('tbody tr').first();
    await expect(ligneApl.locator('[data-serie="observe-2031"]').textContent()).resolves.toBe(format(o2031.apl));
    await expect(ligneApl.locator('[data-serie="cible-2031"]').textContent()).resolves.toBe(format(c2031.apl));
    await expect(panneau.getByTestId('prospective-leviers').locator('li').count()).resolves.toBeGreaterThan(2);

    // The map now shows the 2031 gap (target − observed) in the gain palette, with its legend.
    const legende = page.getByTestId('legende-prospective');
    await expect(legende.getAttribute('data-annee')).resolves.toBe('2031');
    await expect(legende.textContent()).resolves.toMatch(/Écart d’APL en 2031/);
    let apres = 0;
    await attendreQue(
      async () => (apres = await partDePixels(page, await carte.screenshot(), COULEURS_HAUSSE)) > avant + 0.02,
      20_000,
      `la carte 2031 n’a pas changé (part en bleu : ${avant} avant, ${apres} après)`,
    );
    await page.screenshot({ path: path.join(DOSSIER_CAPTURES, 'prospective-creuse-2031.png') });

    // 2036 is one click away.
    await panneau.getByRole('button', { name: '2036' }).click();
    await attendreQue(async () => (await legende.getAttribute('data-annee')) === '2036', 10_000, 'la carte n’est pas passée à 2036');
    await expect(panneau.getByRole('button', { name: '2036' }).getAttribute('aria-pressed')).resolves.toBe('true');
  });

  it('exports the note as PDF (and the CSV) with the territory, both scenarios and their sources', async () => {
    const panneau = page.getByRole('tabpanel', { name: 'Prospective' });
    const [telechargement] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      panneau.getByRole('button', { name: 'Télécharger la note (PDF)' }).click(),
    ]);
    expect(telechargement.suggestedFilename()).toBe('note-prospective-23.pdf');
    const note = lireTextePdf(readFileSync(await telechargement.path()));
    const contenu = note.texte.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ');
    expect(note.titre).toMatch(/^Creuse : /);
    expect(contenu).toContain('Scénario observé');
    expect(contenu).toContain('Scénario cible');
    expect(contenu).toContain('Le salariat domine');
    expect(contenu).toContain('L’exercice libéral réinventé');
    expect(contenu).toMatch(/consulté le/);

    const [csv] = await Promise.all([page.waitForEvent('download'), panneau.getByRole('button', { name: 'Exporter en CSV' }).click()]);
    const texte = readFileSync(await csv.path(), 'utf8');
    expect(texte).toMatch(/^\uFEFFIndicateur;Aujourd’hui \(2026\);Observé 2031;Cible 2031/);
    expect(texte.split('\r\n').filter((l) => /^[^;]+;23\d{3};/.test(l))).toHaveLength(255);

    // The method is there for who wants it.
    await panneau.locator('summary', { hasText: 'Méthode' }).click();
    await expect(panneau.getByTestId('prospective-ajustement').textContent()).resolves.toMatch(/à 5\s%\sprès dans \d+\s%/u);
    expect(erreursConsole).toEqual([]);
  });

  it('copies the link: opened in another tab, it shows the same hypotheses, the same table and the 2036 map', async () => {
    const panneau = page.getByRole('tabpanel', { name: 'Prospective' });
    const lien = page.url();
    expect(new URL(lien).searchParams.get('observe')).toBe('CBBBBB');
    expect(new URL(lien).searchParams.get('calcul')).toBe('oui');
    const tableau = await panneau.getByTestId('prospective-tableau').locator('tbody').innerText();

    const autre = await navigateur.newPage({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR', reducedMotion: 'reduce' });
    try {
      await autre.goto(lien, { waitUntil: 'domcontentloaded' });
      const panneau2 = autre.getByRole('tabpanel', { name: 'Prospective' });
      const tableau2 = panneau2.getByTestId('prospective-tableau');
      await tableau2.waitFor({ timeout: 30_000 });
      await expect(panneau2.getByTestId('prospective-territoire').textContent()).resolves.toBe('Creuse');
      await expect(panneau2.getByLabel('Hypothèse observée (enjeu 1)').inputValue()).resolves.toBe('C');
      await expect(panneau2.getByLabel('Hypothèse cible (enjeu 1)').inputValue()).resolves.toBe('A');
      await expect(tableau2.locator('tbody').innerText()).resolves.toBe(tableau);
      await expect(panneau2.getByRole('button', { name: '2036' }).getAttribute('aria-pressed')).resolves.toBe('true');
      await expect(autre.getByTestId('legende-prospective').getAttribute('data-annee')).resolves.toBe('2036');
    } finally {
      await autre.close();
    }
    expect(erreursConsole).toEqual([]);
  });
});
