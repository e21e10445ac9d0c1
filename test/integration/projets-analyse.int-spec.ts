import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { DataSource } from 'typeorm';
import { lireAplDrees } from '../../backend/src/acces/apl/lecture-apl-drees';
import { ApplicationDeTest, demarrerApplication } from '../support/application';
import { enTeteAuth, jetonPour } from '../support/auth';

/** The official DREES file itself, to check the project's need independently of the access importer. */
const officiel = lireAplDrees(readFileSync(path.resolve(__dirname, '../../geo-data/acces/apl-mg-drees-2022-2023.xlsx')), 'officiel');
const apl2023 = (code: string) => officiel.find((m) => m.annee === 2023)!.lignes.find((l) => l.code === code)!;

// Graulhet (Tarn, Occitanie): under-served in the DREES APL 2023 (2.243), an MSP already open in the commune.
const GRAULHET = {
  nom: 'TEST ANALYSE MSP Graulhet',
  type: 'msp',
  etape: 'montage_juridique',
  communeCode: '81105',
  porteurType: 'professionnels',
  porteurNom: 'SISA du Dadou',
  professionnels: [
    { profession: 'medecin_generaliste', nombre: 3 },
    { profession: 'infirmier', nombre: 2 },
  ],
  projetSanteValide: true,
  projetSanteDate: '2026-01-15',
  formeJuridique: 'sisa',
};
// Châteauneuf-de-Randon (Lozère): APL 0 in the DREES file — no GP reachable, the zone the 2010 circular says to avoid.
const RANDON = {
  ...GRAULHET,
  nom: 'TEST ANALYSE MSP Châteauneuf-de-Randon',
  communeCode: '48043',
  porteurType: 'collectivite',
  porteurNom: 'Commune de Châteauneuf-de-Randon',
  professionnels: [
    { profession: 'medecin_generaliste', nombre: 2 },
    { profession: 'masseur_kinesitherapeute', nombre: 1 },
  ],
  projetSanteValide: false,
  projetSanteDate: undefined,
  formeJuridique: 'association',
};

