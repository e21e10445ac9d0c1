/** Boundary layers served as vector tiles; the MVT layer inside each tile has the same name. */
export const COUCHES_TUILES = ['communes', 'epci', 'departements', 'regions'] as const;
export type CoucheTuiles = (typeof COUCHES_TUILES)[number];

/** Deepest zoom served: beyond it the map over-zooms (commune outlines are simplified to ~1 m). */
export const ZOOM_MAX = 14;
