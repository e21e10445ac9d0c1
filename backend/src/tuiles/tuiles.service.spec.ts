import { Logger } from '@nestjs/common';
import { ETAT_INITIAL, EtatImport } from '../import/etat-import';
import { ImportService } from '../import/import.service';
import { TuilesRepository } from './tuiles.repository';
import { TuilesService, ZOOMS_PRECALCULES } from './tuiles.service';
import { EMPRISES_FRANCE, tuilesCouvrant } from './tuiles-couvrant';

const MVT_FACTICE = Buffer.from([0x1a, 0x00]);
const carre = {
  type: 'MultiPolygon' as const,
  coordinates: [
    [
      [
        [4.3, 45.4],
        [4.4, 45.4],
        [4.4, 45.5],
        [4.3, 45.5],
        [4.3, 45.4],
      ],
    ],
  ],
};

function repositoryFactice(mvt: boolean) {
  const donnees = { version: 'territoires@1' };
  return {
    donnees,
    versionDonnees: jest.fn(async () => donnees.version),
    mvtDisponible: jest.fn(async () => mvt),
    tuileMvt: jest.fn(async () => MVT_FACTICE),
    geometries: jest.fn(async (_couche: string) => [{ code: '42218', nom: 'Saint-Étienne', geometrie: carre }]),
    populationsCommunes: jest.fn(async () => [] as { code: string; population: number }[]),
  };
}

function importsFactices() {
  let abonne: (etat: EtatImport) => void = () => undefined;
  const imports = {
    etat: { ...ETAT_INITIAL },
    suivre: (a: (etat: EtatImport) => void) => ((abonne = a), () => undefined),
    publier: (enCours: boolean) => abonne({ ...ETAT_INITIAL, enCours }),
  };
  return imports;
}

function creer(mvt: boolean) {
  const repository = repositoryFactice(mvt);
  const imports = importsFactices();
  const service = new TuilesService(repository as unknown as TuilesRepository, imports as unknown as ImportService);
  service.onApplicationBootstrap();
  return { service, repository, imports };
}

