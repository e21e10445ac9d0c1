import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { ErreurDomaine } from '../common/erreurs/erreur-domaine';
import { EtatImport } from '../import/etat-import';
import { ImportService } from '../import/import.service';
import { SOURCE_POPULATION } from '../territoires/territoires.service';
import { CacheLru } from '../common/cache/cache-lru';
import { VersionMemorisee } from '../common/cache/version-memorisee';
import { CorpsEncode, encoderCorps, encoderJson, tailleCorps } from '../common/cache/corps-encode';
import { choisirGenerateur } from './choisir-generateur';
import { CoordonneesTuile, verifierCoordonnees } from './coordonnees-tuile';
import { COUCHES_TUILES, CoucheTuiles } from './couche-tuiles';
import { ValeursParCommuneDto } from './dto/populations.dto';
import { GenerateurMemoire } from './generateur-memoire';
import { GenerateurPostgis } from './generateur-postgis';
import { GenerateurTuiles } from './generateur-tuiles';
import { TuilesRepository } from './tuiles.repository';
import { EMPRISES_FRANCE, tuilesCouvrant } from './tuiles-couvrant';

/** Rendered tiles kept in memory, raw and gzipped: 96 MiB holds every tile of France down to zoom ~9. */
const TAILLE_CACHE_OCTETS = 96 * 1024 * 1024;
export const TYPE_MVT = 'application/vnd.mapbox-vector-tile';
/**
 * The national and regional views (zooms 4 to 6, 14 tiles per couche at zoom 6): their commune tiles are the
 * heaviest to encode (11,000 to 23,000 communes, 0.3–0.7 s each), render them ahead.
 */
export const ZOOMS_PRECALCULES = [4, 5, 6];

/**
 * Vector tiles of the boundary layers. The rules: a tile address must exist at its zoom; the
 * tile path (native ST_AsMVT or in memory) is chosen once; rendered tiles are cached, except
 * while an import rewrites the tables, and the cache is emptied when an import ends.
 */
