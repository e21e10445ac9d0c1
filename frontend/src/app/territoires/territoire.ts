/** Contract of `/api/territoires` (COG 2026 codes: INSEE for communes, SIREN for EPCI). */
export type TypeTerritoire = 'commune' | 'epci' | 'departement' | 'region';

export const LIBELLES_TYPE: Readonly<Record<TypeTerritoire, string>> = {
  commune: 'Commune',
  epci: 'EPCI',
  departement: 'Département',
  region: 'Région',
};

/** One ranked answer of `GET /api/territoires/recherche?q=`. */
export interface ResultatRecherche {
  readonly type: TypeTerritoire;
  readonly code: string;
  readonly nom: string;
  readonly population: number;
  readonly departement?: string | null;
  /** The postal code the search matched (a commune found by its postal code). */
  readonly codePostal?: string | null;
}

export interface ReferenceTerritoire {
  readonly type: TypeTerritoire;
  readonly code: string;
  readonly nom: string;
}

/** [minLon, minLat, maxLon, maxLat] in WGS84. */
export type Emprise = readonly [number, number, number, number];

export interface SourceDonnee {
  readonly libelle: string;
  readonly millesime: string;
}

/** `GET /api/territoires/:type/:code`. */
export interface FicheTerritoire {
  readonly type: TypeTerritoire;
  readonly code: string;
  readonly nom: string;
  /** Population municipale légale, dated by `source`. */
  readonly population: number;
  /** From the closest to the widest. */
  readonly parents: readonly ReferenceTerritoire[];
  /** Null for a commune without polygon yet (re-created communes). */
  readonly bbox: Emprise | null;
  readonly voisins: readonly ReferenceTerritoire[];
  readonly nbCommunes: number;
  readonly codesPostaux?: readonly string[];
  readonly source: SourceDonnee;
}

/** `GET /api/territoires/:type/:code/communes` (EPCI, département, région). */
export interface CommuneMembre {
  readonly code: string;
  readonly nom: string;
  readonly population: number;
}