describe('TuilesService', () => {
  beforeAll(() => Logger.overrideLogger(false));
  afterAll(() => Logger.overrideLogger(['log', 'warn', 'error']));

  it('uses the native ST_AsMVT path when PostGIS can encode tiles', async () => {
    const { service, repository } = creer(true);
    expect(await service.chemin()).toBe('postgis');
    expect(await service.tuile('epci', { z: 6, x: 32, y: 22 })).toBe(MVT_FACTICE);
    expect(repository.tuileMvt).toHaveBeenCalledWith('epci', 6, 32, 22);
    expect(repository.geometries).not.toHaveBeenCalled();
  });

  it('builds tiles in memory when ST_AsMVT is missing (embedded PGlite), asking the database once', async () => {
    const { service, repository } = creer(false);
    expect(await service.chemin()).toBe('memoire');
    const tuile = await service.tuile('communes', { z: 10, x: 524, y: 366 });
    expect(tuile.length).toBeGreaterThan(0);
    await service.tuile('communes', { z: 9, x: 262, y: 183 });
    expect(repository.mvtDisponible).toHaveBeenCalledTimes(1);
    expect(repository.tuileMvt).not.toHaveBeenCalled();
  });

  it('serves a tile from the cache the second time', async () => {
    const { service, repository } = creer(true);
    await service.tuile('regions', { z: 5, x: 16, y: 11 });
    await service.tuile('regions', { z: 5, x: 16, y: 11 });
    // (the national-view preparation started by the first tile may render others meanwhile)
    expect(repository.tuileMvt.mock.calls.filter((c: unknown[]) => c.join('/') === 'regions/5/16/11')).toHaveLength(1);
    expect(service.tuilesEnCache).toBeGreaterThanOrEqual(1);
  });

  it('renders a new tile once for concurrent requests, and keeps its gzip bytes and ETag', async () => {
    const { service, repository } = creer(true);
    const [a, b] = await Promise.all([service.tuileEncodee('epci', { z: 8, x: 131, y: 90 }), service.tuileEncodee('epci', { z: 8, x: 131, y: 90 })]);
    expect(a).toBe(b);
    expect(repository.tuileMvt.mock.calls.filter((c: unknown[]) => c.join('/') === 'epci/8/131/90')).toHaveLength(1);
    expect(a.brut).toBe(MVT_FACTICE);
    expect(a.gzip).toBeNull(); // 2 bytes: not worth gzip
    expect(a.etag).toMatch(/^"[\w-]+"$/);
  });

  it('does not cache while an import rewrites the tables, and empties the cache when it ends', async () => {
    const { service, repository, imports } = creer(true);
    await service.tuile('regions', { z: 5, x: 16, y: 11 });
    imports.publier(true);
    await service.tuile('regions', { z: 5, x: 16, y: 12 });
    expect(service.tuilesEnCache).toBe(1);

    imports.publier(false);
    expect(service.tuilesEnCache).toBe(0);
    await service.tuile('regions', { z: 5, x: 16, y: 11 });
    // Rendered again after the import, not served from before it.
    const rendus = repository.tuileMvt.mock.calls.filter((appel) => appel.join('/') === 'regions/5/16/11');
    expect(rendus.length).toBeGreaterThanOrEqual(2);
  });

  it('empties the cache when another process imported the territories (their version changed), without an event here', async () => {
    const { service, repository } = creer(false);
    const maintenant = jest.spyOn(Date, 'now');
    try {
      let t = 1_000_000;
      maintenant.mockImplementation(() => t);
      await service.tuile('regions', { z: 5, x: 16, y: 11 });
      await service.prechauffer();
      const chargements = repository.geometries.mock.calls.length;
      expect(service.tuilesEnCache).toBeGreaterThan(1);

      repository.donnees.version = 'territoires@2';
      t += 3000; // the version is read again (at most every 2 s)
      await service.tuile('regions', { z: 5, x: 16, y: 11 });
      // the geometry of the former version is dropped: read again from the database for the new one
      expect(repository.geometries.mock.calls.length).toBeGreaterThan(chargements);
      expect(repository.geometries.mock.calls.slice(chargements).map(([couche]) => couche)).toContain('regions');
    } finally {
      maintenant.mockRestore();
    }
  });

  it('still serves the cached tiles when the version cannot be read (database unreachable)', async () => {
    const { service, repository } = creer(true);
    const maintenant = jest.spyOn(Date, 'now');
    try {
      let t = 1_000_000;
      maintenant.mockImplementation(() => t);
      const premiere = await service.tuile('regions', { z: 5, x: 16, y: 11 });
      await service.prechauffer();
      const rendues = () => repository.tuileMvt.mock.calls.filter((a) => a.join('/') === 'regions/5/16/11').length;
      expect(rendues()).toBe(1);
      repository.versionDonnees.mockRejectedValue(new Error('connexion refusée'));
      t += 3000;
      expect(await service.tuile('regions', { z: 5, x: 16, y: 11 })).toEqual(premiere);
      expect(rendues()).toBe(1);
    } finally {
      maintenant.mockRestore();
    }
  });

  it('prepares every couche and the national view at the first tile request, not at start', async () => {
    const { service, repository } = creer(false);
    await service.chemin();
    expect(repository.geometries).not.toHaveBeenCalled();

    await service.tuile('communes', { z: 10, x: 524, y: 366 });
    await new Promise((r) => setTimeout(r, 50));

    expect(repository.geometries.mock.calls.map(([couche]) => couche)).toEqual(['communes', 'epci', 'departements', 'regions']);
    const vueNationale = ZOOMS_PRECALCULES.reduce((n, z) => n + tuilesCouvrant(EMPRISES_FRANCE, z).length, 0);
    expect(service.tuilesEnCache).toBe(4 * vueNationale + 1);
  });

  it('prepares once when the server warms it up at start-up: the first tile request reuses that preparation', async () => {
    const { service, repository } = creer(false);
    const prechauffage = service.prechauffer();
    expect(service.prechauffer()).toBe(prechauffage);
    await prechauffage;
    const vueNationale = ZOOMS_PRECALCULES.reduce((n, z) => n + tuilesCouvrant(EMPRISES_FRANCE, z).length, 0);
    expect(service.tuilesEnCache).toBe(4 * vueNationale);

    await service.tuile('communes', { z: 4, x: 8, y: 5 });
    expect(repository.geometries).toHaveBeenCalledTimes(4);
    expect(service.tuilesEnCache).toBe(4 * vueNationale);
  });

  it('stops preparing when the application closes, and waits for the step in progress', async () => {
    const { service, repository } = creer(false);
    let liberer!: () => void;
    repository.geometries.mockImplementationOnce(
      (_couche: string) => new Promise((ok) => (liberer = () => ok([{ code: '42218', nom: 'Saint-Étienne', geometrie: carre }]))),
    );
    const premiere = service.tuile('regions', { z: 5, x: 16, y: 11 });
    await new Promise((r) => setTimeout(r, 0));
    const fermeture = service.onModuleDestroy();
    liberer();
    await Promise.all([premiere, fermeture]);
    expect(repository.geometries.mock.calls.map(([couche]) => couche)).toEqual(['communes', 'regions']);
  });

  it('still waits at close for a preparation started before an import that ended meanwhile', async () => {
    const { service, repository, imports } = creer(false);
    let liberer!: () => void;
    let termine = false;
    repository.geometries.mockImplementationOnce(
      (_couche: string) => new Promise((ok) => (liberer = () => ok([{ code: '42218', nom: 'Saint-Étienne', geometrie: carre }]))),
    );
    const premiere = service.tuile('regions', { z: 5, x: 16, y: 11 });
    await new Promise((r) => setTimeout(r, 0));
    imports.publier(true);
    imports.publier(false);
    const fermeture = service.onModuleDestroy().then(() => (termine = true));
    await new Promise((r) => setTimeout(r, 10));
    expect(termine).toBe(false);
    liberer();
    await Promise.all([premiere, fermeture]);
    expect(termine).toBe(true);
  });

  it('refuses a tile outside the grid before touching the database', async () => {
    const { service, repository } = creer(true);
    await expect(service.tuile('communes', { z: 2, x: 4, y: 0 })).rejects.toMatchObject({ code: 'ENTREE_INVALIDE' });
    expect(repository.tuileMvt).not.toHaveBeenCalled();
  });

  it('asks again for the path when the database was not ready at start', async () => {
    const { service, repository } = creer(true);
    repository.mvtDisponible.mockReset();
    repository.mvtDisponible.mockRejectedValueOnce(new Error('connexion refusée')).mockResolvedValue(true);
    const second = new TuilesService(repository as unknown as TuilesRepository, importsFactices() as unknown as ImportService);
    await expect(second.chemin()).rejects.toThrow('connexion refusée');
    expect(await second.chemin()).toBe('postgis');
    expect(await service.chemin()).toBe('postgis');
  });

  it('says the communes are not loaded yet instead of answering an empty join table', async () => {
    const { service } = creer(true);
    await expect(service.populations()).rejects.toMatchObject({ code: 'DONNEES_NON_CHARGEES' });
  });

  it('labels the population join table with its source and vintage', async () => {
    const { service, repository } = creer(true);
    repository.populationsCommunes.mockResolvedValue([{ code: '42218', population: 1 }]);
    const valeurs = await service.populations();
    expect(valeurs.valeurs).toEqual({ '42218': 1 });
    expect(valeurs.source).toMatch(/INSEE/);
    expect(valeurs.millesime).toMatch(/^\d{4}$/);
  });
});
