/// <reference lib="dom" />
import { mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { attendreQue, DOSSIER_CAPTURES, lancerNavigateur, urlApplication } from '../support/navigateur';

/**
 * The shipped zonage (2024-2025 export) is presumed over after 2025-12-31: today's answer in a ZIP commune is
 * « à confirmer », with the reason. The test then loads a TEST version of the commune's région starting 2031-01-01
 * (through the real API, as the bootstrap administrator) and asks for that date: the answer is firm again.
 */
describe('Aides : un médecin généraliste s’installe pour la première fois en ZIP', () => {
  let navigateur: Browser;
  let contexte: BrowserContext;
  let page: Page;
  const erreursConsole: string[] = [];
  /** A ZIP commune of the shipped zonage (the most populated of the first ones, to have a distinctive name). */
  let commune: { code: string; nom: string };

  beforeAll(async () => {
    mkdirSync(DOSSIER_CAPTURES, { recursive: true });
    const zonage = (await (await fetch(`${urlApplication()}/api/zonages/medecin`)).json()) as { valeurs: Record<string, string> };
    const zip = Object.entries(zonage.valeurs)
      .filter(([, classe]) => classe === 'ZIP')
      .map(([code]) => code);
    expect(zip.length).toBeGreaterThan(100);
    const fiches = await Promise.all(
      zip
        .slice(0, 40)
        .map(
          async (code) =>
            (await (await fetch(`${urlApplication()}/api/territoires/commune/${code}`)).json()) as { code: string; nom: string; population: number },
        ),
    );
    const retenue = fiches.filter((f) => f.nom).sort((a, b) => b.population - a.population)[0];
    commune = { code: retenue.code, nom: retenue.nom };
    await televerserVersionEssai(commune.code);
    navigateur = await lancerNavigateur();
    contexte = await navigateur.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR', reducedMotion: 'reduce' });
    page = await contexte.newPage();
    page.on('console', (m) => m.type() === 'error' && erreursConsole.push(m.text()));
    page.on('pageerror', (e) => erreursConsole.push(e.message));
  });

  afterAll(async () => {
    await navigateur?.close();
  });

  it('asks for the commune and the situation before calling the single window', async () => {
    await page.goto(urlApplication(), { waitUntil: 'domcontentloaded' });
    await page.getByRole('tab', { name: 'Aides' }).click();
    const panneau = page.getByRole('tabpanel', { name: 'Aides' });
    await panneau.getByRole('button', { name: 'Voir les aides' }).click();
    const alerte = panneau.getByRole('alert');
    await alerte.waitFor({ timeout: 5_000 });
    await expect(alerte.textContent()).resolves.toMatch(/Choisissez la commune.*Indiquez votre situation/s);
  });

  it('today, on the outdated 2024-2025 zonage, sees the first-installation aid « à confirmer » and why', async () => {
    const panneau = page.getByRole('tabpanel', { name: 'Aides' });
    await panneau.getByRole('combobox', { name: /Commune du lieu d’exercice/ }).fill(commune.nom);
    await panneau.getByRole('option', { name: new RegExp(`Commune ${commune.code}`) }).click();
    const choisie = panneau.getByTestId('aides-commune-choisie');
    await attendreQue(async () => ((await choisie.textContent()) ?? '').includes(`(${commune.code})`), 5_000, 'commune non retenue');
    // The page search stays the page's own: one combobox per search, each with its own label.
    await expect(page.locator('#recherche-territoire').count()).resolves.toBe(1);

    await panneau.getByLabel('Situation (obligatoire)').selectOption('installation');
    await panneau.getByLabel(/^Profession/).selectOption('medecin-generaliste');
    // DSFR radios: the label is what one clicks (the input is drawn by it).
    await panneau.locator('label[for="aides-premiere-oui"]').click();
    await expect(panneau.locator('#aides-premiere-oui').isChecked()).resolves.toBe(true);
    await panneau.locator('label[for="aides-cabinet-principal"]').click();
    await panneau.getByLabel('Secteur conventionnel').selectOption('secteur-1');
    await panneau.getByLabel('Mode d’exercice').selectOption('individuel');
    await panneau.locator('label[for="aides-anterieures-aucune"]').click();
    await panneau.getByRole('button', { name: 'Voir les aides' }).click();

    const aide = panneau.locator('[data-aide="premiere-installation-2026"]');
    await aide.waitFor({ timeout: 15_000 });
    // focus moved to the heading of the answer
    await attendreQue(
      async () => (await page.evaluate(() => document.activeElement?.id)) === 'aides-reponse-titre',
      5_000,
      'le focus n’est pas sur le titre de la réponse',
    );
    await expect(aide.getByTestId('aide-statut').textContent()).resolves.toBe('à confirmer');
    const zone = aide.getByTestId('aide-critere').filter({ hasText: 'Installation en ZIP' });
    await expect(zone.textContent()).resolves.toMatch(/zonage médecins généralistes en vigueur au .* n’est pas chargé/);
    // French typography: never a plain space before « : ; ? ! » in what people read.
    await expect(zone.textContent()).resolves.not.toMatch(/ [:;?!]/);
    await expect(zone.textContent()).resolves.toMatch(/dernière classe chargée\s:\sZIP/);
  });

  it('with the zonage in force loaded (test version, 1 March 2031), sees the first-installation aid (10 000 €) éligible, with its reasons and sources', async () => {
    const panneau = page.getByRole('tabpanel', { name: 'Aides' });
    await panneau.getByLabel(/Date de la question/).fill('2031-03-01');
    await panneau.getByLabel(/Date de la question/).dispatchEvent('change');
    // The 2026 aid is for installations from 2026-01-01: the date that matters is the installation's.
    const formulaire = panneau.getByRole('form', { name: 'Trouver les aides' });
    await formulaire.getByLabel('Date d’installation, passée ou prévue').fill('2031-02-01');
    await formulaire.getByLabel('Date d’installation, passée ou prévue').dispatchEvent('change');
    await panneau.getByRole('button', { name: 'Voir les aides' }).click();

    const aide = panneau.locator('[data-aide="premiere-installation-2026"]');
    await attendreQue(async () => (await aide.getByTestId('aide-statut').textContent()) === 'éligible', 15_000, 'l’aide n’est pas éligible au 1er mars 2031');
    await expect(aide.getByTestId('aide-montant').textContent()).resolves.toMatch(/^10\s000\s€$/);
    const zone = aide.getByTestId('aide-critere').filter({ hasText: 'Installation en ZIP' });
    await expect(zone.textContent()).resolves.toContain(`commune ${commune.code} (${commune.nom}) classée ZIP`);
    // The national rule (ameli), never another région's ARS page.
    await expect(zone.textContent()).resolves.toMatch(/Règle\s:.*ameli\.fr/s);
    await expect(zone.textContent()).resolves.toContain('Version d’essai des tests');
    await expect(aide.getByTestId('aide-critere').filter({ hasText: '10 dernières années' }).textContent()).resolves.toMatch(/Règle\s:.*Décret n° 2025-231/s);
    await expect(aide.locator('a[href^="https://"]').count()).resolves.toBeGreaterThan(0);
    await expect(panneau.getByTestId('aides-totaux').textContent()).resolves.toMatch(/Aides éligibles\s:\s10\s000\s€ versement unique/);
    await expect(panneau.getByTestId('aides-reponse').textContent()).resolves.toContain(`Aides pour ${commune.nom} (${commune.code})`);

    await aide.locator('h4').evaluate((titre) => titre.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: path.join(DOSSIER_CAPTURES, 'aides-premiere-installation.png') });
  });

  it('opens the server’s printable page in a new tab', async () => {
    const panneau = page.getByRole('tabpanel', { name: 'Aides' });
    const [onglet] = await Promise.all([contexte.waitForEvent('page'), panneau.getByRole('button', { name: /Version imprimable/ }).click()]);
    // The tab opens during the click, then receives the server's page (a blob: URL) once it arrives.
    await onglet.waitForURL(/^blob:/, { timeout: 15_000 });
    await onglet.waitForLoadState('domcontentloaded');
    await expect(onglet.textContent('body')).resolves.toContain(commune.nom);
    await expect(onglet.textContent('body')).resolves.toMatch(/premi[eè]re installation/i);
    // The printable answer shows the zonage version applied and its validity.
    await expect(onglet.textContent('body')).resolves.toContain('Version d’essai des tests');
    await expect(onglet.textContent('body')).resolves.toContain('version en vigueur à cette date');
    await onglet.screenshot({ path: path.join(DOSSIER_CAPTURES, 'aides-imprimable.png') });
    await onglet.close();
  });

  it('answers the questions in place: each « à préciser » point is a control, the answer is re-evaluated at once', async () => {
    const panneau = page.getByRole('tabpanel', { name: 'Aides' });
    // Two facts left unanswered: previous aids, main or secondary practice.
    await panneau.locator('label[for="aides-anterieures-inconnu"]').click();
    await panneau.locator('label[for="aides-cabinet-inconnu"]').click();
    await panneau.getByRole('button', { name: 'Voir les aides' }).click();
    const aide = panneau.locator('[data-aide="premiere-installation-2026"]');
    await attendreQue(async () => (await aide.getByTestId('aide-statut').textContent()) === 'à confirmer', 15_000, 'l’aide reste éligible sans réponses');
    const preciser = panneau.getByTestId('aides-a-preciser');
    await page.screenshot({ path: path.join(DOSSIER_CAPTURES, 'aides-questions-a-preciser.png') });

    // Answered in the answer itself, without going back to the form nor pressing « Voir les aides ».
    await preciser.locator('[data-champ="typeCabinet"]').getByRole('combobox').selectOption('principal');
    await attendreQue(async () => (await preciser.locator('[data-champ="typeCabinet"]').count()) === 0, 15_000, 'la question du cabinet reste posée');
    await preciser.locator('[data-champ="aidesAnterieures"]').getByRole('button', { name: 'Aucune' }).click();
    await attendreQue(async () => (await aide.getByTestId('aide-statut').textContent()) === 'éligible', 15_000, 'l’aide n’est pas devenue éligible');
    await expect(aide.getByTestId('aide-montant').textContent()).resolves.toMatch(/^10\s000\s€$/);
    // The form shows the answers given in place.
    await expect(panneau.locator('#aides-cabinet-principal').isChecked()).resolves.toBe(true);
    await expect(panneau.locator('#aides-anterieures-aucune').isChecked()).resolves.toBe(true);
  });

  it('a « non éligible » aid names the criterion that failed', async () => {
    const panneau = page.getByRole('tabpanel', { name: 'Aides' });
    await panneau.getByRole('form', { name: 'Trouver les aides' }).getByLabel('Secteur conventionnel').selectOption('secteur-2');
    await panneau.getByRole('button', { name: 'Voir les aides' }).click();
    const aide = panneau.locator('[data-aide="premiere-installation-2026"]');
    await attendreQue(async () => (await aide.getByTestId('aide-statut').textContent()) === 'non éligible', 15_000, 'l’aide reste éligible en secteur 2');
    await expect(aide.getByTestId('aide-refus').textContent()).resolves.toMatch(/Critère non rempli\s:\s*Secteur 1 ou adhésion à l’OPTAM/);
  });

  it('an individual professional must give a profession; the form says so before asking', async () => {
    const panneau = page.getByRole('tabpanel', { name: 'Aides' });
    const formulaire = panneau.getByRole('form', { name: 'Trouver les aides' });
    await formulaire.getByLabel(/^Profession/).selectOption('');
    await panneau.getByRole('button', { name: 'Voir les aides' }).click();
    await expect(panneau.getByRole('alert').first().textContent()).resolves.toContain('Indiquez votre profession');
    await formulaire.getByLabel(/^Profession/).selectOption('medecin-generaliste');
  });

  /** A one-commune test version of the commune's région, from 2031-01-01, uploaded as the bootstrap administrator. */
  async function televerserVersionEssai(code: string): Promise<void> {
    const fiche = (await (await fetch(`${urlApplication()}/api/territoires/commune/${code}`)).json()) as { parents: { type: string; code: string }[] };
    const region = fiche.parents.find((p) => p.type === 'region')!.code;
    const connexion = await fetch(`${urlApplication()}/api/auth/connexion`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: process.env.MAILLAGE_ADMIN_EMAIL, motDePasse: process.env.MAILLAGE_ADMIN_MOT_DE_PASSE }),
    });
    const { jeton } = (await connexion.json()) as { jeton: string };
    const contenu = [
      'CartoSanté; ; ',
      'Référentiel géographique : France par commune; ; ',
      'Code;Libellé;Zonage médecins généralistes',
      `${code};essai;1_ZIP`,
    ].join('\n');
    const formulaire = new FormData();
    formulaire.append('libelle', `Version d’essai des tests (région ${region})`);
    formulaire.append('region', region);
    formulaire.append('debut', '2031-01-01');
    formulaire.append('fichier', new Blob([contenu], { type: 'text/csv' }), 'zonage-essai.csv');
    const res = await fetch(`${urlApplication()}/api/zonages/medecin/versions`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${jeton}` },
      body: formulaire,
    });
    expect(res.status).toBe(201);
  }

  it('in a zone rouge (L’Aigle, Normandie), a GP sees the solidarity mission’s 200 € a day, the zone rouge criterion met, and settles its two questions in place', async () => {
    const panneau = page.getByRole('tabpanel', { name: 'Aides' });
    const formulaire = panneau.getByRole('form', { name: 'Trouver les aides' });
    await panneau.getByRole('combobox', { name: /Commune du lieu d’exercice/ }).fill('L’Aigle');
    await panneau.getByRole('option', { name: /Commune 61214/ }).click();
    await attendreQue(async () => ((await panneau.getByTestId('aides-commune-choisie').textContent()) ?? '').includes('(61214)'), 5_000, 'L’Aigle non retenue');
    await formulaire.getByLabel('Situation (obligatoire)').selectOption('installe');
    await formulaire.getByLabel(/^Profession/).selectOption('medecin-generaliste');
    await panneau.getByRole('button', { name: 'Voir les aides' }).click();

    const aide = panneau.locator('[data-aide="solidarite-territoriale-zones-rouges"]');
    await aide.waitFor({ timeout: 15_000 });
    await expect(aide.textContent()).resolves.toContain('Un médecin près de chez vous');
    await expect(aide.getByTestId('aide-statut').textContent()).resolves.toBe('à confirmer');
    await expect(aide.getByTestId('aide-critere').filter({ hasText: 'zone rouge' }).first().textContent()).resolves.toMatch(/Zone rouge depuis juin 2025/);
    await expect(aide.textContent()).resolves.toMatch(/200\s€ par journée/);
    const preciser = panneau.getByTestId('aides-a-preciser');
    for (const cle of ['lieu-solidaire-et-ordre', 'consultations-tarif-opposable']) {
      const question = preciser.locator(`[data-champ="reponses.${cle}"]`);
      await question.waitFor({ timeout: 15_000 });
      await question.locator('label', { hasText: 'Oui' }).click();
      await attendreQue(
        async () => (await preciser.locator(`[data-champ="reponses.${cle}"] input:checked`).count()) === 1 || (await question.count()) === 0,
        15_000,
        `question ${cle} non prise en compte`,
      );
    }
    await attendreQue(
      async () => (await aide.getByTestId('aide-statut').textContent()) === 'éligible',
      15_000,
      'la mission de solidarité n’est pas devenue éligible',
    );
  });

  it('logged no error in the page', () => {
    expect(erreursConsole).toEqual([]);
  });
});
