import { ApplicationDeTest, demarrerApplication } from '../support/application';
import { jetonPour } from '../support/auth';
import { fixture, importer, revenir, televerser } from '../support/televersement';

const NOM = 'etalab-cs1100507-stock-20260105-essai-nouvelle-aquitaine.csv';

/**
 * Issue 11: uploading a FINESS extract covering Nouvelle-Aquitaine makes the Creuse covered — real counts where there
 * was « not loaded » — and Occitanie stays covered (the import replaces only the file's départements); rolling the
 * version back puts « not loaded » back.
 */
describe('Téléversement FINESS et couverture (PostGIS réel)', () => {
  let t: ApplicationDeTest;
  let admin: string;
  beforeAll(async () => {
    t = await demarrerApplication();
    admin = await jetonPour(t, 'admin');
  });
  afterAll(async () => {
    await t.fermer();
  });

  it('the Creuse has no structure count before, real counts after uploading a Nouvelle-Aquitaine extract, none again after the rollback', async () => {
    const avant = (await t.http().get('/api/couverture/departement/23').expect(200)).body;
    expect(avant.structures.parType.msp).toBeNull();

    const analyse = await televerser(t, admin, 'finess', fixture('finess', NOM));
    expect(analyse.statut).toBe('pret');
    expect(analyse.rapport.couverture.perimetre).toBe('la Nouvelle-Aquitaine');
    const fini = await importer(t, admin, analyse.id);
    expect(fini.statut).toBe('importe');
    try {
      const creuse = (await t.http().get('/api/couverture/departement/23').expect(200)).body;
      expect(creuse.structures.couverture).toMatchObject({ couvert: true, raison: null });
      expect(creuse.structures.parType).toEqual({ msp: 2, psp: 0, cds: 1, esp: 0 });
      expect(creuse.cpts.nombre).toBe(0);
      expect(creuse.eloignement.disponible).toBe(true);
      // Occitanie is still covered: the upload replaced the Nouvelle-Aquitaine départements only.
      const hauteGaronne = (await t.http().get('/api/structures?type=msp&territoire=departement:31').expect(200)).body;
      expect(hauteGaronne.total).toBeGreaterThan(0);
      const france = (await t.http().get('/api/couverture-donnees/structures').expect(200)).body;
      expect(france.couverture.perimetre).toBe('la Nouvelle-Aquitaine et l’Occitanie');
      expect(france.departementsNonCouverts).not.toContain('23');
    } finally {
      expect((await revenir(t, admin, fini.versionId)).status).toBe(200);
    }
    const apres = (await t.http().get('/api/couverture/departement/23').expect(200)).body;
    expect(apres.structures).toMatchObject({ parType: { msp: null }, couverture: { couvert: false } });
  });
});
