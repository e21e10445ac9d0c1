import { readFileSync } from 'node:fs';
import { ApplicationDeTest, demarrerApplication } from '../support/application';
import { jetonPour } from '../support/auth';
import { fixture, importer, revenir, televerser } from '../support/televersement';

const NOM = 'PS_LibreAcces_Personne_activite_202604070000.txt';

/** The official fixture with one GP moved to Lyon (69123), for an upload by the ARS Auvergne-Rhône-Alpes. */
function extraitLyon(): { nom: string; contenu: Buffer } {
  const [entete, premiere] = readFileSync(fixture('rpps', NOM), 'utf8').split('\n');
  const lyon = premiere.replace('|31000|31555|Toulouse|', '|69001|69123|Lyon|').replace('|10001234567|810001234567|', '|10009999999|810009999999|');
  return { nom: 'PS_LibreAcces_Personne_activite_202605010000.txt', contenu: Buffer.from(`${entete}\n${lyon}\n`, 'utf8') };
}

describe('Import RPPS limité au périmètre du compte (issue 10, constat 6)', () => {
  let t: ApplicationDeTest;
  let admin: string;
  let arsAura: string;
  const enPlace: number[] = [];
  const couche = async () => (await t.http().get('/api/demographie/couches/mg-rpps-import').expect(200)).body;

  beforeAll(async () => {
    t = await demarrerApplication();
    admin = await jetonPour(t, 'admin');
    arsAura = await jetonPour(t, 'ars', [{ type: 'region', code: '84' }]);
  });
  afterAll(async () => {
    for (const id of enPlace.reverse()) await revenir(t, admin, id);
    await t.fermer();
  });

  it('an ARS upload for Lyon replaces Auvergne-Rhône-Alpes only: Occitanie keeps its GPs, and the rollback gives Lyon back to the previous import', async () => {
    const national = await importer(t, admin, (await televerser(t, admin, 'rpps', fixture('rpps', NOM))).id);
    expect(national.statut).toBe('importe');
    enPlace.push(national.versionId);
    expect((await couche()).valeurs['31555']).toMatchObject({ total: 2 });

    const analyse = await televerser(t, arsAura, 'rpps', extraitLyon());
    expect(analyse.statut).toBe('pret');
    expect(analyse.rapport.couverture.perimetre).toBe('Rhône (69)');
    const lyon = await importer(t, arsAura, analyse.id);
    expect(lyon.statut).toBe('importe');
    enPlace.push(lyon.versionId);
    const apres = await couche();
    expect(apres.valeurs['69123']).toMatchObject({ total: 1 });
    expect(apres.valeurs['31555']).toMatchObject({ total: 2 }); // used to be dropped
    expect(apres.valeurs['09122']).toMatchObject({ total: 1 });

    expect((await revenir(t, arsAura, lyon.versionId)).status).toBe(200);
    enPlace.pop();
    const retour = await couche();
    expect(retour.valeurs['69123']).toBeUndefined();
    expect(retour.valeurs['31555']).toMatchObject({ total: 2 });
  });

  it('an ARS account uploading a national extract imports its région only, the rest reported as outside its scope', async () => {
    const analyse = await televerser(t, arsAura, 'rpps', fixture('rpps', NOM));
    // nothing of the fixture is in Auvergne-Rhône-Alpes: refused, nothing written
    expect(analyse.statut).toBe('refuse');
    expect(analyse.erreur.message).toContain('aucune ligne dans votre périmètre');
  });

  it('an ARS account cannot roll back a national version (outside its région)', async () => {
    const versions = (await t.http().get('/api/donnees/jeux/rpps/versions').set('Authorization', `Bearer ${admin}`).expect(200)).body;
    const version = versions.find((v: { statut: string }) => v.statut === 'en_place');
    expect(version).toMatchObject({ retourPossible: true, couverture: 'Ariège (09), Corse-du-Sud (2A) et Haute-Garonne (31)' });
    expect((await revenir(t, arsAura, version.id)).status).toBe(403);
  });
});
