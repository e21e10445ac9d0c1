declare module 'vt-pbf' {
  /** Encodes geojson-vt tiles (one per MVT layer name) as a Mapbox Vector Tile. */
  export function fromGeojsonVt(couches: Record<string, unknown>, options?: { version?: number; extent?: number }): Uint8Array;
}
