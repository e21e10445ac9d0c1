import { ApplicationDeTest, demarrerApplication } from '../support/application';
import { enTeteAuth, jetonPour } from '../support/auth';
import { fixture, importer, revenir, televerser } from '../support/televersement';

/** TEST fixture: a « 2024 » DREES workbook with the Creuse communes only (256 rows of the COG 2023 = 255 communes 2026; generer-essai-creuse.mjs). */
const ESSAI = fixture('apl', 'apl-mg-drees-2024-essai-creuse.xlsx');

describe('Téléversement d’un millésime APL de la DREES (« Données », issue 11)', () => {
  let t: ApplicationDeTest;
  let admin: string;
  const versionsCreees: number[] = [];
  /**
   * The access engine re-reads its data (every commune pair: tens of seconds on the embedded database) when the
   * dataset version changes, checked every few seconds: poll until the answer is the expected one (4 minutes at most).
   */
  const apl = async (annee: number, attendu: number): Promise<Record<string, any>> => {
    const fin = Date.now() + 240_000;
    for (;;) {
      const res = await t.http().get(`/api/acces/communes?indicateur=apl&annee=${annee}`);
      if (res.status === attendu || Date.now() > fin) return res;
      await new Promise((r) => setTimeout(r, 500));
    }
  };

  beforeAll(async () => {
    t = await demarrerApplication();
    admin = await jetonPour(t, 'admin');
  });
  afterAll(async () => {
    // the shared test database must not keep the 2024 vintage
    for (const id of versionsCreees.reverse()) await revenir(t, admin, id);
    await t.fermer();
  });

  it('analyses the workbook (vintage, communes, coverage deduced from the communes it gives), imports it as a new vintage and rolls it back', async () => {
    expect((await apl(2024, 400)).status).toBe(400);
    const etat = await televerser(t, admin, 'apl-drees', ESSAI);
    expect(etat.statut).toBe('pret');
    expect(etat.rapport).toMatchObject({
      lignesRetenues: 255,
      erreurs: { total: 0 },
      couverture: { perimetre: 'Creuse (23)' },
      version: { millesime: '2024' },
      differences: { ajouts: 255, modifications: 0, retraits: 0 },
    });
    expect(etat.rapport.resume).toEqual(
      expect.arrayContaining([
        { libelle: 'Millésimes', valeur: '2024' },
        { libelle: 'Communes 2026 avec une APL 2024', valeur: 255 },
      ]),
    );

    const fini = await importer(t, admin, etat.id);
    expect(fini.statut).toBe('importe');
    versionsCreees.push(fini.versionId);
    const res = await apl(2024, 200);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ annee: 2024, source: { millesime: '2024' } });
    // Guéret: the 2023 value raised by 10 % in the fixture; outside the file, no value
    const avant = (await t.http().get('/api/acces/communes?indicateur=apl&annee=2023').expect(200)).body.valeurs;
    expect(res.body.valeurs['23096']).toBeCloseTo(Math.round(avant['23096'] * 1100) / 1000, 2);
    expect(res.body.valeurs['31555'] ?? null).toBeNull();

    // The supply estimate is not re-run by an upload: the prospective and the national recompute keep the 2023
    // estimate, say so, and name the newer vintage; asked for 2024 explicitly, they say no supply is loaded for it.
    const prospective = (
      await t.http().post('/api/prospective/scenarios').send({ territoire: 'departement:23', observe: {}, cible: {}, detailLeviers: false }).expect(200)
    ).body;
    expect(prospective).toMatchObject({ annee: 2023, offre: { estimee: true, millesimeApl: 2023, millesimePlusRecentNonEstime: 2024 } });
    expect(prospective.avertissements[0]).toBe(prospective.offre.note);
    expect(prospective.offre.note).toMatch(
      /^L’offre de départ est estimée à partir de l’APL 2023 : le millésime 2024, chargé depuis, n’a pas encore servi à l’estimer/,
    );
    const hypotheses = (await t.http().get('/api/prospective/hypotheses').expect(200)).body;
    expect(hypotheses.offre).toMatchObject({ millesimeApl: 2023, millesimePlusRecentNonEstime: 2024, note: prospective.offre.note });
    const recalcul = (await t.http().post('/api/acces/recalcul').send({}).expect(200)).body;
    expect(recalcul).toMatchObject({ annee: 2023, offre: { millesimeApl: 2023, millesimePlusRecentNonEstime: 2024, note: prospective.offre.note } });
    const explicite = await t.http().post('/api/prospective/scenarios').send({ territoire: 'departement:23', observe: {}, cible: {}, annee: 2024 });
    expect(explicite.status).toBe(503);
    expect(explicite.body.message).toContain('Aucune offre de médecine générale');

    expect((await revenir(t, admin, fini.versionId)).status).toBe(200);
    versionsCreees.pop();
    expect((await apl(2024, 400)).status).toBe(400);
    expect((await t.http().get('/api/acces/communes?indicateur=apl&annee=2023').expect(200)).body.valeurs['23096']).toBe(avant['23096']);
  }, 900_000);

  it('refuses a file that is not the DREES workbook with a French reason, and an ARS account', async () => {
    const refuse = await televerser(t, admin, 'apl-drees', { nom: 'apl-2024.xlsx', contenu: Buffer.from('pas un classeur') });
    expect(refuse.statut).toBe('refuse');
    expect(refuse.erreur.message).toContain('Rien n’a été importé');
    expect(refuse.erreur.details[0].message).toContain('fichier APL de la DREES');
    const ars = await jetonPour(t, 'ars');
    const res = await t.http().post('/api/donnees/televersements/apl-drees').set(enTeteAuth(ars)).attach('fichier', Buffer.from('x'), 'apl.xlsx');
    expect(res.status).toBe(403);
    expect(res.body.message).toContain('APL');
  });
});
