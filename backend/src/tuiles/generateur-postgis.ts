import { CoucheTuiles } from './couche-tuiles';
import { CoordonneesTuile } from './coordonnees-tuile';
import { GenerateurTuiles } from './generateur-tuiles';
import { TuilesRepository } from './tuiles.repository';

/** Native path: the SQL function `maillage_tuile` (ST_AsMVT) of the 1764200000000-tuiles migration. */
export class GenerateurPostgis implements GenerateurTuiles {
  readonly chemin = 'postgis' as const;

  constructor(private readonly repository: TuilesRepository) {}

  tuile(couche: CoucheTuiles, { z, x, y }: CoordonneesTuile): Promise<Buffer> {
    return this.repository.tuileMvt(couche, z, x, y);
  }

  oublier(): void {
    // Nothing kept: PostGIS reads the tables at each call.
  }

  async preparer(): Promise<void> {
    // Nothing to load: the GiST indexes are already there.
  }
}