@Injectable()
export class TuilesService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Tuiles');
  private readonly cache = new CacheLru<CorpsEncode>(TAILLE_CACHE_OCTETS, tailleCorps);
  private readonly enVol = new Map<string, Promise<CorpsEncode>>();
  /** The communes' names table, encoded once per version of the territories. */
  private noms: Promise<CorpsEncode> | null = null;
  /**
   * Version of the territories the cached tiles were cut from: an import in another process (a worker of the
   * cluster, another replica) shows at the next read of the version (every 2 s at most), and empties the cache.
   */
  private readonly version = new VersionMemorisee(
    () => this.repository.versionDonnees(),
    2000,
    () => Date.now(),
  );
  private versionCache: string | null = null;
  private generateur: Promise<GenerateurTuiles> | null = null;
  private importEnCours = false;
  private desabonner: (() => void) | null = null;
  private preparation: Promise<void> | null = null;
  /** Every preparation still running: one started before an import may still run after it. */
  private readonly preparationsEnCours = new Set<Promise<void>>();
  private arrete = false;

  constructor(
    private readonly repository: TuilesRepository,
    private readonly imports: ImportService,
  ) {}

  onApplicationBootstrap(): void {
    this.importEnCours = this.imports.etat.enCours;
    this.desabonner = this.imports.suivre((etat) => this.suivreImport(etat));
    this.generateurActif().then(
      (g) => this.logger.log(`Tuiles vectorielles : ${g.chemin === 'postgis' ? 'PostGIS (ST_AsMVT)' : 'en mémoire (geojson-vt)'}`),
      (e: Error) => this.logger.warn(`Choix du chemin des tuiles reporté : ${e.message}`),
    );
  }

  /** Lets a preparation in progress finish its current step, so no query outlives the app. */
  async onModuleDestroy(): Promise<void> {
    this.arrete = true;
    this.desabonner?.();
    await Promise.all(this.preparationsEnCours);
  }

  async tuile(couche: CoucheTuiles, coordonnees: CoordonneesTuile): Promise<Buffer> {
    return (await this.tuileEncodee(couche, coordonnees)).brut;
  }

  /** The tile with its gzip bytes and ETag, gzipped once when rendered (not at every request). */
  async tuileEncodee(couche: CoucheTuiles, coordonnees: CoordonneesTuile): Promise<CorpsEncode> {
    const { z, x, y } = verifierCoordonnees(coordonnees);
    const cle = `${couche}/${z}/${x}/${y}`;
    await this.verifierVersion();
    const enCache = this.cache.get(cle);
    if (enCache) return enCache;
    // The first map display triggers the preparation of everything else, if the server's start-up
    // (main.ts) has not already: the CLI and the API tests, which show no map, never pay for it.
    void this.prechauffer();
    // Many map clients ask for the same new tile at once: render and gzip it once for all of them.
    const enVol = this.enVol.get(cle);
    if (enVol) return enVol;
    const rendu = this.rendre(couche, { z, x, y }, cle);
    this.enVol.set(cle, rendu);
    try {
      return await rendu;
    } finally {
      this.enVol.delete(cle);
    }
  }

  /**
   * Loads the tile geometry and renders the national view into the cache, once (again after an
   * import). Called by the server at start-up so that the first visitor does not wait for it.
   */
  prechauffer(): Promise<void> {
    this.preparation ??= this.suivrePreparation(this.preparer());
    return this.preparation;
  }

  private async rendre(couche: CoucheTuiles, coordonnees: CoordonneesTuile, cle: string): Promise<CorpsEncode> {
    const importAvant = this.importEnCours;
    const tuile = await encoderCorps(await (await this.generateurActif()).tuile(couche, coordonnees), TYPE_MVT);
    if (!importAvant && !this.importEnCours) this.cache.set(cle, tuile);
    return tuile;
  }

  /** Which path serves tiles, for logs and tests. */
  async chemin(): Promise<GenerateurTuiles['chemin']> {
    return (await this.generateurActif()).chemin;
  }

  get tuilesEnCache(): number {
    return this.cache.nombre;
  }

  async populations(): Promise<ValeursParCommuneDto> {
    const lignes = await this.repository.populationsCommunes();
    if (lignes.length === 0) {
      throw new ErreurDomaine('DONNEES_NON_CHARGEES', 'Les communes ne sont pas encore chargées : réessayez à la fin de l’import.');
    }
    return {
      indicateur: 'population',
      source: SOURCE_POPULATION.libelle,
      millesime: SOURCE_POPULATION.millesime,
      valeurs: Object.fromEntries(lignes.map((l) => [l.code, l.population])),
    };
  }

  /**
   * Name of every commune by INSEE code, the join table of the tooltip where the tiles carry no names (zooms
   * below 7, see finesse-tuile.ts). Encoded once (≈ 35,000 names, ~0.3 MB gzipped) and kept until an import.
   */
  async nomsCommunes(): Promise<CorpsEncode> {
    await this.verifierVersion();
    if (!this.noms) {
      const noms = this.repository.nomsCommunes().then((lignes) => {
        if (lignes.length === 0) {
          throw new ErreurDomaine('DONNEES_NON_CHARGEES', 'Les communes ne sont pas encore chargées : réessayez à la fin de l’import.');
        }
        return encoderJson({ source: 'INSEE, code officiel géographique 2026', noms: Object.fromEntries(lignes.map((l) => [l.code, l.nom])) });
      });
      this.noms = noms;
      // neither a failure nor the names read during an import are kept
      noms.then(
        () => this.importEnCours && this.noms === noms && (this.noms = null),
        () => this.noms === noms && (this.noms = null),
      );
    }
    return this.noms;
  }

  private generateurActif(): Promise<GenerateurTuiles> {
    if (!this.generateur) {
      const choix = choisirGenerateur(
        () => this.repository.mvtDisponible(),
        () => new GenerateurPostgis(this.repository),
        () => new GenerateurMemoire((couche) => this.repository.geometries(couche)),
      );
      this.generateur = choix;
      // A database still starting is not an answer: ask again at the next tile.
      choix.catch(() => {
        if (this.generateur === choix) this.generateur = null;
      });
    }
    return this.generateur;
  }

  private async verifierVersion(): Promise<void> {
    // the database unreachable: the cached tiles are still those of the last version read (a missing tile fails later)
    const version = await this.version.version().catch(() => this.versionCache);
    if (version === this.versionCache) return;
    if (this.versionCache !== null) this.oublierTout();
    this.versionCache = version;
  }

  private oublierTout(): void {
    this.cache.vider();
    this.noms = null;
    void this.generateur?.then(
      (g) => g.oublier(),
      () => undefined,
    );
    this.preparation = null;
  }

  private suivreImport(etat: EtatImport): void {
    const termine = this.importEnCours && !etat.enCours;
    this.importEnCours = etat.enCours;
    if (!etat.enCours) this.version.oublier();
    if (!termine) return;
    this.oublierTout();
  }

  private suivrePreparation(preparation: Promise<void>): Promise<void> {
    this.preparationsEnCours.add(preparation);
    void preparation.finally(() => this.preparationsEnCours.delete(preparation));
    return preparation;
  }

  /**
   * At the first tile request (and again after an import): the in-memory path loads the geometry
   * of every couche (≈ 2 s for the communes), and the national-view tiles, the heaviest, are
   * rendered into the cache. Stops between steps when the application closes.
   */
  private async preparer(): Promise<void> {
    try {
      const generateur = await this.generateurActif();
      const debut = Date.now();
      for (const couche of COUCHES_TUILES) {
        if (this.arrete) return;
        await generateur.preparer([couche]);
      }
      for (const couche of COUCHES_TUILES) {
        for (const z of ZOOMS_PRECALCULES) {
          for (const coordonnees of tuilesCouvrant(EMPRISES_FRANCE, z)) {
            if (this.arrete) return;
            await this.tuile(couche, coordonnees);
          }
        }
      }
      this.logger.log(`Tuiles préparées : géométrie et vue nationale (${Date.now() - debut} ms)`);
    } catch (e) {
      if (!this.arrete) this.logger.warn(`Préparation des tuiles abandonnée : ${(e as Error).message}`);
    }
  }
}
