import { readFileSync } from 'node:fs';
import { StructuresRepository } from '../../backend/src/structures/structures.repository';
import { differencesParCle } from '../../backend/src/televersements/differences';
import { TeleversementsRepository } from '../../backend/src/televersements/televersements.repository';
import { ApplicationDeTest, demarrerApplication } from '../support/application';
import { enTeteAuth, jetonPour } from '../support/auth';
import { fixture, importer, revenir, televerser } from '../support/televersement';

const EXTRAIT = 'etalab-cs1100507-stock-20260108-extrait.csv';
/** The national-format fixture, Latin-1 as published, with one line changed. */
const variante = (remplacer: (texte: string) => string, nom = 'finess-variante.csv') => ({
  nom,
  contenu: Buffer.from(remplacer(readFileSync(fixture('finess', EXTRAIT)).toString('latin1')), 'latin1'),
});

describe('Téléversement d’un extrait FINESS par la chaîne d’import (« Données »)', () => {
  let t: ApplicationDeTest;
  let admin: string;
  let ars: string;
  const versionsCreees: number[] = [];

  const structuresDe = async (departement: string) =>
    (await t.http().get(`/api/structures?territoire=departement:${departement}`).expect(200)).body.features as {
      properties: { finess: string | null; saisieManuelle: boolean };
    }[];

  beforeAll(async () => {
    t = await demarrerApplication();
    admin = await jetonPour(t, 'admin');
    ars = await jetonPour(t, 'ars');
  });
  afterAll(async () => {
    // a failed assertion must not leave the shared test database changed: undo what is still in place, newest first
    for (const id of versionsCreees.reverse()) await revenir(t, admin, id);
    await t.fermer();
  });

  it('analyses without writing: report with rows, coverage deduced from the file and differences with the FINESS in place', async () => {
    const avant31 = (await structuresDe('31')).length;
    const etat = await televerser(t, admin, 'finess', fixture('finess', EXTRAIT));
    expect(etat.statut).toBe('pret');
    expect(etat.rapport).toMatchObject({
      lignesLues: 12,
      lignesRetenues: 5,
      encodage: 'latin-1',
      erreurs: { total: 0 },
      couverture: { perimetre: 'La Réunion, Ariège (09), Corse-du-Sud (2A) et Haute-Garonne (31)' },
      version: { millesime: '2026-01-08' },
    });
    expect(etat.rapport.resume).toEqual(expect.arrayContaining([{ libelle: 'Établissements lus (toutes catégories)', valeur: 6 }]));
    // the shipped Occitanie FINESS has dozens of structures in 09 and 31 that this small extract does not list
    expect(etat.rapport.differences.retraits).toBeGreaterThan(50);
    expect(etat.rapport.differences.exemples.some((e: { nature: string }) => e.nature === 'retrait')).toBe(true);
    expect((await structuresDe('31')).length).toBe(avant31);
    // the differences are computed by key ranges: ranges of 2 keys (3 statements for the 5 staged rows) give the
    // same counts and examples as the report's single range, removals below, between and above the staged keys included
    const enTranches = await differencesParCle(
      t.app.get(TeleversementsRepository).requete,
      etat.id,
      {
        comparaison: etat.rapport.differences.comparaison,
        sqlActuel: StructuresRepository.SQL_ACTUEL,
        parametres: ['finess', ['09', '2A', '31', '974']],
        sqlNouveau: StructuresRepository.SQL_NOUVEAU,
        sqlLibelle: StructuresRepository.SQL_LIBELLE,
      },
      2,
    );
    expect(enTranches).toEqual(etat.rapport.differences);
    await t.http().post(`/api/donnees/televersements/${etat.id}/annulation`).set(enTeteAuth(admin)).expect(200);
  });

  it('imports only within the file’s départements, records a version, and the rollback restores the structures and the coverage', async () => {
    const finessDe = async (d: string) =>
      (await structuresDe(d)).filter((f) => f.properties.finess && !f.properties.saisieManuelle).map((f) => f.properties.finess as string);
    const avant = {
      d31: (await structuresDe('31')).length,
      d46: (await structuresDe('46')).length,
      d2A: (await structuresDe('2A')).length,
      finess0931: [...(await finessDe('09')), ...(await finessDe('31'))],
    };
    const couvertureAvant = (await t.http().get('/api/donnees/jeux').set(enTeteAuth(admin)).expect(200)).body.find((j: { jeu: string }) => j.jeu === 'finess');
    const analyse = await televerser(t, admin, 'finess', fixture('finess', EXTRAIT));
    const fini = await importer(t, admin, analyse.id);
    expect(fini.statut).toBe('importe');
    versionsCreees.push(fini.versionId);
    const apres31 = await structuresDe('31');
    expect(
      apres31
        .filter((f) => !f.properties.saisieManuelle)
        .map((f) => f.properties.finess)
        .sort(),
    ).toEqual(['310012345', '310037890']);
    expect((await structuresDe('46')).length).toBe(avant.d46); // Lot: not in the file, untouched
    expect((await structuresDe('2A')).length).toBe(avant.d2A + 1);

    const jeux = (await t.http().get('/api/donnees/jeux').set(enTeteAuth(admin)).expect(200)).body;
    const finess = jeux.find((j: { jeu: string }) => j.jeu === 'finess');
    expect(finess).toMatchObject({ origine: 'televerse', importePar: expect.stringContaining('test-admin'), fichier: EXTRAIT });
    expect(finess.couverture.find((c: { theme: string }) => c.theme === 'structures').perimetre).toContain('Corse-du-Sud (2A)');
    const versions = (await t.http().get('/api/donnees/jeux/finess/versions').set(enTeteAuth(admin)).expect(200)).body;
    expect(versions[0]).toMatchObject({ id: fini.versionId, statut: 'en_place', retourPossible: true, bilan: { supprimees: expect.any(Number) } });
    // removed = the FINESS structures of 09 and 31 that the file does not list (the count used to be 2 whatever happened)
    expect(versions[0].bilan.supprimees).toBe(avant.finess0931.filter((f) => !['310037890', '310012345', '090009999'].includes(f)).length);
    expect(versions.some((v: { origine: string }) => v.origine === 'livre')).toBe(true);

    const retour = await revenir(t, admin, fini.versionId);
    expect(retour.status).toBe(200);
    versionsCreees.pop();
    expect((await structuresDe('31')).length).toBe(avant.d31);
    expect((await structuresDe('2A')).length).toBe(avant.d2A);
    const couvertureApres = (await t.http().get('/api/donnees/jeux').set(enTeteAuth(admin)).expect(200)).body.find((j: { jeu: string }) => j.jeu === 'finess');
    expect(couvertureApres.couverture).toEqual(couvertureAvant.couverture);
    const audit = (await t.http().get('/api/audit?ressource=version-jeu').set(enTeteAuth(admin)).expect(200)).body.entrees;
    expect(audit.some((e: { action: string; ressourceId: string }) => e.action === 'suppression' && e.ressourceId === String(fini.versionId))).toBe(true);
  });

  it('a one-line file replaces nothing outside its département (it used to wipe the national set) and counts what it removed', async () => {
    const avant = { d31: (await structuresDe('31')).length, d46: (await structuresDe('46')).length };
    const uneLigne = variante(
      (texte) =>
        texte
          .split('\n')
          .filter((l) => l.startsWith('finess;') || l.includes('2A0001234'))
          .join('\n') + '\n',
      'finess-une-ligne.csv',
    );
    const res = await t.http().post('/api/structures/finess').set(enTeteAuth(admin)).attach('fichier', uneLigne.contenu, uneLigne.nom).expect(201);
    versionsCreees.push(res.body.versionId);
    expect(res.body.rapport.couverture.perimetre).toBe('Corse-du-Sud (2A)');
    expect((await structuresDe('31')).length).toBe(avant.d31);
    expect((await structuresDe('46')).length).toBe(avant.d46);
    const [version] = (await t.http().get('/api/donnees/jeux/finess/versions').set(enTeteAuth(admin)).expect(200)).body;
    expect(version.bilan).toMatchObject({ ecrites: 1, supprimees: 0 });
    expect((await revenir(t, admin, res.body.versionId)).status).toBe(200);
    versionsCreees.pop();
  });

  it.each([
    ['a date that does not exist', (x: string) => x.replace('2025-10-16;2025-10-16', '2022-13-45;2025-10-16'), 2, /date « 2022-13-45 » invalide/],
    ['a duplicated FINESS number', (x: string) => x.replace('structureet;2A0001234;', 'structureet;310037890;'), 3, /310037890 en double \(déjà ligne 2\)/],
    ['non-numeric coordinates', (x: string) => x.replace('geolocalisation;2A0001234;1176526.6', 'geolocalisation;2A0001234;abc'), 9, /non numériques/],
    [
      'impossible coordinates',
      (x: string) => x.replace('geolocalisation;2A0001234;1176526.6;6108263.0', 'geolocalisation;2A0001234;1176526.6;999'),
      9,
      /impossibles/,
    ],
  ])('refuses %s with a 400 naming the line, and the data is unchanged', async (_cas, changer, ligne, motif) => {
    const avant = (await structuresDe('31')).length;
    const f = variante(changer);
    const res = await t.http().post('/api/structures/finess').set(enTeteAuth(admin)).attach('fichier', f.contenu, f.nom).expect(400);
    expect(res.body.code).toBe('FICHIER_INVALIDE');
    expect(res.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ ligne, message: expect.stringMatching(motif) })]));
    expect((await structuresDe('31')).length).toBe(avant);
  });

  it('refuses a latitude of 999 in the flattened format with its line number', async () => {
    const entete =
      'numero_finess_etablissement;numero finess etablissement juridique;raison_sociale;rslongue;complrs;numvoie;typvoie;voie;compvoie;compldistrib;lieuditbp;code_commune;ligneacheminement;departement;libelle_departement;categetab;categorie;siret;codeape;coordxet;coordyet;dateouv;dateautor;longitude;latitude;type d etablissements;code_insee';
    const ligne =
      '310037890;310037882;MSP AIR ONE;;;7;R;D AUCH;;;;149;31770 COLOMIERS;31;HAUTE GARONNE;603;Maison de santé (L.6223-3);;;;;2025-10-16;;1.33;999;MSP;31149';
    const etat = await televerser(t, admin, 'finess', { nom: 'finess-aplati.csv', contenu: Buffer.from(`${entete}\n${ligne}\n`, 'utf8') });
    expect(etat.statut).toBe('refuse');
    expect(etat.erreur.details).toEqual([expect.objectContaining({ ligne: 2, champ: 'latitude', message: expect.stringContaining('« 1.33 ; 999 »') })]);
  });

  it('sets aside coordinates outside the commune’s département (placed at the commune) and reports the line', async () => {
    // Colomiers (31) given the Lambert 93 position of Ajaccio
    const f = variante((x) => x.replace('geolocalisation;310037890;566012.3;6279850.1', 'geolocalisation;310037890;1176526.6;6108263.0'));
    const etat = await televerser(t, admin, 'finess', f);
    expect(etat.statut).toBe('pret');
    expect(etat.rapport.ecartees.premieres).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ ligne: 2, message: expect.stringContaining('hors du département de la commune (Colomiers, Haute-Garonne)') }),
      ]),
    );
    await t.http().post(`/api/donnees/televersements/${etat.id}/annulation`).set(enTeteAuth(admin)).expect(200);
  });

  it('clips an ARS account’s upload to its région, and refuses a file with nothing in it', async () => {
    const etat = await televerser(t, ars, 'finess', fixture('finess', EXTRAIT));
    expect(etat.statut).toBe('pret');
    expect(etat.rapport.couverture.perimetre).toBe('Ariège (09) et Haute-Garonne (31)');
    expect(etat.rapport.ecartees.premieres.map((e: { message: string }) => e.message).join('\n')).toContain('hors de votre périmètre');
    await t.http().post(`/api/donnees/televersements/${etat.id}/annulation`).set(enTeteAuth(ars)).expect(200);
    const corse = variante(
      (x) =>
        x
          .split('\n')
          .filter((l) => l.startsWith('finess;') || l.includes('2A0001234'))
          .join('\n') + '\n',
    );
    const refuse = await televerser(t, ars, 'finess', corse);
    expect(refuse.statut).toBe('refuse');
    expect(refuse.erreur.message).toContain('aucune ligne dans votre périmètre');
  });

  it('lists the types with their size limit, refuses a wrong extension and an unknown type, in French', async () => {
    const types = (await t.http().get('/api/donnees/types').set(enTeteAuth(ars)).expect(200)).body;
    expect(types.find((x: { code: string }) => x.code === 'finess')).toMatchObject({
      libelle: expect.stringContaining('FINESS'),
      tailleMax: expect.any(Number),
    });
    const mauvais = await t
      .http()
      .post('/api/donnees/televersements/finess')
      .set(enTeteAuth(admin))
      .attach('fichier', Buffer.from('x'), 'finess.exe')
      .expect(400);
    expect(mauvais.body.message).toContain('extension attendue');
    await t.http().post('/api/donnees/televersements/inconnu').set(enTeteAuth(admin)).attach('fichier', Buffer.from('x'), 'a.csv').expect(400);
  });

  it('never shows an account another account’s upload (404)', async () => {
    const etat = await televerser(t, admin, 'finess', fixture('finess', EXTRAIT));
    await t.http().get(`/api/donnees/televersements/${etat.id}`).set(enTeteAuth(ars)).expect(404);
    await t.http().post(`/api/donnees/televersements/${etat.id}/annulation`).set(enTeteAuth(admin)).expect(200);
  });
});
