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
});
