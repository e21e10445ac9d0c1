import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { AccesRepository } from '../../backend/src/acces/acces.repository';
import { CacheTrajets } from '../../backend/src/acces/trajets/cache-trajets';
import { EtatImport } from '../../backend/src/import/etat-import';
import { ImportService } from '../../backend/src/import/import.service';
import { lancerPrechauffage } from '../../backend/src/sante/lancer-prechauffage';
import { Prechauffage } from '../../backend/src/sante/prechauffage';
import type request from 'supertest';
import { ApplicationDeTest, demarrerApplication } from '../support/application';

/**
 * A restart of an already-imported server (issue 14): the API serves the first screen while the start-up warm-up is
 * still running (right data, no 5xx), the check of the shipped files announces no import when nothing changed, and
 * the pairs of communes kept between restarts are used only for the data version they were written for.
 */
// each test starts applications that load the access engine's data and the tile geometry (tens of seconds on a busy machine)
jest.setTimeout(300_000);

describe('Redémarrage d’un serveur déjà importé', () => {
  // a data folder of this file's own: the pairs' file written here is read by no other test
  const dossier = mkdtempSync(path.join(tmpdir(), 'maillage-redemarrage-'));
  const fichier = path.join(dossier, 'cache', 'trajets-acces.bin');
  const avant = process.env.MAILLAGE_DOSSIER_DONNEES;
  let t: ApplicationDeTest | null = null;

  beforeAll(() => {
    process.env.MAILLAGE_DOSSIER_DONNEES = dossier;
  });
  afterEach(async () => {
    await t?.fermer();
    t = null;
  });
  afterAll(() => {
    if (avant === undefined) delete process.env.MAILLAGE_DOSSIER_DONNEES;
    else process.env.MAILLAGE_DOSSIER_DONNEES = avant;
    rmSync(dossier, { recursive: true, force: true });
  });

  /** The tile's bytes (supertest parses no protobuf). */
  const octets = (res: request.Response, fin: (e: Error | null, corps: Buffer) => void) => {
    const flux = res as unknown as NodeJS.ReadableStream;
    const morceaux: Buffer[] = [];
    flux.on('data', (m: Buffer) => morceaux.push(m));
    flux.on('end', () => fin(null, Buffer.concat(morceaux)));
  };

  const premierEcran = (a: ApplicationDeTest) =>
    Promise.all([
      a.http().get('/api/acces/communes').query({ indicateur: 'apl', annee: 2023 }),
      a.http().get('/api/acces/parametres'),
      a.http().get('/api/acces/commune/23031'),
      a.http().get('/api/tuiles/communes/6/32/22.pbf').buffer(true).parse(octets),
    ]);

  /** Pairs of communes the engine uses, as the parameters route says. */
  const paires = async (a: ApplicationDeTest) =>
    ((await a.http().get('/api/acces/parametres').expect(200)).body as { modeleTrajet: { paires: number } }).modeleTrajet.paires;

  const cleCourante = async (a: ApplicationDeTest) => {
    const depot = a.app.get(AccesRepository);
    return CacheTrajets.cle(
      await depot.versionDonnees(),
      (await depot.communes()).map((c) => c.code),
    );
  };

  it('answers the first screen with the right data while the warm-up is still running, then keeps the pairs for the next start', async () => {
    t = await demarrerApplication();
    const travail = lancerPrechauffage(t.app);
    expect(t.app.get(Prechauffage).etat.termine).toBe(false);
    const pendant = await premierEcran(t);
    await travail;
    expect(pendant.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    const [apl, parametres, fiche, tuile] = pendant;
    expect(apl.body.valeurs['01001']).toBe(1.942); // the DREES file's value (see acces.int-spec)
    expect(fiche.body).toMatchObject({ type: 'commune', code: '23031', nom: 'Boussac', apl: { valeur: 2.576 } });
    expect(tuile.body.length).toBeGreaterThan(1000);
    // the same answers as once warm
    const apres = await premierEcran(t);
    expect(apres[0].body).toEqual(apl.body);
    expect(apres[1].body).toEqual(parametres.body);
    expect(apres[2].body).toEqual(fiche.body);
    expect(Buffer.compare(apres[3].body, tuile.body)).toBe(0);
    expect(existsSync(fichier)).toBe(true);
    expect(await new CacheTrajets(fichier).lire(await cleCourante(t))).toMatchObject({ origines: expect.any(Int32Array) });
  });

  it('checks the shipped files at start-up without announcing an import when nothing changed (no 503 meanwhile)', async () => {
    t = await demarrerApplication();
    const imports = t.app.get(ImportService);
    const etats: EtatImport[] = [];
    const desabonner = imports.suivre((e) => etats.push(e));
    try {
      const verification = imports.importer(['aides']);
      const recherche = await t.http().get('/api/territoires/recherche').query({ q: 'paris' });
      const bilans = await verification;
      expect(bilans.map((b) => b.statut)).not.toContain('importe');
      expect(recherche.status).toBe(200);
      expect(etats.filter((e) => e.enCours)).toEqual([]);
    } finally {
      desabonner();
    }
  });

  it('reads the pairs kept for the current data version, and ignores those kept for an older one', async () => {
    t = await demarrerApplication();
    const justes = await paires(t);
    const cle = await cleCourante(t);
    await t.fermer();
    t = null;
    // one pair only, so that its use shows in the answer
    const uneSeule = { origines: Int32Array.of(0), destinations: Int32Array.of(0), minutes: Float64Array.of(5) };
    const cache = new CacheTrajets(fichier);

    await cache.ecrire(cle, uneSeule);
    t = await demarrerApplication();
    expect(await paires(t)).toBe(1); // the file is what a restart reads
    await t.fermer();
    t = null;

    const ancienne = CacheTrajets.cle('territoires@2025-01-01 00:00:00+00,trajets@2025-01-01 00:00:00+00|offre:0|apl:', []);
    await cache.ecrire(ancienne, uneSeule);
    t = await demarrerApplication();
    expect(await paires(t)).toBe(justes);
    // replaced by the pairs of the current version
    expect((await cache.lire(cle))?.origines.length).toBe(justes);
    expect(await cache.lire(ancienne)).toBeNull();
  });
});
