/// <reference lib="dom" />
import { mkdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Browser, Page } from 'playwright-core';
import { attendreQue, DOSSIER_CAPTURES, lancerNavigateur, urlApplication } from '../support/navigateur';
import { lireTextePdf } from '../support/texte-pdf';

/** Spaces as pdf.js gives them back, to compare with what the page shows. */
const espaces = (t: string) => t.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ');

describe('Rapports qui quittent l’écran : PDF, CSV, impression', () => {
  let navigateur: Browser;
  let page: Page;
  const erreursConsole: string[] = [];

  beforeAll(async () => {
    mkdirSync(DOSSIER_CAPTURES, { recursive: true });
    navigateur = await lancerNavigateur();
    const contexte = await navigateur.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR', reducedMotion: 'reduce', acceptDownloads: true });
    // Headless chromium crashes when a PDF frame's print() is called (a real browser opens its print dialog): the
    // print frame's window is replaced by a recorder, and the blobs behind object URLs are kept, so that the test
    // checks that the page prints the frame holding the very bytes it downloaded.
    await contexte.addInitScript(() => {
      const w = window as unknown as { __blobs: Map<string, Blob>; __impressions: number };
      w.__blobs = new Map();
      w.__impressions = 0;
      const creer = URL.createObjectURL.bind(URL);
      URL.createObjectURL = (objet: Blob | MediaSource) => {
        const url = creer(objet);
        if (objet instanceof Blob) w.__blobs.set(url, objet);
        return url;
      };
      const fenetre = Object.getOwnPropertyDescriptor(HTMLIFrameElement.prototype, 'contentWindow')!;
      const enregistreur = { focus: () => undefined, print: () => void w.__impressions++ };
      Object.defineProperty(HTMLIFrameElement.prototype, 'contentWindow', {
        configurable: true,
        get(this: HTMLIFrameElement) {
          return this.id === 'impression-pdf' ? enregistreur : fenetre.get!.call(this);
        },
      });
    });
    page = await contexte.newPage();
    page.on('console', (m) => m.type() === 'error' && erreursConsole.push(m.text()));
    page.on('pageerror', (e) => erreursConsole.push(e.message));
  });

  afterAll(async () => {
    await navigateur?.close();
  });

  async function ouvrir(nom: string, option: RegExp): Promise<void> {
    await page.getByRole('combobox', { name: /Rechercher une commune/ }).fill(nom);
    await page.getByRole('option', { name: option }).click();
  }

  it('a card’s « Télécharger le rapport (PDF) » gives a 2 to 4 page report with the card’s APL; « Imprimer » prints that very file', async () => {
    await page.goto(urlApplication(), { waitUntil: 'domcontentloaded' });
    await ouvrir('Boussac', /^Boussac Commune 23031/);
    const carte = page.getByRole('tabpanel', { name: 'Territoire' });
    await carte.getByRole('heading', { level: 2, name: 'Boussac' }).waitFor({ timeout: 15_000 });
    const apl = (await carte.getByTestId('fiche-apl').textContent())!.trim();
    expect(apl).toMatch(/^\d+,\d{1,2}$/);

    const [telechargement] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      carte.getByRole('button', { name: 'Télécharger le rapport (PDF)' }).click(),
    ]);
    expect(telechargement.suggestedFilename()).toBe('rapport-commune-23031.pdf');
    const octets = readFileSync(await telechargement.path());
    const pdf = lireTextePdf(octets);
    expect(pdf.pages).toBeGreaterThanOrEqual(2);
    expect(pdf.pages).toBeLessThanOrEqual(4);
    const texte = espaces(pdf.texte);
    expect(texte).toContain('Boussac : accès aux soins de premier recours');
    // the figure of the card, two decimals in the report
    expect(texte).toMatch(new RegExp(`Son APL \\d{4} est de ${apl.replace(',', ',')}\\d? consultations`));
    for (const section of [
      'L’essentiel',
      'Communes sous-dotées et fragiles',
      'Structures d’exercice coordonné',
      'Zonage médecins',
      'Aides ouvertes à Boussac',
      'Sources',
    ]) {
      expect(texte).toContain(section);
    }
    expect(texte).toMatch(/Échelle : \d+ km/);

    await carte.getByRole('button', { name: 'Imprimer le rapport' }).click();
    const cadre = page.getByTestId('impression-pdf');
    await cadre.waitFor({ state: 'attached', timeout: 10_000 });
    await attendreQue(
      async () => (await page.evaluate(() => (window as unknown as { __impressions: number }).__impressions)) === 1,
      10_000,
      'le cadre du rapport n’a pas été imprimé',
    );
    const imprime = await cadre.evaluate(async (f: HTMLIFrameElement) => {
      const blob = (window as unknown as { __blobs: Map<string, Blob> }).__blobs.get(f.src);
      return blob ? Array.from(new Uint8Array(await blob.arrayBuffer())) : [];
    });
    // the printed document is the downloaded file, byte for byte
    expect(Buffer.from(imprime).equals(octets)).toBe(true);
  });

  it('simulation: a wrong number gets a message and « Lancer » says why it waits; then it runs without « Ajouter » and says the verdict in one sentence', async () => {
    await page.getByRole('tab', { name: 'Simuler' }).click();
    const panneau = page.getByRole('tabpanel', { name: 'Simuler' });
    await attendreQue(async () => (await panneau.getByTestId('simulation-lieu').textContent()) === 'Boussac', 10_000, 'Boussac non présélectionnée');
    const nombre = panneau.getByLabel(/Nombre de médecins généralistes/);
    await nombre.fill('0');
    await expect(panneau.locator('#simulation-nombre-erreur').textContent()).resolves.toBe('Le nombre de médecins doit être d’au moins 1.');
    await expect(nombre.getAttribute('aria-invalid')).resolves.toBe('true');
    const lancer = panneau.getByRole('button', { name: 'Lancer la simulation' });
    await expect(lancer.isDisabled()).resolves.toBe(true);
    await expect(panneau.getByTestId('simulation-raison').textContent()).resolves.toBe('Corrigez le nombre de médecins pour lancer la simulation.');
    await nombre.fill('2.5');
    await expect(panneau.locator('#simulation-nombre-erreur').textContent()).resolves.toBe('Le nombre de médecins doit être un nombre entier.');
    await nombre.fill('3');
    await expect(lancer.isDisabled()).resolves.toBe(false);
    await lancer.click();

    const verdict = panneau.getByTestId('simulation-verdict');
    await verdict.waitFor({ timeout: 30_000 });
    const phrase = (await verdict.textContent())!.trim();
    const attendu = (await (
      await fetch(`${urlApplication()}/api/acces/simulation`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ changements: [{ type: 'ouverture_msp', commune: '23031', nombre: 3 }] }),
      })
    ).json()) as { communes: { code: string; aplAvant: number; aplApres: number }[] };
    const boussac = attendu.communes.find((c) => c.code === '23031')!;
    const fr = (x: number) => x.toLocaleString('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    expect(phrase).toMatch(
      new RegExp(`^Boussac passerait de ${fr(boussac.aplAvant)} à ${fr(boussac.aplApres)}( : [a-zéè -]+ → [a-zéè -]+| et resterait [a-zéè -]+)\\.$`),
    );
    // plain French: no internal names on the panel
    expect(await panneau.textContent()).not.toMatch(/sous_dotee|fragile_menacee|ouverture_msp|departsMoins65|\(s\)/);
    await expect(panneau.locator('summary', { hasText: 'Méthode' }).count()).resolves.toBe(1);

    const [parCommune] = await Promise.all([page.waitForEvent('download'), panneau.getByRole('button', { name: 'Exporter par commune (CSV)' }).click()]);
    const lignes = readFileSync(await parCommune.path(), 'utf8').split('\r\n');
    expect(lignes[0]).toBe('\uFEFFcode_insee;commune;apl_avant;apl_apres;delta_apl;classe_avant;classe_apres;habitants;source');
    expect(lignes.filter((l) => /^\d[\dAB]\d{3};/.test(l))).toHaveLength(attendu.communes.length);
    expect(lignes.find((l) => l.startsWith('23031;Boussac;'))).toBeDefined();
    const [parTerritoire] = await Promise.all([page.waitForEvent('download'), panneau.getByRole('button', { name: 'Exporter par territoire (CSV)' }).click()]);
    expect(readFileSync(await parTerritoire.path(), 'utf8')).toMatch(/\r\ndépartement;23;Creuse;/);

    const [rapport] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      panneau.getByRole('button', { name: 'Télécharger le rapport (PDF)' }).click(),
    ]);
    const pdf = lireTextePdf(readFileSync(await rapport.path()));
    expect(pdf.pages).toBe(1);
    const texte = espaces(pdf.texte);
    expect(texte).toContain(espaces(phrase));
    expect(texte).toContain('Avant : classes de l’APL');
    expect(texte).toContain('Après : classes simulées');
    expect(texte).toContain('Précautions de lecture');
    await page.screenshot({ path: path.join(DOSSIER_CAPTURES, 'rapports-simulation.png') });
  });

  it('the zones table shows every column, sorts by each and filters by class', async () => {
    await page.getByRole('tab', { name: 'Zones sous-dotées' }).click();
    const panneau = page.getByRole('tabpanel', { name: 'Zones sous-dotées' });
    const table = panneau.getByTestId('zones-table');
    await table.waitFor({ timeout: 15_000 });
    // every column inside the panel (none cut off)
    const boitePanneau = (await page.locator('.tableau__panneau').boundingBox())!;
    for (const nom of ['Commune', 'Classe', 'APL', 'Habitants']) {
      const entete = table.locator('th', { hasText: nom }).first();
      const boite = (await entete.boundingBox())!;
      expect(boite.x + boite.width).toBeLessThanOrEqual(boitePanneau.x + boitePanneau.width + 1);
    }
    const colonne = async (i: number) => (await table.locator(`tbody tr td:nth-child(${i})`).allTextContents()).map((t) => t.trim());
    const nombres = (t: string[]) => t.map((x) => Number(x.replace(/[\s\u202f\u00a0]/g, '').replace(',', '.')));
    const triee = (v: number[], sens: 1 | -1) => v.every((x, i) => i === 0 || sens * (x - v[i - 1]) >= 0);
    // at first: most populated first
    expect(triee(nombres(await colonne(4)), -1)).toBe(true);
    await table.locator('th button[data-colonne="apl"]').click();
    await attendreQue(
      async () => (await table.locator('th[aria-sort="ascending"]').textContent())?.includes('APL') ?? false,
      5_000,
      'tri par APL non appliqué',
    );
    expect(triee(nombres(await colonne(3)), 1)).toBe(true);
    await table.locator('th button[data-colonne="apl"]').click();
    await attendreQue(async () => (await table.locator('th[aria-sort="descending"]').count()) === 1, 5_000, 'tri inverse non appliqué');
    expect(triee(nombres(await colonne(3)), -1)).toBe(true);
    await table.locator('th button[data-colonne="nom"]').click();
    await attendreQue(
      async () => (await table.locator('th[aria-sort="ascending"]').textContent())?.includes('Commune') ?? false,
      5_000,
      'tri par commune non appliqué',
    );
    const noms = await colonne(1);
    expect([...noms].sort((a, b) => a.localeCompare(b, 'fr'))).toEqual(noms);

    await panneau.getByLabel('Classe affichée').selectOption('fragile');
    await attendreQue(async () => (await colonne(2)).every((c) => c === 'Fragile'), 5_000, 'filtre par classe non appliqué');
    expect((await colonne(2)).length).toBeGreaterThan(0);
  });

  it('prints the whole open tab, not the visible fragment of the scrolling panel', async () => {
    await page.getByLabel('Classe affichée').selectOption('toutes');
    const derniere = (await page.getByTestId('zones-table').locator('tbody tr').last().locator('td').first().textContent())!.trim();
    // on screen the last row is below the fold of the scrolling panel
    const panneau = page.locator('.tableau__panneau');
    expect(await panneau.evaluate((p) => p.scrollHeight > p.clientHeight)).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await panneau.evaluate((p) => getComputedStyle(p).overflowY)).toBe('visible');
    // back to the default media: page.pdf() then prints with the print stylesheet, as the browser's « Imprimer » does
    await page.emulateMedia({ media: null });
    const imprime = espaces(lireTextePdf(await page.pdf({ format: 'A4' })).texte);
    expect(imprime).toContain(derniere);
    expect(imprime).toContain('Zones sous-dotées et fragiles');
  });

  it('the map PNG carries its title, legend, source, scale and attribution around a map that is not blank', async () => {
    const [telechargement] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter la carte (PNG)' }).click()]);
    const png = readFileSync(await telechargement.path());
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    const largeur = png.readUInt32BE(16);
    const hauteur = png.readUInt32BE(20);
    const canvas = await page.locator('.maplibregl-canvas').evaluate((c: HTMLCanvasElement) => ({ l: c.width, h: c.height }));
    // the page around the map: title above, legend and source below
    expect(largeur).toBeGreaterThan(canvas.l);
    expect(hauteur).toBeGreaterThan(canvas.h + 100);
    const analyse = await page.evaluate(
      async ({ donnees, h }) => {
        const image = new Image();
        image.src = `data:image/png;base64,${donnees}`;
        await image.decode();
        const toile = document.createElement('canvas');
        toile.width = image.width;
        toile.height = image.height;
        const c = toile.getContext('2d')!;
        c.drawImage(image, 0, 0);
        const part = (x: number, y: number, l: number, hh: number, test: (r: number, g: number, b: number) => boolean) => {
          const px = c.getImageData(x, y, l, hh).data;
          let n = 0;
          for (let i = 0; i < px.length; i += 4) if (test(px[i], px[i + 1], px[i + 2])) n++;
          return n / (px.length / 4);
        };
        const couleurs = new Set<string>();
        const carte = c.getImageData(24, 80, image.width - 48, h).data;
        for (let i = 0; i < carte.length; i += 400) couleurs.add(`${carte[i]},${carte[i + 1]},${carte[i + 2]}`);
        return {
          titreSombre: part(24, 10, 400, 40, (r, g, b) => r + g + b < 200),
          couleursCarte: couleurs.size,
          basSombre: part(0, 80 + h, image.width, image.height - 80 - h, (r, g, b) => r + g + b < 200),
        };
      },
      { donnees: png.toString('base64'), h: canvas.h },
    );
    expect(analyse.titreSombre).toBeGreaterThan(0.01);
    expect(analyse.couleursCarte).toBeGreaterThan(5);
    expect(analyse.basSombre).toBeGreaterThan(0.005);
  });

  it('Mayotte’s card says « non publiée » where the APL is not published, never an empty value', async () => {
    await ouvrir('Mamoudzou', /^Mamoudzou Commune 97611/);
    await page.getByRole('tab', { name: 'Territoire' }).click();
    const carte = page.getByRole('tabpanel', { name: 'Territoire' });
    await carte.getByRole('heading', { level: 2, name: 'Mamoudzou' }).waitFor({ timeout: 15_000 });
    const acces = carte.getByTestId('fiche-acces');
    await acces.waitFor({ timeout: 15_000 });
    // the access part follows the heading once its own requests answer: wait until it no longer shows the previous
    // card (Boussac, in the Creuse), then read it
    await attendreQue(async () => !/Creuse/.test((await acces.textContent()) ?? ''), 20_000, 'la partie accès de la fiche montre encore la commune précédente');
    const texte = espaces((await acces.textContent()) ?? '');
    expect(texte).toContain('APL des moins de 65 ans : non publiée');
    expect(await carte.getByTestId('fiche-sous-seuils').textContent()).toMatch(/APL < 2,5 : non publiée · APL < 4 : non publiée/);
    // no label left without its value (« : ; », « : hab. »)
    expect(texte).not.toMatch(/:\s*(;|hab\.|$)/);
    // each rank line once
    const rangs = (await acces.locator('dd', { hasText: /^\s*Rang / }).allTextContents()).map((t) => t.trim());
    expect(new Set(rangs).size).toBe(rangs.length);
  });

  it('logged no error in the page', () => {
    expect(erreursConsole).toEqual([]);
  });
});