describe('Analyse d’un projet : besoin, impact simulé, aides, voisins (données réelles)', () => {
  let t: ApplicationDeTest;
  let ars: string;
  let graulhet: { id: string };
  let randon: { id: string };
  let detailGraulhet: Record<string, any>;

  beforeAll(async () => {
    t = await demarrerApplication();
    await t.app.get(DataSource).query(`DELETE FROM projet WHERE nom LIKE 'TEST ANALYSE %'`);
    ars = await jetonPour(t, 'ars');
    graulhet = (await t.http().post('/api/projets').set(enTeteAuth(ars)).send(GRAULHET).expect(201)).body;
    randon = (await t.http().post('/api/projets').set(enTeteAuth(ars)).send(RANDON).expect(201)).body;
    detailGraulhet = (await t.http().get(`/api/projets/${graulhet.id}`).query({ date: '2026-03-01' }).set(enTeteAuth(ars)).expect(200)).body;
  });
  afterAll(async () => {
    await t.app.get(DataSource).query(`DELETE FROM projet WHERE nom LIKE 'TEST ANALYSE %'`);
    await t.fermer();
  });

  describe('besoin de la zone', () => {
    it('gives the commune’s official APL, APL<65, class and population under 2.5 and 4, with source and year', () => {
      const { besoin } = detailGraulhet;
      const officielle = apl2023('81105');
      expect(besoin.disponible).toBe(true);
      const c = besoin.indicateurs.commune;
      expect(c.apl).toEqual({ valeur: officielle.apl, source: { libelle: expect.stringContaining('DREES'), millesime: '2023' } });
      expect(c.aplMoins65.valeur).toBe(officielle.aplMoins65);
      expect(c.classe.valeur).toBe('sous_dotee');
      expect(c.population.totale.valeur).toBe(officielle.populationTotale);
      expect(c.population.sous2_5.valeur).toBe(officielle.populationTotale);
      expect(c.population.sous4.valeur).toBe(officielle.populationTotale);
      expect(c.population.sous4.source.millesime).toBe('2023');
    });

    it('reads a fragile commune as the 2010 circular’s target', () => {
      expect(detailGraulhet.besoin.verdict).toMatchObject({ cible: 'zone_fragile', source: { millesime: '2023' }, critere: expect.stringContaining('2010') });
    });

    it('flags a commune with no GP within reach (APL 0) as a zone to avoid', async () => {
      expect(apl2023('48043').apl).toBe(0);
      const res = await t.http().get(`/api/projets/${randon.id}`).set(enTeteAuth(ars)).expect(200);
      expect(res.body.besoin.indicateurs.commune.apl.valeur).toBe(0);
      expect(res.body.besoin.verdict).toMatchObject({ cible: 'zone_sans_medecin', libelle: 'Zone sans médecin (à éviter)' });
    });

    it('reads the zone (commune + communes covered) when the project covers several communes', async () => {
      await t
        .http()
        .patch(`/api/projets/${randon.id}`)
        .set(enTeteAuth(ars))
        .send({ communesCouvertes: ['48080'] })
        .expect(200);
      const res = await t.http().get(`/api/projets/${randon.id}`).set(enTeteAuth(ars)).expect(200);
      const attendu = (
        await t
          .http()
          .post('/api/acces/selection')
          .send({ communes: ['48043', '48080'] })
          .expect(200)
      ).body;
      expect(res.body.besoin.indicateurs.zone).toMatchObject({ nbCommunes: 2, apl: attendu.apl, population: attendu.population });
      expect(attendu.apl.valeur).toBeGreaterThan(0);
      expect(res.body.besoin.verdict.cible).not.toBe('zone_sans_medecin');
      await t.http().patch(`/api/projets/${randon.id}`).set(enTeteAuth(ars)).send({ communesCouvertes: [] }).expect(200);
    });
  });

  describe('impact simulé', () => {
    it('gives the ΔAPL of opening the project with its committed GPs, as the simulation endpoint does for the same scenario', async () => {
      const { impact } = detailGraulhet;
      expect(impact.disponible).toBe(true);
      expect(impact.scenario).toEqual({ changements: [{ type: 'ouverture_msp', commune: '81105', nombre: 3 }] });
      const simulation = (await t.http().post('/api/acces/simulation').send(impact.scenario).expect(200)).body;
      const commune = simulation.communes.find((c: { code: string }) => c.code === '81105');
      expect(impact.commune.deltaApl).toBe(commune.delta);
      expect(impact.commune.deltaApl).toBeGreaterThan(0);
      expect(impact.commune).toMatchObject({
        aplAvant: commune.aplAvant,
        aplApres: commune.aplApres,
        classeAvant: commune.classeAvant,
        classeApres: commune.classeApres,
      });
      expect(impact.populationAuDessusDe2_5.population).toBe(simulation.franchissements[0].passentAuDessus.population);
      expect(impact.populationAuDessusDe4.population).toBe(simulation.franchissements[1].passentAuDessus.population);
      expect(impact.changementsDeClasse.length).toBe(
        simulation.communes.filter((c: { classeAvant: string; classeApres: string }) => c.classeAvant !== c.classeApres).length,
      );
      expect(impact.source.millesime).toBe('2023');
      expect(impact.hypotheses.medecinsEngages).toMatch(/nouvelles installations/);
    });

    it('brings Graulhet over 2.5 with 3 new GPs (13 166 inhabitants, DREES population)', () => {
      const { impact } = detailGraulhet;
      expect(impact.commune.aplApres).toBeGreaterThanOrEqual(2.5);
      expect(impact.populationAuDessusDe2_5.communes).toContain('81105');
      expect(impact.populationAuDessusDe2_5.population).toBeGreaterThanOrEqual(apl2023('81105').populationTotale);
    });
  });

  describe('aides', () => {
    it('finds the ACI MSP eligible when the project meets its criteria (SISA, 2 GPs + 1 other, health project)', () => {
      const { aides } = detailGraulhet;
      expect(aides).toMatchObject({ disponible: true, date: '2026-03-01' });
      const [structure] = aides.evaluations;
      expect(structure.demande).toMatchObject({
        situation: 'structure',
        typeProjet: 'msp',
        commune: '81105',
        structure: { medecinsGeneralistes: 3, autresProfessionnels: 2, formeJuridique: 'sisa', projetDeSante: true, projetDeSanteValide: true },
      });
      const aci = structure.aides.find((a: { id: string }) => a.id === 'aci-msp');
      expect(aci).toMatchObject({ statut: 'eligible', montant: { libelle: expect.any(String) } });
      expect(aci.raisons.length).toBeGreaterThan(0);
      expect(aci.sources.length).toBeGreaterThan(0);
    });

    it('gives the same answer as POST /api/aides/eligibilite for the same question', async () => {
      const [structure] = detailGraulhet.aides.evaluations;
      const guichet = (await t.http().post('/api/aides/eligibilite').send(structure.demande).expect(200)).body;
      expect(structure.aides.map((a: { id: string; statut: string }) => [a.id, a.statut])).toEqual(
        guichet.aides.map((a: { id: string; statut: string }) => [a.id, a.statut]),
      );
    });

    it('a project whose health project is not validated yet gets the ACI MSP « à confirmer » with the missing condition, and asks as a collectivité too', async () => {
      const res = await t.http().get(`/api/projets/${randon.id}`).set(enTeteAuth(ars)).expect(200);
      expect(res.body.aides.evaluations.map((e: { situation: string }) => e.situation)).toEqual(['structure', 'collectivite']);
      const aci = res.body.aides.evaluations[0].aides.find((a: { id: string }) => a.id === 'aci-msp');
      expect(aci.statut).toBe('a-confirmer');
      expect(aci.aPreciser.map((p: { question?: string }) => p.question).join(' ')).toContain('faire valider le projet de santé par l’ARS');
    });

    it('every « non éligible » aid of the project page names the criterion that failed', async () => {
      const res = await t.http().get(`/api/projets/${randon.id}`).set(enTeteAuth(ars)).expect(200);
      const refusees = res.body.aides.evaluations.flatMap((e: { aides: { statut: string }[] }) => e.aides.filter((a) => a.statut === 'non-eligible'));
      for (const a of refusees) expect(a.nonRemplis.length).toBeGreaterThan(0);
    });

    it('refuses a malformed date (400 naming the field)', async () => {
      const res = await t.http().get(`/api/projets/${graulhet.id}`).query({ date: '2026-02-30' }).set(enTeteAuth(ars)).expect(400);
      expect(res.body.details.map((d: { champ: string }) => d.champ)).toContain('date');
    });
  });

  describe('structures et projets voisins', () => {
    it('lists MSP / centres / CPTS within 20 minutes with travel times from the trajet table, and warns of the overlap', async () => {
      const { voisins } = detailGraulhet;
      expect(voisins.structures.length).toBeGreaterThan(0);
      expect(voisins.structures.every((s: { minutes: number }) => s.minutes >= 0 && s.minutes <= 20)).toBe(true);
      const msp = voisins.structures.find((s: { type: string; communeCode: string }) => s.type === 'msp' && s.communeCode === '81105');
      expect(msp).toMatchObject({ minutes: 0, concurrente: true, source: expect.stringContaining('FINESS') });
      const dentaire = voisins.structures.find((s: { nature: string | null }) => s.nature === 'dentaire');
      expect(dentaire?.concurrente).toBe(false);
      const loin = voisins.structures.find((s: { communeCode: string }) => s.communeCode !== '81105');
      if (loin) {
        const [{ minutes }] = await t.app
          .get(DataSource)
          .query(`SELECT minutes FROM trajet WHERE origine_code = '81105' AND destination_code = $1`, [loin.communeCode]);
        expect(loin.minutes).toBeCloseTo(minutes, 1);
      }
      expect(voisins.chevauchement).toBe(true);
      expect(voisins.alerte).toMatch(/\d+ structures? de soins de premier recours/);
      expect(voisins.projets).toEqual([]);
      expect(voisins).toMatchObject({ couverture: { theme: 'structures', couvert: true }, avertissement: null, nombreStructures: voisins.structures.length });
    });

    it('counts another project in the same area in the warning', async () => {
      const autre = (
        await t
          .http()
          .post('/api/projets')
          .set(enTeteAuth(ars))
          .send({ ...GRAULHET, nom: 'TEST ANALYSE centre Graulhet', type: 'centre_sante' })
          .expect(201)
      ).body;
      const res = await t.http().get(`/api/projets/${graulhet.id}`).set(enTeteAuth(ars)).expect(200);
      expect(res.body.voisins.projets.map((p: { id: string }) => p.id)).toEqual([autre.id]);
      expect(res.body.voisins.alerte).toMatch(/^1 autre projet et \d+ structures? /);
      await t.http().delete(`/api/projets/${autre.id}`).set(enTeteAuth(ars)).expect(204);
    });
  });

  it('prints the four parts on the project sheet, with sources and years', async () => {
    const res = await t.http().get(`/api/projets/${graulhet.id}/fiche`).query({ date: '2026-03-01' }).set(enTeteAuth(ars)).expect(200);
    expect(res.text).toContain('Zone fragile (cible de la circulaire)');
    expect(res.text).toContain(apl2023('81105').apl.toLocaleString('fr-FR', { maximumFractionDigits: 3 }));
    expect(res.text).toMatch(/DREES, APL aux médecins généralistes 2023[^<]*\(2023\)/);
    expect(res.text).toContain('ΔAPL de la commune');
    expect(res.text).toContain('ACI MSP');
    expect(res.text).toContain('Aides mobilisables au 01/03/2026');
    expect(res.text).toContain('MAISON DE SANTE PLURIDISCIPLINAIRE DE GRAULHET');
    expect(res.text).toMatch(/Attention : [^<]*\d+ structures? /);
  });

  it('in the Creuse (FINESS not loaded): neighbouring structures and overlap unknown, said with how to load, on the page and the sheet', async () => {
    const admin = await jetonPour(t, 'admin');
    const gueret = (
      await t
        .http()
        .post('/api/projets')
        .set(enTeteAuth(admin))
        .send({ ...GRAULHET, nom: 'TEST ANALYSE MSP Guéret', communeCode: '23096' })
        .expect(201)
    ).body;
    const { voisins } = (await t.http().get(`/api/projets/${gueret.id}`).set(enTeteAuth(admin)).expect(200)).body;
    expect(voisins).toMatchObject({ structures: null, nombreStructures: null, chevauchement: null, alerte: null });
    expect(voisins.couverture).toMatchObject({ theme: 'structures', couvert: false });
    expect(voisins.avertissement).toContain('données chargées pour l’Occitanie seulement');
    expect(voisins.avertissement).toContain('ne concluez pas à leur absence');
    expect(voisins.avertissement).toContain('extrait FINESS national');
    const fiche = (await t.http().get(`/api/projets/${gueret.id}/fiche`).set(enTeteAuth(admin)).expect(200)).text;
    expect(fiche).toContain('données chargées pour l’Occitanie seulement');
    expect(fiche).not.toContain('Aucune MSP, PSP, centre de santé ni CPTS connu');
  });
});
