import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { DataSource } from 'typeorm';
import { lireAplDrees } from '../../backend/src/acces/apl/lecture-apl-drees';
import { ApplicationDeTest, demarrerApplication } from '../support/application';

/** Rows of the official file itself, to check the API against the source independently of the importer. */
const officiel = lireAplDrees(readFileSync(path.resolve(__dirname, '../../geo-data/acces/apl-mg-drees-2022-2023.xlsx')), 'officiel');
const lignes2023 = officiel.find((m) => m.annee === 2023)!.lignes;
const moyennePonderee = (l: typeof lignes2023) =>
  l.reduce((s, r) => s + r.apl * r.populationStandardisee, 0) / l.reduce((s, r) => s + r.populationStandardisee, 0);

describe('API accès aux soins (APL)', () => {
  let t: ApplicationDeTest;
  beforeAll(async () => {
    t = await demarrerApplication();
  });
  afterAll(async () => {
    await t.fermer();
  });

  describe('GET /api/acces/communes', () => {
    it('serves the official APL 2023 of every commune keyed by INSEE code, with source and vintage', async () => {
      const res = await t.http().get('/api/acces/communes?indicateur=apl&annee=2023').expect(200);
      expect(res.body).toMatchObject({ indicateur: 'apl', annee: 2023, source: { millesime: '2023', libelle: expect.stringContaining('DREES') } });
      const valeurs = res.body.valeurs as Record<string, number | null>;
      expect(Object.keys(valeurs).length).toBeGreaterThan(34_800);
      expect(valeurs['01001']).toBe(1.942);
      expect(valeurs['2A004']).toEqual(expect.any(Number));
      expect(valeurs['97411']).toEqual(expect.any(Number)); // La Réunion (DROM) is in the DREES scope
      expect(valeurs['97611']).toBeNull(); // Mayotte is not
      expect(res.body.notes.join(' ')).toMatch(/Mayotte/);
    });

    it('aggregates Paris arrondissements into 75056 weighted by standardised population', async () => {
      const res = await t.http().get('/api/acces/communes?indicateur=apl&annee=2023').expect(200);
      const arrondissements = lignes2023.filter((l) => /^751\d\d$/.test(l.code));
      expect(arrondissements).toHaveLength(20);
      expect(res.body.valeurs['75056']).toBeCloseTo(moyennePonderee(arrondissements), 3);
    });

    it('serves classes, fragility and the 2022→2023 trend', async () => {
      const classes = await t.http().get('/api/acces/communes?indicateur=classe').expect(200);
      expect(new Set(Object.values(classes.body.valeurs))).toEqual(new Set(['sous_dotee', 'fragile_menacee', 'fragile', 'suffisante', null]));
      const evolution = await t.http().get('/api/acces/communes?indicateur=evolution&annee=2023').expect(200);
      expect(evolution.body.source.millesime).toBe('2022-2023');
      expect(evolution.body.valeurs['01001']).toBeCloseTo(1.942 - 1.89, 3);
      const fragilite = await t.http().get('/api/acces/communes?indicateur=fragilite').expect(200);
      expect(fragilite.body.valeurs['01001']).toBeCloseTo((1.942 - 1.881) / 1.942, 3);
    });

    it.each([
      ['indicateur=densite', 'indicateur'],
      ['indicateur=apl&annee=1999', 'annee'],
      ['indicateur=apl&annee=2019', 'annee'],
      ['indicateur=evolution&annee=2022', 'annee'],
    ])('answers 400 naming the field for %s', async (query, champ) => {
      const res = await t.http().get(`/api/acces/communes?${query}`).expect(400);
      expect(res.body.details.map((d: { champ: string }) => d.champ)).toContain(champ);
    });
  });

  describe('GET /api/acces/:type/:code', () => {
    it('gives a commune card with classes, ranks, trend and horizons, each value sourced', async () => {
      const res = await t.http().get('/api/acces/commune/42218').expect(200);
      expect(res.body).toMatchObject({ code: '42218', nom: 'Saint-Étienne', annee: 2023 });
      expect(res.body.apl).toEqual({ valeur: lignes2023.find((l) => l.code === '42218')!.apl, source: expect.objectContaining({ millesime: '2023' }) });
      expect(res.body.rangs.map((r: { perimetre: { type: string } }) => r.perimetre.type)).toEqual(['departement', 'region']);
      expect(res.body.rangs[0].rang).toBeGreaterThanOrEqual(1);
      expect(res.body.rangs[0].rang).toBeLessThanOrEqual(res.body.rangs[0].sur);
      expect(res.body.evolution.depuis).toBe(2022);
      expect(res.body.horizons.horizon5.apl.valeur).toBeCloseTo(res.body.aplMoins65.valeur, 3);
    });

    it('aggregates a département exactly as the DREES prescribes (same as the source rows, same as a custom list)', async () => {
      const dep = await t.http().get('/api/acces/departement/42').expect(200);
      const sources = lignes2023.filter((l) => l.code.startsWith('42'));
      expect(dep.body.apl.valeur).toBeCloseTo(moyennePonderee(sources), 3);
      // people under 2.5 are counted with the plain population of the 2026 communes (merged ones aggregated first)
      const sous25Source = sources.filter((l) => l.apl < 2.5).reduce((s, l) => s + l.populationTotale, 0);
      expect(Math.abs(dep.body.population.sous2_5.valeur - sous25Source) / sous25Source).toBeLessThan(0.01);
      const zones = await t.http().get('/api/acces/zones-sous-dotees?territoire=departement:42&classes=sous_dotee').expect(200);
      expect(dep.body.population.sous2_5.valeur).toBe(zones.body.total.population);
      expect(dep.body.population.totale.valeur).toBe(sources.reduce((s, l) => s + l.populationTotale, 0));
      expect(dep.body.rangs.map((r: { perimetre: { type: string } }) => r.perimetre.type)).toEqual(['region', 'france']);

      const membres = await t.http().get('/api/territoires/departement/42/communes').expect(200);
      const selection = await t
        .http()
        .post('/api/acces/selection')
        .send({ communes: membres.body.map((c: { code: string }) => c.code) })
        .expect(200);
      expect(selection.body.apl.valeur).toBe(dep.body.apl.valeur);
      expect(selection.body.population.sous4.valeur).toBe(dep.body.population.sous4.valeur);
    });

    it('says Mayotte has no APL instead of inventing one', async () => {
      for (const url of ['/api/acces/commune/97611', '/api/acces/departement/976']) {
        const res = await t.http().get(url).expect(200);
        expect(res.body.apl.valeur).toBeNull();
        expect(res.body.absence).toMatch(/Mayotte/);
        expect(res.body.rangs).toEqual([]);
      }
    });

    it('answers 404 / 400 for unknown or malformed territories', async () => {
      expect((await t.http().get('/api/acces/commune/99999').expect(404)).body.code).toBe('INTROUVABLE');
      expect((await t.http().get('/api/acces/canton/4201').expect(400)).body.details[0].champ).toBe('type');
    });

    it('projects 5- and 10-year horizons with explicit hypotheses', async () => {
      const sans = await t.http().get('/api/acces/departement/42/horizon').expect(200);
      expect(sans.body.horizon5.apl.valeur).toBeLessThan(sans.body.aujourdhui.apl.valeur);
      expect(sans.body.horizon5.populationSous2_5.valeur).toBeGreaterThanOrEqual(sans.body.aujourdhui.populationSous2_5.valeur);
      const remplaces = await t.http().get('/api/acces/departement/42/horizon?remplacement=1').expect(200);
      expect(remplaces.body.horizon5.apl.valeur).toBe(remplaces.body.aujourdhui.apl.valeur);
      const dix = await t.http().get('/api/acces/departement/42/horizon?departsMoins65=0.3').expect(200);
      expect(dix.body.horizon10.apl.valeur).toBeLessThan(dix.body.horizon5.apl.valeur);
      await t.http().get('/api/acces/departement/42/horizon?remplacement=2').expect(400);
    });
  });

  describe('GET /api/acces/zones-sous-dotees', () => {
    it('lists under-served and fragile communes, most populated first', async () => {
      const res = await t.http().get('/api/acces/zones-sous-dotees?territoire=departement:42').expect(200);
      expect(res.body.territoire).toMatchObject({ type: 'departement', code: '42', nom: 'Loire' });
      const pops = res.body.communes.map((c: { population: number }) => c.population);
      expect(pops).toEqual([...pops].sort((a, b) => b - a));
      expect(res.body.communes.every((c: { apl: number }) => c.apl < 4)).toBe(true);
      const sous = await t.http().get('/api/acces/zones-sous-dotees?territoire=departement:42&classes=sous_dotee').expect(200);
      expect(sous.body.communes.every((c: { apl: number; classe: string }) => c.apl < 2.5 && c.classe === 'sous_dotee')).toBe(true);
      expect(sous.body.total.population).toBe(sous.body.communes.reduce((s: number, c: { population: number }) => s + c.population, 0));
    });

    it.each(['departement', 'departement:420', 'canton:42'])('refuses territoire=%s', async (territoire) => {
      await t.http().get(`/api/acces/zones-sous-dotees?territoire=${territoire}`).expect(400);
    });
  });

  describe('POST /api/acces/simulation', () => {
    it('adds GPs with the incremental formula: positive ΔAPL around the commune only, sourced and explained', async () => {
      const res = await t
        .http()
        .post('/api/acces/simulation')
        .send({ changements: [{ type: 'ouverture_msp', commune: '42322', nombre: 3 }] })
        .expect(200);
      expect(res.body).toMatchObject({ mode: 'incremental', hypotheses: { consultationsParMedecin: 5400 } });
      const ici = res.body.communes.find((c: { code: string }) => c.code === '42322');
      expect(ici.delta).toBeGreaterThan(0);
      expect(ici.aplApres).toBeCloseTo(ici.aplAvant + ici.delta, 3);
      expect(res.body.communes.every((c: { delta: number }) => c.delta > 0)).toBe(true);
      expect(res.body.communes.length).toBeLessThan(200); // 20-minute reach
      expect(res.body.territoires).toEqual(expect.arrayContaining([expect.objectContaining({ type: 'departement', code: '42' })]));
      expect(res.body.franchissements.map((f: { seuil: number }) => f.seuil)).toEqual([2.5, 4]);
    });

    it('is additive and symmetric: adding then removing the same GPs changes nothing', async () => {
      const res = await t
        .http()
        .post('/api/acces/simulation')
        .send({
          changements: [
            { type: 'ajout_medecins', commune: '42218', nombre: 2 },
            { type: 'retrait_medecins', commune: '42218', nombre: 2 },
          ],
        })
        .expect(200);
      expect(res.body.communes).toEqual([]);
    });

    it('retires GPs over 65 in a commune: its APL falls to the published APL<65', async () => {
      const fiche = await t.http().get('/api/acces/commune/42322').expect(200);
      const res = await t
        .http()
        .post('/api/acces/simulation')
        .send({ changements: [{ type: 'depart_retraite', commune: '42322' }] })
        .expect(200);
      const ici = res.body.communes.find((c: { code: string }) => c.code === '42322');
      if (fiche.body.apl.valeur > fiche.body.aplMoins65.valeur) expect(ici.aplApres).toBeCloseTo(fiche.body.aplMoins65.valeur, 3);
      expect(res.body.avertissements.join(' ')).toMatch(/médecins de 65 ans et plus/);
    });

    it.each([
      [{ changements: [] }, 'changements'],
      [{ changements: [{ type: 'ajout_medecins', commune: '42218' }] }, 'changements[0].nombre'],
      [{ changements: [{ type: 'ajout_medecins', commune: '97611', nombre: 1 }] }, 'changements[0].commune'],
      [{ changements: [{ type: 'ajout_medecins', commune: '4221', nombre: 1 }] }, 'changements.0.commune'],
      [{ changements: [{ type: 'depart_retraite', territoire: 'departement:42', ageMin: 60 }] }, 'changements[0].ageMin'],
      [{ changements: [{ type: 'fermeture' }] }, 'changements.0.type'],
      [{ changements: [{ type: 'ajout_medecins', commune: '42218', nombre: 1 }], consultationsParMedecin: 25000 }, 'consultationsParMedecin'],
    ])('refuses an invalid scenario %j naming the field', async (corps, champ) => {
      const res = await t.http().post('/api/acces/simulation').send(corps).expect(400);
      expect(res.body.code).toBe('ENTREE_INVALIDE');
      expect(res.body.details.map((d: { champ: string }) => d.champ)).toContain(champ);
    });
  });

  describe('GET /api/acces/parametres and the trajet table', () => {
    it('exposes the DREES parameters, age weights per vintage and the travel-time model (approximating Metric)', async () => {
      const res = await t.http().get('/api/acces/parametres').expect(200);
      expect(res.body.formule.decroissance.map((p: { poids: number }) => p.poids)).toEqual([1, 2 / 3, 1 / 3]);
      const poids2023 = res.body.poidsAgeParMillesime.find((m: { annee: number }) => m.annee === 2023);
      expect(poids2023.poids[0]).toEqual({ tranche: 'Moins de 5 ans', poids: 1.12 });
      expect(res.body.modeleTrajet).toMatchObject({ facteurDetour: 1.3, vitesseKmh: 60 });
      expect(res.body.modeleTrajet.avertissement).toMatch(/Metric/);
      expect(res.body.modeleTrajet.paires).toBeGreaterThan(1_000_000);
    });

    it('holds pairs within 20 minutes, both directions, self pairs, never across an ocean', async () => {
      const db = t.app.get(DataSource);
      const [bilan] = await db.query(
        `SELECT max(minutes) AS max, count(*) FILTER (WHERE origine_code = destination_code)::int AS soi,
                (SELECT count(*)::int FROM commune) AS communes FROM trajet`,
      );
      expect(bilan.max).toBeLessThanOrEqual(20);
      expect(bilan.soi).toBe(bilan.communes);
      const [asym] = await db.query(
        `SELECT count(*)::int AS n FROM trajet a JOIN commune c ON c.code = a.origine_code AND c.departement_code = '42'
          WHERE NOT EXISTS (SELECT 1 FROM trajet b WHERE b.origine_code = a.destination_code AND b.destination_code = a.origine_code)`,
      );
      expect(asym.n).toBe(0);
      const [oceans] = await db.query(
        `SELECT count(*)::int AS n FROM trajet t JOIN commune o ON o.code = t.origine_code JOIN commune d ON d.code = t.destination_code
          WHERE o.srid_metrique <> d.srid_metrique OR left(o.departement_code, 3) <> left(d.departement_code, 3) AND (o.departement_code LIKE '97%' OR d.departement_code LIKE '97%')`,
      );
      expect(oceans.n).toBe(0);
      // L'Île-d'Yeu (85113), an island without neighbour within 20 minutes, only reaches itself…
      expect(await db.query(`SELECT destination_code FROM trajet WHERE origine_code = '85113'`)).toEqual([{ destination_code: '85113' }]);
      // …so adding a GP there only changes its own APL, by exactly the GP's supply per standardised inhabitant
      const carte = await t.http().get('/api/acces/commune/85113').expect(200);
      const sim = await t
        .http()
        .post('/api/acces/simulation')
        .send({ changements: [{ type: 'ajout_medecins', commune: '85113', nombre: 1 }] })
        .expect(200);
      expect(sim.body.communes.map((c: { code: string }) => c.code)).toEqual(['85113']);
      expect(sim.body.communes[0].delta).toBeCloseTo(5400 / carte.body.population.standardisee.valeur, 3);
    });
  });
});
