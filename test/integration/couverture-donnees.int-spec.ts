import { CouvertureDonneesService } from '../../backend/src/jeux-de-donnees/couverture-donnees.service';
import { ApplicationDeTest, demarrerApplication } from '../support/application';

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
});
