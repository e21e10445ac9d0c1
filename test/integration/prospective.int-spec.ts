import { DonneesAccesService } from '../../backend/src/acces/donnees-acces';
import { construireGraphe } from '../../backend/src/acces/moteur/graphe-trajets';
import { CouvertureDonneesService } from '../../backend/src/jeux-de-donnees/couverture-donnees.service';
import { calculerApl, deltaAplIncremental } from '../../backend/src/acces/moteur/apl-2sfca';
import { MesureAjustement, mesurerAjustement } from '../../backend/src/acces/offre-estimee/ajustement-offre';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { DataSource } from 'typeorm';
import { ApplicationDeTest, demarrerApplication } from '../support/application';
import { jetonPour } from '../support/auth';

const observeC = { hypotheses: { '1': 'C' } };
const cibleA = { hypotheses: { '1': 'A', '2': 'A', '3': 'A', '4': 'A', '5': 'A', '6': 'A' } };

describe('Offre estimée et prospective', () => {
  let t: ApplicationDeTest;
  beforeAll(async () => {
    t = await demarrerApplication();
  });
  afterAll(async () => {
    await t.fermer();
  });

  describe('national supply estimated from the published APL', () => {
    it('is loaded for every vintage and the full recompute on it reproduces the published APL within the reported fit', async () => {
      const d = await t.app.get(DonneesAccesService).donnees();
      for (const m of d.millesimes.values()) {
        expect(m.offreEstimee).not.toBeNull();
        const o = m.offreEstimee!;
        const recalculee = calculerApl(d.graphe, o.consultations, m.populationStandardisee, m.demande).apl;
        const mesure = mesurerAjustement(
          { codes: d.codes, noms: d.noms, departement: d.departement, populationStandardisee: m.populationStandardisee, populationTotale: m.populationTotale },
          m.apl,
          recalculee,
        );
        const rapporte = (o.rapport.ajustement as { apl: MesureAjustement }).apl;
        // the stored supply is single precision: shares agree to a few communes in a thousand
        expect(Math.abs(mesure.partA5Pourcent - rapporte.partA5Pourcent)).toBeLessThan(0.003);
        expect(Math.abs(mesure.partA1Pourcent - rapporte.partA1Pourcent)).toBeLessThan(0.003);
        expect(mesure.departementsA5Pourcent).toBeGreaterThanOrEqual(rapporte.departementsA5Pourcent - 1);
        // honest but useful: every département within 5 %, a fifth of communes within 5 %
        expect(rapporte.departementsA5Pourcent / rapporte.departements).toBeGreaterThan(0.9);
        expect(rapporte.partA5Pourcent).toBeGreaterThan(0.1);
        // supply only where doctors practise, GPs over 65 a part of it
        for (let j = 0; j < d.codes.length; j++) expect(o.consultations65Plus[j]).toBeLessThanOrEqual(o.consultations[j] + 1e-6);
      }
    });

    it('full recompute and incremental what-if agree on it (one MSP of 3 GPs in the Creuse, two GPs leaving Lyon)', async () => {
      const d = await t.app.get(DonneesAccesService).donnees();
      const m = d.millesimes.get(2023)!;
      const o = m.offreEstimee!;
      const variations = [
        { commune: d.index.get('23096')!, deltaOffre: 3 * 5400 },
        { commune: d.index.get('69123')!, deltaOffre: -2 * 5400 },
      ];
      const apres = Float64Array.from(o.consultations);
      for (const v of variations) apres[v.commune] += v.deltaOffre;
      const avant = calculerApl(d.graphe, o.consultations, m.populationStandardisee, m.demande).apl;
      const complet = calculerApl(d.graphe, apres, m.populationStandardisee, m.demande).apl;
      const incremental = deltaAplIncremental(d.graphe, m.demande, variations);
      expect(incremental.size).toBeGreaterThan(10);
      for (let i = 0; i < d.codes.length; i++) expect(complet[i] - avant[i]).toBeCloseTo(incremental.get(i) ?? 0, 9);
    });

    it('declares the coverage of the APL it is derived from: France but Mayotte, with how to load the rest', async () => {
      const couverture = t.app.get(CouvertureDonneesService);
      const territoires = (theme: 'apl' | 'offre-estimee') => couverture.lignes(theme).then((l) => [...new Set(l.map((x) => `${x.niveau}:${x.code}`))].sort());
      await expect(territoires('offre-estimee')).resolves.toEqual(await territoires('apl'));
      await expect(couverture.etat('offre-estimee', 'commune', '23096')).resolves.toMatchObject({ couvert: true, raison: null });
      const mayotte = await couverture.etat('offre-estimee', 'commune', '97611');
      expect(mayotte).toMatchObject({ couvert: false });
      expect(mayotte.commentCharger).toContain('APL de la DREES');
      const d = await t.app.get(DonneesAccesService).donnees();
      expect(d.millesimes.get(2023)!.offreEstimee!.consultations[d.index.get('97611')!]).toBe(0);
    });
  });

  describe('POST /api/acces/recalcul (user parameters on the estimated supply)', () => {
    it('under other decay steps answers what a graph rebuilt from every pair gives (the engine only re-weights its own)', async () => {
      const paliers = [
        { jusqua: 8, poids: 1 },
        { jusqua: 13, poids: 0.5 },
        { jusqua: 16, poids: 0.2 },
      ];
      const res = (await t.http().post('/api/acces/recalcul').send({ paliers, porteeMinutes: 16 }).expect(200)).body;
      expect(res.parametres.paliers).toEqual(paliers);
      const d = await t.app.get(DonneesAccesService).donnees();
      const m = d.millesimes.get(2023)!;
      const { debut, voisin, minutes } = d.graphe.sortants;
      const origines = new Int32Array(voisin.length);
      for (let i = 0; i < d.graphe.n; i++) origines.fill(i, debut[i], debut[i + 1]);
      const reconstruit = construireGraphe(d.graphe.n, origines, voisin, minutes, paliers);
      const pop = m.populationStandardisee;
      const attendu = calculerApl(reconstruit, m.offreEstimee!.consultations, pop).apl;
      for (const code of ['23096', '69123', '05079', '2A004']) expect(res.valeurs[code]).toBeCloseTo(attendu[d.index.get(code)!], 2);
      expect(res.parametres.porteeMinutes).toBe(16);
    });

    it('with the DREES parameters gives the engine’s recompute, within the reported fit of the published APL', async () => {
      const res = await t.http().post('/api/acces/recalcul').send({}).expect(200);
      const d = await t.app.get(DonneesAccesService).donnees();
      const m = d.millesimes.get(2023)!;
      const attendu = calculerApl(d.graphe, m.offreEstimee!.consultations, m.populationStandardisee, m.demande).apl;
      expect(res.body.valeurs['23096']).toBeCloseTo(attendu[d.index.get('23096')!], 3);
      expect(res.body.valeurs['97611']).toBeNull();
      const rapporte = (m.offreEstimee!.rapport.ajustement as { apl: MesureAjustement }).apl;
      expect(Math.abs(res.body.ecartAuPublie.partCommunesA5Pourcent - rapporte.partA5Pourcent)).toBeLessThan(0.003);
      expect(res.body.source.libelle).toContain('offre estimée à partir de l’APL publiée — modèle de distance');
    });

    it('moves the national map with shorter reach, other steps and the 2026 legal populations', async () => {
      const drees = (await t.http().post('/api/acces/recalcul').send({}).expect(200)).body;
      const court = (await t.http().post('/api/acces/recalcul').send({ porteeMinutes: 12 }).expect(200)).body;
      const paliers = (
        await t
          .http()
          .post('/api/acces/recalcul')
          .send({ paliers: [{ jusqua: 20, poids: 1 }] })
          .expect(200)
      ).body;
      const legales = (await t.http().post('/api/acces/recalcul').send({ populations: 'legales-2026' }).expect(200)).body;
      expect(court.parametres.porteeMinutes).toBe(12);
      expect(court.valeurs['23096']).not.toBeCloseTo(drees.valeurs['23096'], 3);
      expect(paliers.valeurs['23096']).not.toBeCloseTo(drees.valeurs['23096'], 3);
      expect(legales.france.apl).not.toBe(drees.france.apl);
      expect(legales.source.libelle).toContain('légales 2026');
      // age weights: the vintage's own weights change nothing; heavier elderly lower the APL where they live
      const poids = drees.parametres.poidsAge as number[];
      expect(poids).toHaveLength(19);
      const memes = (await t.http().post('/api/acces/recalcul').send({ poidsAge: poids }).expect(200)).body;
      expect(memes.valeurs['23096']).toBeCloseTo(drees.valeurs['23096'], 3);
      const ages = (
        await t
          .http()
          .post('/api/acces/recalcul')
          .send({ poidsAge: poids.map((p, b) => (b >= 14 ? p * 2 : p)) })
          .expect(200)
      ).body;
      expect(ages.parametres.poidsAgeApplication).toMatch(/rapport des poids moyens de chaque département/);
      expect(ages.valeurs['23096']).toBeLessThan(drees.valeurs['23096']); // the Creuse is older than the country
    });

    it.each([
      [{ porteeMinutes: 25 }, 'porteeMinutes'],
      [
        {
          paliers: [
            { jusqua: 15, poids: 1 },
            { jusqua: 10, poids: 0.5 },
          ],
        },
        'paliers',
      ],
      [{ paliers: [{ jusqua: 10, poids: 2 }] }, 'paliers.0.poids'],
      [{ populations: '2030' }, 'populations'],
      [{ poidsAge: [1, 1, 1] }, 'poidsAge'],
    ])('answers 400 naming the field for %j', async (corps, champ) => {
      const res = await t.http().post('/api/acces/recalcul').send(corps).expect(400);
      expect(res.body.details.map((d: { champ: string }) => d.champ)).toContain(champ);
    });
  });

  describe('supply from individual activity (RPPS import path), replacing the estimate', () => {
    let admin: string;
    let importId: number | null = null;
    afterAll(async () => {
      await t.http().delete('/api/acces/offre').set('Authorization', `Bearer ${admin}`);
      if (importId !== null) await t.app.get(DataSource).query(`DELETE FROM rpps_import WHERE id = $1`, [importId]);
    });

    it('applies the DREES caps per GP, says so, and becomes the supply of the recompute and the scenarios until removed', async () => {
      admin = await jetonPour(t, 'admin');
      const extrait = path.resolve(__dirname, '../fixtures/rpps/PS_LibreAcces_Personne_activite_202604070000.txt');
      const rpps = await t
        .http()
        .post('/api/demographie/rpps')
        .set('Authorization', `Bearer ${admin}`)
        .attach('fichier', readFileSync(extrait), path.basename(extrait))
        .expect(201);
      importId = rpps.body.importId as number;
      const activite = 'identifiant_pp;actes;age;nouveau\n10001234567;2000;45;\n10002345678;7000;67;\n10003456789;200;50;\n10006789012;0;30;oui\n';
      await t.http().post('/api/acces/offre').attach('fichier', Buffer.from(activite), 'activite.csv').expect(401);
      const res = await t
        .http()
        .post('/api/acces/offre')
        .set('Authorization', `Bearer ${admin}`)
        .attach('fichier', Buffer.from(activite), 'activite.csv')
        .field('millesime', '2025')
        .expect(201);
      expect(res.body.plafondsDrees).toMatchObject({ releves3600: 1, annules: 1, plafonnes6000: 1, imputes5400: 1 });
      expect(res.body.plafondsDrees.regle).toMatch(/de 251 à 3 600 → 3 600/);
      expect(res.body.consultations).toBe(3600 + 6000 + 0 + 5400);

      const recalcul = await t.http().post('/api/acces/recalcul').send({}).expect(200);
      expect(recalcul.body.source.libelle).toContain('offre importée');
      const scenarios = await t
        .http()
        .post('/api/prospective/scenarios')
        .send({ territoire: 'departement:31', observe: {}, cible: {}, detailLeviers: false })
        .expect(200);
      expect(scenarios.body.offre.estimee).toBe(false);

      await t.http().delete('/api/acces/offre').set('Authorization', `Bearer ${admin}`).expect(200);
      const apres = await t.http().post('/api/acces/recalcul').send({}).expect(200);
      expect(apres.body.source.libelle).toContain('offre estimée à partir de l’APL publiée');
    }, 300_000); // two reloads of the engine’s data (2 M pairs) after the supply changes

    it('refuses an activity file with a bad line, naming the line', async () => {
      const res = await t
        .http()
        .post('/api/acces/offre')
        .set('Authorization', `Bearer ${admin}`)
        .attach('fichier', Buffer.from('identifiant_pp;actes\n10001234567;beaucoup\n'), 'activite.csv')
        .expect(400);
      expect(res.body).toMatchObject({ code: 'FICHIER_INVALIDE', details: [expect.objectContaining({ ligne: 2, champ: 'actes' })] });
    });
  });

  describe('GET /api/prospective/hypotheses', () => {
    it('lists six issues with hypotheses A, B, C, levers with their status and the pages read, and the fit of the supply', async () => {
      const res = await t.http().get('/api/prospective/hypotheses').expect(200);
      expect(res.body.enjeux).toHaveLength(6);
      for (const e of res.body.enjeux) expect(Object.keys(e.hypotheses)).toEqual(['A', 'B', 'C']);
      expect(res.body.horizons).toEqual([
        { annees: 5, annee: 2031 },
        { annees: 10, annee: 2036 },
      ]);
      const juniors = res.body.leviers.find((l: { code: string }) => l.code === 'docteursJuniors');
      expect(juniors.statut).toBe('publie');
      expect(juniors.sources[0]).toMatchObject({ url: expect.stringMatching(/^https?:\/\//), ceQueDitLaPage: expect.stringContaining('3 700') });
      for (const l of res.body.leviers as { statut: string; sources: unknown[] }[]) if (l.statut !== 'hypothese') expect(l.sources.length).toBeGreaterThan(0);
      expect(res.body.offre).toMatchObject({ libelle: 'offre estimée à partir de l’APL publiée — modèle de distance', estimee: true });
      expect(res.body.offre.ajustement.ajustement.apl.partA5Pourcent).toBeGreaterThan(0);
      expect(res.body.offre.ajustement.effectifs.departements.length).toBeGreaterThan(90);
    });
  });

  describe('POST /api/prospective/scenarios', () => {
    it('gives observed and target side by side for the Creuse at 2031 and 2036, with gaps per lever and per issue', async () => {
      const res = await t.http().post('/api/prospective/scenarios').send({ territoire: 'departement:23', observe: observeC, cible: cibleA }).expect(200);
      expect(res.body.territoire).toMatchObject({ type: 'departement', code: '23', nom: 'Creuse' });
      expect(res.body.scenarios.observe.horizons.map((h: { annee: number }) => h.annee)).toEqual([2031, 2036]);
      const [o5, o10] = res.body.scenarios.observe.horizons;
      const [c5, c10] = res.body.scenarios.cible.horizons;
      expect(res.body.scenarios.observe.hypotheses[0]).toMatchObject({ numero: 1, lettre: 'C', hypothese: 'Le salariat domine' });
      expect(c5.apl).toBeGreaterThan(o5.apl);
      expect(c10.apl).toBeGreaterThan(o10.apl);
      expect(res.body.ecarts[1].apl).toBeCloseTo(c10.apl - o10.apl, 3);
      for (const h of [o5, o10, c5, c10]) {
        expect(h.populationSous4).toBeGreaterThanOrEqual(h.populationSous2_5);
        const parClasse = Object.values(h.repartitionClasses as Record<string, { population: number }>).reduce((s, c) => s + c.population, 0);
        expect(parClasse).toBe(h.populationTotale);
      }
      expect(res.body.leviers.length).toBeGreaterThan(5);
      expect(res.body.enjeux.find((e: { numero: number }) => e.numero === 1).observee).toBe('C');
      expect(res.body.communes).toHaveLength(255);
      expect(res.body.offre.estimee).toBe(true);
    });

    it('with every hypothesis « observed » on both sides, the gap is zero', async () => {
      const res = await t.http().post('/api/prospective/scenarios').send({ territoire: 'epci:244200770', observe: {}, cible: {} }).expect(200);
      for (const e of res.body.ecarts) expect(e.apl).toBe(0);
      expect(res.body.leviers).toEqual([]);
    });

    it('with every lever at « no change », gives today’s APL of the territory at both horizons', async () => {
      const h = await t.http().get('/api/prospective/hypotheses').expect(200);
      const neutres = Object.fromEntries(h.body.leviers.map((l: { code: string; neutre: number }) => [l.code, l.neutre]));
      const res = await t
        .http()
        .post('/api/prospective/scenarios')
        .send({ territoire: 'region:75', cadre: neutres, observe: { leviers: neutres }, cible: { leviers: neutres }, detailLeviers: false })
        .expect(200);
      for (const x of res.body.scenarios.observe.horizons) expect(x.apl).toBe(res.body.aujourdhui.apl);
    });

    it('serves the map arrays aligned on GET /api/prospective/communes, for a set of communes too', async () => {
      const codes = (await t.http().get('/api/prospective/communes').expect(200)).body.codes as string[];
      const res = await t
        .http()
        .post('/api/prospective/scenarios')
        .send({ communes: ['23096', '23176'], observe: observeC, cible: cibleA, carte: true })
        .expect(200);
      expect(res.body.territoire).toMatchObject({ type: 'selection', communes: 2 });
      expect(res.body.carte.horizons[0].observe).toHaveLength(codes.length);
      const i = codes.indexOf('23096');
      expect(res.body.carte.horizons[0].observe[i]).toBe(res.body.communes.find((c: { code: string }) => c.code === '23096').horizons[0].observe);
      expect(res.body.carte.horizons[0].observe[codes.indexOf('97611')]).toBeNull(); // Mayotte: no APL
    });

    it.each([
      [{ observe: { hypotheses: { '1': 'D' } }, cible: {} }, 'observe.hypotheses.1'],
      [{ observe: { hypotheses: { '9': 'A' } }, cible: {} }, 'observe.hypotheses.9'],
      [{ observe: {}, cible: { leviers: { ouverturesMspParAn: -1 } } }, 'cible.leviers.ouverturesMspParAn'],
      [{ observe: {}, cible: { leviers: { inconnu: 1 } } }, 'cible.leviers.inconnu'],
      [{ observe: {}, cible: {}, cadre: { evolutionDemande: { '15': 0.1 } } }, 'cadre.evolutionDemande.15'],
      [{ observe: {}, cible: {}, territoire: 'departement:999' }, 'territoire'],
      [{ observe: {}, cible: {}, horizons: [7] }, 'horizons'],
      [{ cible: {} }, 'observe'],
    ])('answers 400 in French naming the field for %j', async (corps, champ) => {
      const res = await t.http().post('/api/prospective/scenarios').send(corps).expect(400);
      expect(res.body.details.map((d: { champ: string }) => d.champ)).toContain(champ);
      expect(res.body.message).toMatch(/[éèàç]|doit|inconnu/);
    });
  });
});
