import { ApplicationDeTest, demarrerApplication } from '../support/application';
import { jetonPour } from '../support/auth';
import { lireTextePdf, TextePdf } from '../support/texte-pdf';

/** Spaces as pdf.js gives them back, for comparisons with figures formatted in French. */
const espaces = (t: string) => t.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ');
const virgule = (x: number, d = 2) => new Intl.NumberFormat('fr-FR', { minimumFractionDigits: d, maximumFractionDigits: d }).format(x).replace(/\u202f/g, ' ');

describe('Rapports PDF', () => {
  let t: ApplicationDeTest;
  const pdf = async (requete: ReturnType<ReturnType<typeof t.http>['get']>): Promise<TextePdf> => {
    const r = await requete.buffer(true).parse((res, fin) => {
      const morceaux: Buffer[] = [];
      res.on('data', (m: Buffer) => morceaux.push(m));
      res.on('end', () => fin(null, Buffer.concat(morceaux)));
    });
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('application/pdf');
    expect(r.headers['content-disposition']).toMatch(/^attachment; filename="[a-z0-9-]+\.pdf"$/);
    const octets = r.body as Buffer;
    expect(octets.subarray(0, 5).toString()).toBe('%PDF-');
    const lu = lireTextePdf(octets);
    return { ...lu, texte: espaces(lu.texte) };
  };

  beforeAll(async () => {
    t = await demarrerApplication();
  });
  afterAll(async () => {
    await t.fermer();
  });

  it('a commune’s report (Boussac) carries the card’s APL with its source, the map, the zonage version, the structures and the aids', async () => {
    const fiche = (await t.http().get('/api/acces/commune/23031')).body as { apl: { valeur: number }; annee: number };
    const r = await pdf(t.http().get('/api/rapports/territoires/commune/23031'));
    expect(r.pages).toBeGreaterThanOrEqual(2);
    expect(r.pages).toBeLessThanOrEqual(4);
    expect(r.titre).toBe('Boussac : accès aux soins de premier recours');
    expect(r.texte).toContain(`Accès aux médecins généralistes (APL ${fiche.annee})`);
    expect(r.texte).toContain(`Son APL ${fiche.annee} est de ${virgule(fiche.apl.valeur)} consultations par habitant et par an`);
    expect(r.texte).toMatch(/Classe d’accès aux médecins généralistes \(APL \d{4}\) — la commune, son intercommunalité et ses voisines/);
    expect(r.texte).toMatch(/Échelle : \d+ km/);
    expect(r.texte).toContain('Contours : IGN, ADMIN EXPRESS');
    expect(r.texte).toMatch(/Communes sous-dotées et fragiles — /);
    expect(r.texte).toContain('Zonage médecins');
    expect(r.texte).toMatch(/Version : .+ — (en vigueur depuis le|publié en)/);
    expect(r.texte).toContain('Structures d’exercice coordonné');
    expect(r.texte).toContain('Aides ouvertes à Boussac');
    expect(r.texte).toContain('Sources');
    expect(r.texte).toMatch(/page 1 sur \d/);
    // plain French: no internal names, no « (s) »
    expect(r.texte).not.toMatch(/sous_dotee|fragile_menacee|medecin_generaliste|\(s\)|@[0-9a-f]{7}/);
    // projects are for accounts only
    expect(r.texte).not.toContain('Projets suivis');
  });

  it('a département’s report lists its under-served communes as the API does, and the classes split', async () => {
    const zones = (await t.http().get('/api/acces/zones-sous-dotees?territoire=departement:23')).body as {
      total: { communes: number };
      communes: { nom: string; code: string }[];
    };
    const r = await pdf(t.http().get('/api/rapports/territoires/departement/23'));
    expect(r.pages).toBeLessThanOrEqual(4);
    expect(r.texte).toContain('Communes sous-dotées et fragiles — Creuse');
    expect(r.texte).toContain(`${zones.communes[0].nom} (${zones.communes[0].code})`);
    expect(r.texte).toContain(`${new Intl.NumberFormat('fr-FR').format(zones.total.communes).replace(/\u202f/g, ' ')} communes sous-dotées ou fragiles`);
    expect(r.texte).toMatch(/Classe du zonage Communes Habitants/);
  });

  it('says « non publiée » for Mayotte instead of empty values', async () => {
    const r = await pdf(t.http().get('/api/rapports/territoires/commune/97611'));
    expect(r.texte).toMatch(/APL non publiée/);
    expect(r.texte).toContain('Mayotte est hors du champ de l’APL publiée par la DREES');
  });

  it('adds the projects the account sees when connected', async () => {
    const jeton = await jetonPour(t, 'admin');
    const r = await pdf(t.http().get('/api/rapports/territoires/departement/31').set('Authorization', `Bearer ${jeton}`));
    expect(r.texte).toContain('Projets suivis');
  });

  it('refuses an unknown territory in French', async () => {
    const r = await t.http().get('/api/rapports/territoires/commune/99999');
    expect(r.status).toBe(404);
    expect((r.body as { message: string }).message).toMatch(/introuvable/);
    expect((await t.http().get('/api/rapports/territoires/pays/FR')).status).toBe(400);
  });

  it('the simulation report states the chosen commune’s verdict computed by the engine, and the thresholds crossed', async () => {
    const scenario = { changements: [{ type: 'ouverture_msp', commune: '23031', nombre: 3 }] };
    const sim = (await t.http().post('/api/acces/simulation').send(scenario)).body as {
      communes: { code: string; nom: string; aplAvant: number; aplApres: number }[];
    };
    const boussac = sim.communes.find((c) => c.code === '23031')!;
    const r = await pdf(
      t
        .http()
        .post('/api/rapports/simulation')
        .send({ ...scenario, commune: '23031' }),
    );
    expect(r.pages).toBe(1);
    expect(r.texte).toContain('Ouverture d’une maison de santé (MSP) de 3 médecins généralistes à Boussac (23031)');
    expect(r.texte).toContain(`Boussac passerait de ${virgule(boussac.aplAvant)} à ${virgule(boussac.aplApres)}`);
    expect(r.texte).toMatch(/Seuil 2,5 — passent au-dessus de 2,5/);
    expect(r.texte).toContain('Avant : classes de l’APL');
    expect(r.texte).toContain('Après : classes simulées');
    expect(r.texte).toContain('Précautions de lecture');
    const invalide = await t
      .http()
      .post('/api/rapports/simulation')
      .send({ changements: [{ type: 'ouverture_msp', commune: '23031', nombre: 0 }] });
    expect(invalide.status).toBe(400);
  });

  it('the prospective note is a PDF of the same template, with the two scenarios and their sources', async () => {
    const r = await pdf(
      t
        .http()
        .post('/api/rapports/prospective')
        .send({ territoire: 'departement:23', observe: { hypotheses: { '1': 'C' } }, cible: { hypotheses: { '1': 'A' } } }),
    );
    expect(r.titre).toMatch(/^Creuse : l’accès aux médecins généralistes en \d{4} et \d{4}$/);
    expect(r.texte).toContain('Scénario observé');
    expect(r.texte).toContain('Scénario cible');
    expect(r.texte).toContain('Ce qui fait le plus bouger le territoire');
    expect(r.texte).toMatch(/consulté le/);
  });
});
