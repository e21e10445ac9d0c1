import geojsonvt from 'geojson-vt';
import * as vtpbf from 'vt-pbf';
import { CoucheTuiles, ZOOM_MAX } from './couche-tuiles';
import { CoordonneesTuile } from './coordonnees-tuile';
import { finesseTuile } from './finesse-tuile';
import { GenerateurTuiles } from './generateur-tuiles';
import { EntiteTuile, ramenerALaGrille } from './grille-tuile';
import { TerritoireGeojson } from './tuiles.repository';

export type ChargerGeometries = (couche: CoucheTuiles) => Promise<TerritoireGeojson[]>;
type Index = ReturnType<typeof geojsonvt>;

/**
 * Same tiling as the SQL function: cut on a 4096 grid with a 64 buffer, simplified to one pixel, then brought to
 * the zoom's grid and properties (`finesseTuile`) when encoded.
 */
const OPTIONS_INDEX = {
  maxZoom: ZOOM_MAX,
  indexMaxZoom: 5,
  indexMaxPoints: 100_000,
  // 8 units of a 4096 extent = one screen pixel of a 512 px tile: finer detail is invisible.
  tolerance: 8,
  extent: 4096,
  buffer: 64,
};

/**
 * Embedded-database path (PGlite's PostGIS has no protobuf, so no ST_AsMVT): the geometry of a
 * couche is read once from PostGIS as GeoJSON, indexed by geojson-vt, and tiles are encoded with
 * vt-pbf. Concurrent first requests share one load.
 */
export class GenerateurMemoire implements GenerateurTuiles {
  readonly chemin = 'memoire' as const;
  private readonly index = new Map<CoucheTuiles, Promise<Index>>();

  constructor(private readonly charger: ChargerGeometries) {}

  async tuile(couche: CoucheTuiles, { z, x, y }: CoordonneesTuile): Promise<Buffer> {
    const tuile = (await this.indexDe(couche)).getTile(z, x, y);
    if (!tuile || tuile.features.length === 0) return Buffer.alloc(0);
    const { extent, avecNom } = finesseTuile(couche, z);
    const entites = ramenerALaGrille(tuile.features as unknown as EntiteTuile[], OPTIONS_INDEX.extent, extent).map((e) =>
      avecNom ? e : { ...e, tags: { code: e.tags?.['code'] } },
    );
    if (entites.length === 0) return Buffer.alloc(0);
    return Buffer.from(vtpbf.fromGeojsonVt({ [couche]: { ...tuile, features: entites } }, { version: 2, extent }));
  }

  oublier(): void {
    this.index.clear();
  }

  /** One couche after the other: PGlite answers one query at a time, the app keeps its turn. */
  async preparer(couches: readonly CoucheTuiles[]): Promise<void> {
    for (const couche of couches) await this.indexDe(couche);
  }

  private indexDe(couche: CoucheTuiles): Promise<Index> {
    let index = this.index.get(couche);
    if (!index) {
      index = this.construire(couche);
      this.index.set(couche, index);
      // A failed load is not cached: the next request tries again.
      index.catch(() => this.index.get(couche) === index && this.index.delete(couche));
    }
    return index;
  }

  private async construire(couche: CoucheTuiles): Promise<Index> {
    const territoires = await this.charger(couche);
    return geojsonvt(
      {
        type: 'FeatureCollection',
        features: territoires.map((t) => ({
          type: 'Feature' as const,
          properties: { code: t.code, nom: t.nom },
          geometry: t.geometrie,
        })),
      },
      OPTIONS_INDEX,
    );
  }
}
