import { CouvertureDonneesService } from '../../backend/src/jeux-de-donnees/couverture-donnees.service';
import { ApplicationDeTest, demarrerApplication } from '../support/application';
import { jetonPour } from '../support/auth';
import { retirerZonagesEssai, televerserZonageEssai } from '../support/zonage-essai';

/** Coverage recorded by the shipped imports (ADR 0005): FINESS Occitanie, CPTS PACA, APL without Mayotte, partial QPV, national zonages. */
describe('Couverture des jeux livrés (enregistrée à l’import)', () => {
  let t: ApplicationDeTest;
  let couverture: CouvertureDonneesService;
  beforeAll(async () => {
    t = await demarrerApplication();
    couverture = t.app.get(CouvertureDonneesService);
  });
  afterAll(async () => {
    await t.fermer();
  });

  it('structures: the Creuse is not covered by the shipped FINESS (Occitanie), Haute-Garonne is', async () => {
    const creuse = await couverture.etat('structures', 'departement', '23');
    expect(creuse).toMatchObject({ couvert: false, perimetre: 'l’Occitanie' });
    expect(creuse.raison).toContain('données chargées pour l’Occitanie seulement');
    await expect(couverture.etat('structures', 'departement', '31')).resolves.toMatchObject({ couvert: true, raison: null });
  });

  it('CPTS member communes: known in PACA only', async () => {
    await expect(couverture.etat('cpts-communes', 'region', '93')).resolves.toMatchObject({ couvert: true });
    await expect(couverture.etat('cpts-communes', 'region', '76')).resolves.toMatchObject({ couvert: false });
  });

  it('APL: every région but Mayotte', async () => {
    await expect(couverture.etat('apl', 'commune', '97611')).resolves.toMatchObject({ couvert: false });
    await expect(couverture.etat('apl', 'commune', '23096')).resolves.toMatchObject({ couvert: true });
  });

  it('QPV: national but known partial; zonages médecins and infirmiers: national', async () => {
    await expect(couverture.etat('qpv', 'commune', '59350')).resolves.toMatchObject({ couvert: 'partiel' });
    await expect(couverture.etat('zonage-medecin', 'region', '75')).resolves.toMatchObject({ couvert: true });
    await expect(couverture.etat('zonage-infirmier', 'commune', '2A004')).resolves.toMatchObject({ couvert: true });
    await expect(couverture.etat('zonage-sage-femme', 'commune', '2A004')).resolves.toMatchObject({ couvert: false });
  });

  it('for the map: the départements to hatch where a theme is not loaded, with where it is loaded and how to load it', async () => {
    const res = await t.http().get('/api/couverture-donnees/structures').expect(200);
    expect(res.body).toMatchObject({
      theme: 'structures',
      libelle: 'MSP, pôles et centres de santé',
      couverture: { couvert: 'partiel', perimetre: 'l’Occitanie' },
    });
    expect(res.body.departementsNonCouverts).toEqual(expect.arrayContaining(['23', '19', '75', '2A', '974']));
    expect(res.body.departementsNonCouverts).not.toContain('31');
    expect(res.body.departementsPartiels).toEqual([]);
    const qpv = (await t.http().get('/api/couverture-donnees/qpv').expect(200)).body;
    expect(qpv.departementsNonCouverts).toEqual([]);
    expect(qpv.departementsPartiels.length).toBeGreaterThan(90);
    const toutes = (await t.http().get('/api/couverture-donnees').expect(200)).body;
    expect(toutes.map((c: { theme: string }) => c.theme)).toEqual(expect.arrayContaining(['structures', 'cpts-communes', 'apl', 'zonage-sage-femme']));
    expect((await t.http().get('/api/couverture-donnees/hopitaux').expect(400)).body.details[0].champ).toBe('theme');
  });

  it('of a map view: not covered over the Creuse, partly where it crosses into Occitanie', async () => {
    await expect(couverture.etatDEmprise('structures', [1.8, 46.1, 2.1, 46.3])).resolves.toMatchObject({ couvert: false });
    await expect(couverture.etatDEmprise('structures', [1.4, 44.7, 1.9, 45.2])).resolves.toMatchObject({ couvert: 'partiel' });
    await expect(couverture.etatDEmprise('structures', [1.35, 43.55, 1.52, 43.67])).resolves.toMatchObject({ couvert: true });
  });

  describe('a zonage version holds for its period: its coverage answers for the date asked (midwives, Nouvelle-Aquitaine, test versions 2058–2062)', () => {
    let admin: string;
    const versions: { televersement: string }[] = [];
    beforeAll(async () => {
      admin = await jetonPour(t, 'admin');
      // Uploaded out of order: the 2058 version ends on the eve of the 2061 one, which ends on 31/12/2062.
      versions.push(
        await televerserZonageEssai(t, admin, {
          region: '75',
          debut: '2061-01-01',
          fin: '2062-12-31',
          classes: { '23096': 'TRES_SOUS_DOTEE' },
          profession: 'sage-femme',
        }),
      );
      versions.push(await televerserZonageEssai(t, admin, { region: '75', debut: '2058-01-01', classes: { '23096': 'SOUS_DOTEE' }, profession: 'sage-femme' }));
    });
    afterAll(async () => {
      await retirerZonagesEssai(t, admin, versions);
    });
    const carte = async (date?: string) =>
      (
        await t
          .http()
          .get(`/api/couverture-donnees/zonage-sage-femme${date ? `?date=${date}` : ''}`)
          .expect(200)
      ).body as {
        couverture: { couvert: unknown; raison: string };
        departementsNonCouverts: string[];
      };

    it('today, before both versions: the Creuse is hatched, and the reason says from when each applies', async () => {
      const aujourdhui = await carte();
      expect(aujourdhui.departementsNonCouverts).toEqual(expect.arrayContaining(['23', '87', '31']));
      expect(aujourdhui.couverture.couvert).toBe(false);
      expect(aujourdhui.couverture.raison).toMatch(/^Zonage des sages-femmes : aucune version en vigueur au \d{2}\/\d{2}\/\d{4} — /);
      expect(aujourdhui.couverture.raison).toContain('la version chargée pour la Nouvelle-Aquitaine ne s’applique qu’à partir du 01/01/2058');
      const gueret = await couverture.etat('zonage-sage-femme', 'commune', '23096', '2057-12-31');
      expect(gueret).toMatchObject({ couvert: false, millesimes: [] });
      expect(gueret.commentCharger).toContain('arrêté de zonage des sages-femmes');
    });

    it('within each version’s validity the région is covered, elsewhere not', async () => {
      for (const date of ['2058-01-01', '2060-12-31', '2061-01-01', '2062-12-31']) {
        const c = await carte(date);
        expect([date, c.departementsNonCouverts.includes('23')]).toEqual([date, false]);
        expect(c.departementsNonCouverts).toContain('31');
      }
      await expect(couverture.etat('zonage-sage-femme', 'commune', '23096', '2059-06-01')).resolves.toMatchObject({ couvert: true, raison: null });
    });

    it('past the last version’s end it says « périmée », as the map does; the zonage map gives no class then', async () => {
      const apres = await carte('2063-01-01');
      expect(apres.departementsNonCouverts).toContain('23');
      expect(apres.couverture.raison).toContain('la version chargée pour la Nouvelle-Aquitaine est périmée (valable jusqu’au 31/12/2062)');
      const zonage = (await t.http().get('/api/zonages/sage-femme?date=2063-01-01').expect(200)).body;
      expect(zonage.valeurs).toBeNull();
      expect(zonage.couverture).toMatchObject({ couvert: false });
      expect((await t.http().get('/api/zonages/sage-femme?date=2059-06-01').expect(200)).body.valeurs['23096']).toBe('SOUS_DOTEE');
      expect((await t.http().get('/api/couverture-donnees/zonage-sage-femme?date=2063-02-30').expect(400)).body.details[0].champ).toBe('date');
    });
  });
});
