import { ApplicationDeTest, demarrerApplication } from '../support/application';

/**
 * A commune card classes the commune from its own published values, thresholds compared at the published precision
 * (3 decimals): Leury and Semilly have APL<65 = 2.5 exactly in the DREES 2022 sheet, hence « fragile » and not
 * « fragile menacée » (2.4999999999999996 after re-weighting a single commune).
 */
describe('Classe d’accès d’une commune seule (APL 2022)', () => {
  let t: ApplicationDeTest;
  beforeAll(async () => {
    t = await demarrerApplication();
  });
  afterAll(async () => {
    await t.fermer();
  });

  it.each([
    ['02424', 'Leury', 2.979],
    ['52468', 'Semilly', 3.389],
  ])('%s %s: the card and the map agree on « fragile », APL<65 = 2.5', async (code, nom, apl) => {
    const fiche = await t.http().get(`/api/acces/commune/${code}?annee=2022`).expect(200);
    expect(fiche.body).toMatchObject({ code, nom, annee: 2022 });
    expect(fiche.body.apl.valeur).toBe(apl);
    expect(fiche.body.aplMoins65.valeur).toBe(2.5);
    expect(fiche.body.classe.valeur).toBe('fragile');
    const carte = await t.http().get('/api/acces/communes?indicateur=classe&annee=2022').expect(200);
    expect(carte.body.valeurs[code]).toBe('fragile');
    const selection = await t
      .http()
      .post('/api/acces/selection')
      .send({ communes: [code], annee: 2022 })
      .expect(200);
    expect(selection.body.classe.valeur).toBe('fragile');
  });
});
