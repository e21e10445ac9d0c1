import { ApplicationDeTest, demarrerApplication } from '../support/application';
import { enTeteAuth, jetonPour } from '../support/auth';
import { importer, revenir, televerser } from '../support/televersement';

/** A membership list for Occitanie: one CPTS linked to its FINESS structure (090004755, shipped), one new. */
const LISTE = [
  'cpts;code_insee;finess',
  'CPTS Ariège Pyrénées;09122;090004755',
  'CPTS Ariège Pyrénées;09015;090004755',
  'CPTS d’essai des tests Toulouse Ouest;31149;',
  'CPTS d’essai des tests Toulouse Ouest;31555;',
  'CPTS d’essai des tests Toulouse Ouest;99999;',
].join('\n');

describe('Téléversement d’une liste de communes membres des CPTS', () => {
  let t: ApplicationDeTest;
  let ars: string;
  beforeAll(async () => {
    t = await demarrerApplication();
    ars = await jetonPour(t, 'ars');
  });
  afterAll(async () => {
    await t.fermer();
  });

  it('attaches members to the FINESS CPTS, creates the others with their perimeter, covers the région, and rolls back', async () => {
    const siege = (await t.http().get('/api/structures?type=cpts&territoire=commune:09122').expect(200)).body.features.find(
      (f: { properties: { finess: string } }) => f.properties.finess === '090004755',
    );
    expect((await t.http().get(`/api/structures/cpts/${siege.id}`).expect(200)).body.communes).toEqual([]);

    const analyse = await televerser(t, ars, 'cpts-communes', { nom: 'cpts-occitanie.csv', contenu: Buffer.from(LISTE, 'utf8') });
    expect(analyse.statut).toBe('pret');
    expect(analyse.rapport).toMatchObject({ lignesRetenues: 4, couverture: { perimetre: 'l’Occitanie' }, differences: { ajouts: 4 } });
    expect(analyse.rapport.ecartees.premieres).toEqual([expect.objectContaining({ ligne: 6, message: expect.stringContaining('99999') })]);
    const fini = await importer(t, ars, analyse.id);
    expect(fini.statut).toBe('importe');
    try {
      const ariege = (await t.http().get(`/api/structures/cpts/${siege.id}`).expect(200)).body;
      expect(ariege.communes.map((c: { code: string }) => c.code)).toEqual(['09015', '09122']);
      expect(ariege.perimetre).not.toBeNull();
      const nouvelle = (await t.http().get('/api/structures?type=cpts&territoire=commune:31555').expect(200)).body.features.find(
        (f: { properties: { nom: string } }) => f.properties.nom === 'CPTS d’essai des tests Toulouse Ouest',
      );
      const fiche = (await t.http().get(`/api/structures/cpts/${nouvelle.id}`).expect(200)).body;
      expect(fiche).toMatchObject({ trancheAci: '> 175 000', communes: [{ code: '31149' }, { code: '31555' }] });
    } finally {
      expect((await revenir(t, ars, fini.versionId)).status).toBe(200);
    }
    expect((await t.http().get(`/api/structures/cpts/${siege.id}`).expect(200)).body.communes).toEqual([]);
    const apres = (await t.http().get('/api/structures?type=cpts&territoire=commune:31555').expect(200)).body.features;
    expect(apres.some((f: { properties: { nom: string } }) => f.properties.nom.includes('essai des tests'))).toBe(false);
  });

  it('refuses a list without the cpts and code_insee columns, naming the line', async () => {
    const etat = await televerser(t, ars, 'cpts-communes', { nom: 'autre.csv', contenu: Buffer.from('nom;commune_x\na;b\n', 'utf8') });
    expect(etat).toMatchObject({ statut: 'refuse', erreur: { details: [expect.objectContaining({ ligne: 1 })] } });
    await t.http().get('/api/donnees/types').set(enTeteAuth(ars)).expect(200);
  });
});
