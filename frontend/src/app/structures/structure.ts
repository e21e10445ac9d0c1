import type { FeatureCollection, Geometry, Point } from 'geojson';

/** Contract of `GET /api/structures` (GeoJSON points). */
export interface ProprietesStructure {
  readonly id: number;
  readonly type: 'msp' | 'psp' | 'cds' | 'cpts' | 'esp';
  readonly nature: string | null;
  readonly nom: string;
  readonly statut: string;
  readonly commune: { code: string; nom: string | null } | null;
  readonly source: string;
}

export interface CollectionStructures extends FeatureCollection<Point | null, ProprietesStructure> {
  readonly total: number;
  readonly sources: readonly string[];
}

/** `GET /api/structures/cpts/:id`. */
export interface FicheCpts {
  readonly id: number;
  readonly nom: string;
  readonly populationCouverte: number | null;
  readonly trancheAci: string | null;
  readonly source: string;
  readonly sourcePerimetre: string | null;
  readonly perimetre: Geometry | null;
}
