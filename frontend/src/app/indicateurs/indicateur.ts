/** One class of a choropleth: values in [min, next class's min). */
export interface ClasseIndicateur {
  readonly min: number;
  readonly couleur: string;
  readonly libelle: string;
}

/** Where an indicator's values come from (each has its own API and vintage axis). */
export type OrigineIndicateur = 'acces' | 'zonage' | 'population';

export type CodeIndicateur = 'apl' | 'apl_moins_65' | 'fragilite' | 'classe' | 'evolution' | 'zonage_medecin' | 'zonage_infirmier' | 'population';

/** What the map needs to colour communes by an indicator and to write its legend. */
export interface Indicateur {
  readonly code: CodeIndicateur;
  readonly libelle: string;
  readonly unite: string;
  readonly origine: OrigineIndicateur;
  /** The profession of a zonage indicator (`/api/zonages/:profession`). */
  readonly profession?: 'medecin' | 'infirmier';
  /** APL vintages the indicator can be shown for (empty: one vintage only, given by the API). */
  readonly annees: readonly number[];
  /** Ascending by `min`; the first class starts at the lowest possible value. */
  readonly classes: readonly ClasseIndicateur[];
  /**
   * Categorical indicators (classes, zonage) are coloured through a number per category (its class `min`):
   * the map keeps one numeric `step` expression for every indicator.
   */
  readonly categories?: Readonly<Record<string, number>>;
}

/** Values joined to the geometry by INSEE code, with their provenance (shown in the legend). */
export interface ValeursIndicateur {
  readonly indicateur: string;
  readonly source: string;
  readonly millesime: string;
  readonly valeurs: Readonly<Record<string, number | string | null>>;
  /** Extra facts to show under the legend (e.g. the zonage arrêté, Mayotte out of the APL scope). */
  readonly notes?: readonly string[];
  /** A zonage: the version applied and the régions where it is outdated (ADR 0004), hatched on the map. */
  readonly validite?: ValiditeZonage;
}

/** A région where the zonage version loaded no longer applies at the map's date: the one in force is not loaded. */
export interface RegionPerimee {
  readonly code: string;
  readonly nom: string;
  /** ISO date after which the version is presumed replaced. */
  readonly finPresumee: string | null;
  readonly motif: string | null;
  /** URL of the ARS page or text behind the presumed end. */
  readonly source: string | null;
}

export interface ValiditeZonage {
  /** Name of the version applied (the national one when there is one). */
  readonly version: string | null;
  /** Number of régions the zonage covers. */
  readonly regions: number;
  readonly perimees: readonly RegionPerimee[];
}

/**
 * What the map draws for the chosen indicator: `cle` names one indicator vintage (e.g. `apl:2022`) and is the
 * feature-state key its values are stored under, so every vintage shown once stays on the map and a switch back
 * touches no feature.
 */
export interface ChoroplethIndicateur {
  readonly cle: string;
  readonly indicateur: Indicateur;
  /** Numbers by INSEE code (categories as their class number); the same Map object for the same values. */
  readonly valeurs: ReadonlyMap<string, number>;
}

/** Timestamps (`performance.now()`) of one switch on the map: feature-states and paint updated, then the frame drawn. */
export interface MesureBascule {
  readonly appliquee: number;
  readonly peinte: number;
}
