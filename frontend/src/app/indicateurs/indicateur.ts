/** One class of a choropleth: values in [min, next class's min). */
export interface ClasseIndicateur {
  readonly min: number;
  readonly couleur: string;
  readonly libelle: string;
}

/** What the map needs to colour communes by an indicator and to write its legend. */
export interface Indicateur {
  readonly code: string;
  readonly libelle: string;
  readonly unite: string;
  /** Ascending by `min`; the first class starts at the lowest possible value. */
  readonly classes: readonly ClasseIndicateur[];
}

/** Values joined to the geometry by INSEE code, with their provenance (shown in the legend). */
export interface ValeursIndicateur {
  readonly indicateur: string;
  readonly source: string;
  readonly millesime: string;
  readonly valeurs: Readonly<Record<string, number>>;
}
