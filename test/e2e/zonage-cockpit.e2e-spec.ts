/// <reference lib="dom" />
import { mkdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { attendreQue, DOSSIER_CAPTURES, lancerNavigateur, urlApplication } from '../support/navigateur';

/** Start of the version published here: far future, so that no other test's zonage is disturbed. */
const DEBUT = '2095-01-01';
const FIN = '2096-12-31';

async function api<T>(chemin: string, options: { methode?: string; jeton?: string; corps?: unknown } = {}): Promise<{ statut: number; corps: T }> {
  const reponse = await fetch(`${urlApplication()}${chemin}`, {
    method: options.methode ?? 'GET',
    headers: { 'Content-Type': 'application/json', ...(options.jeton ? { Authorization: `Bearer ${options.jeton}` } : {}) },
    body: options.corps === undefined ? undefined : JSON.stringify(options.corps),
  });
  const texte = await reponse.text();
  return { statut: reponse.status, corps: (texte ? JSON.parse(texte) : null) as T };
}

interface Unite {
  code: string;
  nom: string;
  communes: string[];
  categorie: string | null;
  verrou: { type: string; message: string } | null;
  populationRegion: number;
  indicateurs: { code: string; texte?: string }[];
}

describe('Cockpit de zonage : une ARS de Centre-Val de Loire prépare, exporte et publie son zonage', () => {
  let navigateur: Browser;
  let contexte: BrowserContext;
  let page: Page;
  const erreursConsole: string[] = [];
  const suffixe = Date.now().toString(36);
  const ars = { email: `ars-cvl-${suffixe}@e2e.maillage.test`, motDePasse: 'ars-cvl-e2e-mot-de-passe', nom: 'Claire Planificatrice' };
  const arsOccitanie = { email: `ars-occ-${suffixe}@e2e.maillage.test`, motDePasse: 'ars-occ-e2e-mot-de-passe', nom: 'Ours Occitanie' };
  let jetonArs: string;
  let id: string;
  let unites: Unite[];
  const choisies: { vivierZip?: Unite; vivierZac?: Unite; forcee?: Unite } = {};

  beforeAll(async () => {
    mkdirSync(DOSSIER_CAPTURES, { recursive: true });
    const email = process.env.MAILLAGE_ADMIN_EMAIL;
    const motDePasse = process.env.MAILLAGE_ADMIN_MOT_DE_PASSE;
    if (!email || !motDePasse) throw new Error('MAILLAGE_ADMIN_EMAIL / MAILLAGE_ADMIN_MOT_DE_PASSE absents : lancez les tests avec « npm test ».');
    const admin = (await api<{ jeton: string }>('/api/auth/connexion', { methode: 'POST', corps: { email, motDePasse } })).corps.jeton;
    await api('/api/comptes', { methode: 'POST', jeton: admin, corps: { ...ars, role: 'ars', territoires: [{ type: 'region', code: '24' }] } });
    await api('/api/comptes', { methode: 'POST', jeton: admin, corps: { ...arsOccitanie, role: 'ars', territoires: [{ type: 'region', code: '76' }] } });
    jetonArs = (await api<{ jeton: string }>('/api/auth/connexion', { methode: 'POST', corps: { email: ars.email, motDePasse: ars.motDePasse } })).corps.jeton;
    navigateur = await lancerNavigateur();
    contexte = await navigateur.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'fr-FR', reducedMotion: 'reduce', acceptDownloads: true });
    page = await contexte.newPage();
    page.on('console', (m) => m.type() === 'error' && !/status of (401|403|409)/.test(m.text()) && erreursConsole.push(m.text()));
    page.on('pageerror', (e) => erreursConsole.push(e.message));
  });

  afterAll(async () => {
    await navigateur?.close();
  });

  it('the ARS planner logs in, opens « Zonage » and creates a draft from the national categories; the gauges show', async () => {
    await page.goto(`${urlApplication()}/zonage`, { waitUntil: 'domcontentloaded' });
    await page.getByTestId('cockpit-connexion').waitFor({ timeout: 20_000 });
    await page.getByRole('banner').getByRole('button', { name: 'Se connecter' }).click();
    const modale = page.getByRole('dialog', { name: 'Se connecter à Maillage' });
    await modale.getByLabel(/Adresse électronique/).fill(ars.email);
    await modale.getByLabel('Mot de passe', { exact: true }).fill(ars.motDePasse);
    await modale.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('heading', { name: 'Nouveau brouillon' }).waitFor({ timeout: 15_000 });
    await attendreQue(async () => (await page.getByLabel('Région').inputValue()) === '24', 15_000, 'région du compte non proposée');
    await page.getByLabel(/Catégories nationales/).check();
    await expect(page.getByLabel('Unité').locator('option').first().textContent()).resolves.toBe('bassin de vie 2022 (approximation ouverte des TVS)');
    await page.getByRole('button', { name: 'Créer le brouillon' }).click();
    await page.getByTestId('brouillon-titre').waitFor({ timeout: 30_000 });
    id = new URL(page.url()).searchParams.get('brouillon')!;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    await expect(page.getByTestId('brouillon-titre').textContent()).resolves.toMatch(/Centre-Val de Loire — catégories nationales/);
    await page.getByTestId('jauge-zip-valeur').waitFor({ timeout: 10_000 });
    await expect(page.getByTestId('jauge-zip-valeur').textContent()).resolves.toMatch(/^\d+,\d %$/);
    await expect(page.getByTestId('jauge-zip').textContent()).resolves.toMatch(/Sous le plafond de 58,8 %/);
    await expect(page.getByTestId('jauge-marge').textContent()).resolves.toMatch(/population du vivier/);
    await page.screenshot({ path: path.join(DOSSIER_CAPTURES, 'cockpit-brouillon.png') });
    unites = (
      await api<{ socle: { unites: Unite[] }; decisions: { unites: Record<string, { classe: string }> } }>(`/api/zonage-cockpit/brouillons/${id}`, {
        jeton: jetonArs,
      })
    ).corps.socle.unites;
    const decisions = (await api<{ decisions: { unites: Record<string, { classe: string }> } }>(`/api/zonage-cockpit/brouillons/${id}`, { jeton: jetonArs }))
      .corps.decisions.unites;
    const vivier = unites.filter((u) => u.categorie === 'vivier' && !u.verrou && decisions[u.code].classe === 'HZ');
    choisies.vivierZip = vivier[0];
    choisies.vivierZac = vivier[1];
    choisies.forcee = unites.find((u) => u.verrou?.type === 'selection_nationale');
    expect(choisies.vivierZip && choisies.vivierZac && choisies.forcee).toBeTruthy();
  });

  it('changes three units in the table (one forced with a written justification); the gauges follow', async () => {
    const zipAvant = await page.getByTestId('jauge-zip-valeur').textContent();
    const ligne = (u: Unite) => page.locator(`tr[data-unite="${u.code}"]`);
    await ligne(choisies.vivierZip!).getByLabel(`Classe de ${choisies.vivierZip!.nom}`).selectOption('ZIP');
    await attendreQue(async () => (await page.getByTestId('jauge-zip-valeur').textContent()) !== zipAvant, 5_000, 'jauge ZIP inchangée');
    const duree = await page.locator('mlg-jauges-zonage').getAttribute('data-duree-maj-ms');
    console.log(`Cockpit : changement de classe → jauges et carte mises à jour dans la page en ${duree} ms`);
    await ligne(choisies.vivierZac!).getByLabel(`Classe de ${choisies.vivierZac!.nom}`).selectOption('ZAC');
    // The locked unit: its class cannot be chosen until it is forced with a justification.
    const forcee = ligne(choisies.forcee!);
    await expect(forcee.getByLabel(`Classe de ${choisies.forcee!.nom}`).isDisabled()).resolves.toBe(true);
    await forcee.getByRole('button', { name: 'Forcer' }).click();
    await forcee.getByLabel(/Justification écrite du forçage/).fill('Trois installations récentes et une MSP ouverte : l’unité relève du vivier.');
    await forcee.getByLabel('Classe après forçage').selectOption('ZAC');
    await forcee.getByRole('button', { name: 'Forcer l’unité' }).click();
    await attendreQue(async () => (await forcee.textContent())?.includes('forcée') ?? false, 10_000, 'unité non forcée');
    await attendreQue(
      async () => {
        const d = (
          await api<{ decisions: { unites: Record<string, { classe: string; force: boolean }> } }>(`/api/zonage-cockpit/brouillons/${id}`, { jeton: jetonArs })
        ).corps.decisions.unites;
        return d[choisies.vivierZip!.code].classe === 'ZIP' && d[choisies.vivierZac!.code].classe === 'ZAC' && d[choisies.forcee!.code].force;
      },
      10_000,
      'changements non enregistrés',
    );
    await page.screenshot({ path: path.join(DOSSIER_CAPTURES, 'cockpit-unites-modifiees.png') });
  });

  it('clicking a unit on the map cycles its class (ZIP → ZAC → hors zonage), the table row and the gauges follow; a locked unit says why', async () => {
    const carte = page.locator('.cockpit__carte mlg-carte');
    await carte.locator('.maplibregl-canvas').waitFor({ timeout: 20_000 });
    /** The page pixel of a commune's inner point, from the map's own projection (the map is framed on the région). */
    const pixelDe = async (commune: string) => {
      const { centre } = (await api<{ centre: [number, number] }>(`/api/territoires/commune/${commune}`)).corps;
      const boite = (await carte.locator('.maplibregl-canvas').boundingBox())!;
      const pixel = await carte.evaluate(
        (e, [lng, lat]) => (e as unknown as { pixelDe: (lng: number, lat: number) => { x: number; y: number } | null }).pixelDe(lng, lat),
        centre,
      );
      if (!pixel) throw new Error('carte du brouillon absente');
      return { x: boite.x + pixel.x, y: boite.y + pixel.y };
    };
    const communes = (
      await api<{ socle: { communes: { code: string; unite: string; population: number }[] } }>(`/api/zonage-cockpit/brouillons/${id}`, { jeton: jetonArs })
    ).corps.socle.communes;
    /** Points at the unit's most populated commune (the tooltip names it: the map has drawn it there) and clicks it. */
    const cliquerUnite = async (u: Unite) => {
      const commune = communes.filter((c) => c.unite === u.code).sort((a, b) => b.population - a.population)[0].code;
      const infobulle = page.locator('.carte__infobulle');
      await attendreQue(
        async () => {
          const { x, y } = await pixelDe(commune);
          await page.mouse.move(x + 1, y);
          await page.mouse.move(x, y);
          return (await infobulle.isVisible()) && ((await infobulle.textContent()) ?? '').includes(`(${commune})`);
        },
        20_000,
        `commune ${commune} introuvable sous le pointeur`,
      );
      const { x, y } = await pixelDe(commune);
      await page.mouse.click(x, y);
    };
    const decisionServeur = async (u: Unite) =>
      (await api<{ decisions: { unites: Record<string, { classe: string }> } }>(`/api/zonage-cockpit/brouillons/${id}`, { jeton: jetonArs })).corps.decisions
        .unites[u.code].classe;

    // The most populated free unit of the vivier still out of the zonage: each click moves the gauges visibly.
    const u = unites
      .filter((x) => x.categorie === 'vivier' && !x.verrou && x !== choisies.vivierZip && x !== choisies.vivierZac)
      .sort((a, b) => b.populationRegion - a.populationRegion)[0];
    expect(u).toBeTruthy();
    const classe = page.locator(`tr[data-unite="${u.code}"]`).getByLabel(`Classe de ${u.nom}`);
    await expect(classe.inputValue()).resolves.toBe('HZ');
    for (const [attendue, jauge] of [
      ['ZIP', 'jauge-zip-valeur'],
      ['ZAC', 'jauge-zac-valeur'],
      ['HZ', 'jauge-zac-valeur'],
    ] as const) {
      const avant = await page.getByTestId(jauge).textContent();
      await cliquerUnite(u);
      await attendreQue(async () => (await classe.inputValue()) === attendue, 5_000, `ligne de ${u.nom} pas en ${attendue}`);
      await attendreQue(async () => (await page.getByTestId(jauge).textContent()) !== avant, 5_000, `jauge ${jauge} inchangée après le clic`);
      await attendreQue(async () => (await decisionServeur(u)) === attendue, 10_000, `classe ${attendue} non enregistrée`);
    }

    const verrouillee = unites.find((x) => x.verrou?.type === 'selection_nationale' && x !== choisies.forcee)!;
    expect(verrouillee).toBeTruthy();
    const classeAvant = await decisionServeur(verrouillee);
    await cliquerUnite(verrouillee);
    const message = page.getByTestId('cockpit-message');
    await message.waitFor({ timeout: 5_000 });
    await expect(message.textContent()).resolves.toContain(
      `${verrouillee.nom} : ${verrouillee.verrou!.message} Pour la changer, forcez-la dans le tableau avec une justification écrite.`,
    );
    expect(await decisionServeur(verrouillee)).toBe(classeAvant);
    await page.screenshot({ path: path.join(DOSSIER_CAPTURES, 'cockpit-clic-carte.png') });
  });

  it('the unit table tells whether a unit’s communes are in a zone rouge: in CVL the list is partial, the listed communes as a lower bound', async () => {
    const berry = new Set((await api<{ code: string }[]>('/api/territoires/epci/200049484/communes')).corps.map((c) => c.code));
    const touchee = unites.find((u) => u.communes.some((c) => berry.has(c)))!;
    const cellule = page.locator(`tr[data-unite="${touchee.code}"]`).getByTestId('zone-rouge');
    await expect(cellule.textContent()).resolves.toMatch(/^\s*au moins \d+ communes? sur \d+ \(.*CC Berry Grand Sud.*\) — liste partielle\s*$/);
    await expect(cellule.getAttribute('title')).resolves.toMatch(
      /^Population en zone rouge \(juin 2025\) : Part inconnue : liste partielle \(55 EPCI sur 151\)/,
    );
    // A unit none of whose communes is in the partial list is not said to be outside: « inconnu ».
    const autre = unites.find((u) => u.indicateurs.find((i) => i.code === 'zone_rouge')?.texte === 'inconnu — liste partielle')!;
    expect(autre).toBeTruthy();
    await expect(page.locator(`tr[data-unite="${autre.code}"]`).getByTestId('zone-rouge').textContent()).resolves.toMatch(/^\s*inconnu — liste partielle\s*$/);
  });

  it('the diff’s aid lines say, for each witness commune, the aids that do not change: the zones rouges mission stays « à confirmer » with why (partial list)', async () => {
    await page.getByRole('button', { name: 'Calculer les différences' }).click();
    const inchangees = page.getByTestId('diff-aides-inchangees');
    await attendreQue(async () => (await inchangees.count()) > 0, 120_000, 'lignes d’aides du diff absentes');
    // In CVL the list is partial: a witness commune not in it is « à confirmer », with the reason and how to load the list.
    const groupe = inchangees.filter({ hasText: 'zone rouge à confirmer auprès de l’ARS : liste partielle' }).first();
    await groupe.locator('summary').click();
    const mission = groupe.locator('li', { hasText: 'Mission de solidarité territoriale' });
    await expect(mission.isVisible()).resolves.toBe(true);
    await expect(mission.textContent()).resolves.toMatch(
      /Mission de solidarité territoriale.*: à confirmer\s+— à préciser : .*zone rouge à confirmer auprès de l’ARS : liste partielle.*téléverser la liste complète/s,
    );
    await page.screenshot({ path: path.join(DOSSIER_CAPTURES, 'cockpit-diff-aides.png') });
  });

  it('another région’s ARS account is refused (403) on that draft', async () => {
    const jeton = (
      await api<{ jeton: string }>('/api/auth/connexion', { methode: 'POST', corps: { email: arsOccitanie.email, motDePasse: arsOccitanie.motDePasse } })
    ).corps.jeton;
    expect((await api(`/api/zonage-cockpit/brouillons/${id}`, { jeton })).statut).toBe(403);
    expect(
      (await api(`/api/zonage-cockpit/brouillons/${id}/unites/${choisies.vivierZip!.code}`, { methode: 'PATCH', jeton, corps: { classe: 'HZ' } })).statut,
    ).toBe(403);
  });

  it('exports the XLSX unit table (parsed: the forced unit and its justification) and the printable annex (HTML and PDF)', async () => {
    const [telechargement] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tableau des unités (XLSX)' }).click()]);
    const fichier = path.join(DOSSIER_CAPTURES, 'cockpit-unites.xlsx');
    await telechargement.saveAs(fichier);
    const classeur = new ExcelJS.Workbook();
    await classeur.xlsx.load(readFileSync(fichier));
    const feuille = classeur.getWorksheet('Unités')!;
    expect(feuille.rowCount).toBe(unites.length + 1);
    const lignes = (feuille.getSheetValues() as unknown[][]).slice(2);
    const forcee = lignes.find((l) => l[1] === choisies.forcee!.code)!;
    expect(forcee[10]).toBe('zone d’action complémentaire (ZAC)');
    expect(forcee[12]).toBe('oui');
    expect(forcee[13]).toBe('Trois installations récentes et une MSP ouverte : l’unité relève du vivier.');
    expect(lignes.find((l) => l[1] === choisies.vivierZip!.code)![10]).toBe('zone d’intervention prioritaire (ZIP)');

    const [annexe] = await Promise.all([contexte.waitForEvent('page'), page.getByRole('button', { name: 'Projet d’annexe imprimable' }).click()]);
    await annexe.waitForLoadState('domcontentloaded');
    const texte = await annexe.locator('body').innerText();
    expect(texte).toContain('PROJET — document de travail');
    expect(texte).toMatch(/Zone d’intervention prioritaire \(ZIP\) — [\d\s ]+ communes/);
    expect(texte).toContain('Cher (18)');
    expect(texte).toContain(choisies.forcee!.nom);
    expect(texte).toContain('Trois installations récentes et une MSP ouverte');
    const pdf = await annexe.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBeGreaterThan(1);
    await annexe.close();
  });

  it('validates and publishes the draft as a new zonage version from 2095-01-01; a GP’s eligibility in a commune that changed class changes from that date', async () => {
    await page.getByRole('button', { name: 'Contrôler et valider' }).click();
    await page.getByTestId('controles').waitFor({ timeout: 15_000 });
    await page.getByLabel('Numéro de l’arrêté').waitFor({ timeout: 15_000 });
    await page.getByLabel('Numéro de l’arrêté').fill(`ARS-CVL-E2E-${suffixe}`);
    await page.getByLabel('Date de l’arrêté').fill('2094-11-30');
    await page.getByLabel('Début de validité').fill(DEBUT);
    await page.getByLabel(/Fin de validité/).fill(FIN);
    await page.getByRole('button', { name: 'Publier la nouvelle version du zonage' }).click();
    await page.getByTestId('publication-faite').waitFor({ timeout: 20_000 });
    await expect(page.getByTestId('publication-faite').textContent()).resolves.toMatch(/arrêté ARS-CVL-E2E-.*du 01\/01\/2095 au 31\/12\/2096/);
    await expect(page.getByTestId('brouillon-statut').textContent()).resolves.toBe('publié');
    await page.screenshot({ path: path.join(DOSSIER_CAPTURES, 'cockpit-publie.png') });

    const commune = choisies.vivierZip!.communes[0];
    const eligibilite = async (date: string) =>
      (
        await api<{ aides: { id: string; statut: string; montant?: { valeur?: number } }[] }>('/api/aides/eligibilite', {
          methode: 'POST',
          corps: {
            commune,
            date,
            dateInstallation: date,
            situation: 'installation',
            profession: 'medecin-generaliste',
            premiereInstallation: true,
            typeCabinet: 'principal',
            secteur: 'secteur-1',
            modeExercice: 'groupe',
            aidesAnterieures: [],
          },
        })
      ).corps.aides.find((a) => a.id === 'premiere-installation-2026')!;
    const apres = await eligibilite('2095-01-02');
    expect(apres).toMatchObject({ statut: 'eligible', montant: { valeur: 10000 } });
    const avant = await eligibilite('2094-12-31');
    expect(avant.statut).not.toBe('eligible');
    expect(erreursConsole).toEqual([]);
  });

  it('duplicates the published draft, changes one unit in the copy and compares the two drafts', async () => {
    await page.getByRole('button', { name: 'Retour aux brouillons' }).click();
    const ligne = page.locator(`li[data-brouillon="${id}"]`);
    await ligne.waitFor({ timeout: 15_000 });
    await ligne.getByRole('button', { name: 'Dupliquer' }).click();
    await attendreQue(
      async () => {
        const b = new URL(page.url()).searchParams.get('brouillon');
        return b !== null && b !== id;
      },
      20_000,
      'copie non ouverte',
    );
    const copie = new URL(page.url()).searchParams.get('brouillon')!;
    await page.getByTestId('brouillon-titre').waitFor({ timeout: 20_000 });
    await expect(page.getByTestId('brouillon-titre').textContent()).resolves.toMatch(/^Copie de /);
    const u = choisies.vivierZac!;
    await page.locator(`tr[data-unite="${u.code}"]`).getByLabel(`Classe de ${u.nom}`).selectOption('HZ');
    await attendreQue(
      async () =>
        (await api<{ decisions: { unites: Record<string, { classe: string }> } }>(`/api/zonage-cockpit/brouillons/${copie}`, { jeton: jetonArs })).corps
          .decisions.unites[u.code].classe === 'HZ',
      10_000,
      'changement non enregistré dans la copie',
    );
    await page.getByLabel('Brouillon de la même région').selectOption(id);
    await page.getByRole('button', { name: 'Comparer', exact: true }).click();
    await page.getByTestId('comparaison').waitFor({ timeout: 15_000 });
    await expect(page.getByTestId('comparaison').textContent()).resolves.toMatch(/1\sunité et \d+\scommunes? diffèrent/);
    expect((await api(`/api/zonage-cockpit/brouillons/${copie}`, { methode: 'DELETE', jeton: jetonArs })).statut).toBe(204);
  });
});
