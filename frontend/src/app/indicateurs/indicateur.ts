/** One class of a choropleth: values in [min, next class's min). */
export interface ClasseIndicateur {
  readonly min: number;
  readonly couleur: string;
  readonly libelle: string;
}

/** Where an indicator's values come from (each has its own API and vintage axis). */
export type OrigineIndicateur = 'acces' | 'zonage' | 'population';

export type CodeIndicateur = 'apl' | 'apl_moins_65' | 'fragilite' | 'classe' | 'evolution' | 'zonage_medecin' | 'population';

/** What the map needs to colour communes by an indicator and to write its legend. */
export interface Indicateur {
  readonly code: CodeIndicateur;
  readonly libelle: string;
  readonly unite: string;
  readonly origine: OrigineIndicateur;
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
}
