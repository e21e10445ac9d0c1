import { CoucheTuiles } from './couche-tuiles';
import { CoordonneesTuile } from './coordonnees-tuile';

export type CheminTuiles = 'postgis' | 'memoire';

/** Builds one MVT tile (empty buffer when no feature touches it). Both paths give the same layers. */
export interface GenerateurTuiles {
  readonly chemin: CheminTuiles;
  tuile(couche: CoucheTuiles, coordonnees: CoordonneesTuile): Promise<Buffer>;
  /** Forgets any geometry kept in memory (after a re-import). */
  oublier(): void;
  /** Gets ready to answer fast (loads what it keeps in memory); nothing to do for PostGIS. */
  preparer(couches: readonly CoucheTuiles[]): Promise<void>;
}
