/** Where the map looks: centre (WGS84) and zoom, as kept in the URL (`carte=lng,lat,zoom`). */
export interface PositionCarte {
  readonly lng: number;
  readonly lat: number;
  readonly zoom: number;
}

/** Metropolitan France on first display. */
export const POSITION_INITIALE: PositionCarte = { lng: 1.2, lat: 46.4, zoom: 4.6 };

/** `lng,lat,zoom` with 4 decimals (about 10 m) and 2 for the zoom: the same view gives the same text. */
export function ecrirePosition(p: PositionCarte): string {
  return `${arrondir(p.lng, 4)},${arrondir(p.lat, 4)},${arrondir(p.zoom, 2)}`;
}

/** The position of a `carte` parameter, or null when it is not one (wrong count, not numbers, out of range). */
export function lirePosition(texte: string | null): PositionCarte | null {
  if (!texte) return null;
  const morceaux = texte.split(',');
  if (morceaux.length !== 3 || morceaux.some((m) => !/^-?\d+(\.\d+)?$/.test(m.trim()))) return null;
  const [lng, lat, zoom] = morceaux.map(Number);
  if (Math.abs(lng) > 180 || Math.abs(lat) > 85 || zoom < 0 || zoom > 22) return null;
  return { lng, lat, zoom };
}

export function memePosition(a: PositionCarte | null, b: PositionCarte | null): boolean {
  return (a === null && b === null) || (a !== null && b !== null && ecrirePosition(a) === ecrirePosition(b));
}

function arrondir(x: number, decimales: number): number {
  const f = 10 ** decimales;
  // `+ 0` turns -0 into 0 (a map centred on the meridian writes « 0 », not « -0 »).
  return Math.round(x * f) / f + 0;
}
