/** A feature of a geojson-vt tile once transformed to tile units: polygons as rings of [x, y] (type 3). */
export interface EntiteTuile {
  type: number;
  geometry: number[][][] | number[][];
  tags: Record<string, unknown> | null;
  id?: unknown;
}

type Point = [number, number];

/**
 * Brings tile features cut on a fine grid (`extentSource` units across the tile) to the zoom's grid (`extent`), as
 * ST_AsMVTGeom does on the PostGIS path: each vertex is rounded to the grid (the same vertex of two neighbours lands
 * on the same point, so shared borders stay shared) and repeated vertices are merged. A hole that collapses — fewer
 * than three distinct points, no area, or its orientation flipped by the rounding — is dropped, and so are the
 * holes of an outer ring that folded. An outer ring is never dropped: geojson-vt already left out the rings under
 * one pixel², so a folded one (by its simplification or by the grid) is a commune a person should see, and a thin
 * diamond stands for it. Returns new features; the input (kept in the geojson-vt index) is not modified.
 */
export function ramenerALaGrille<E extends EntiteTuile>(entites: readonly E[], extentSource: number, extent: number): E[] {
  const facteur = extentSource / extent;
  const resultat: E[] = [];
  for (const entite of entites) {
    if (entite.type !== 3) {
      resultat.push({ ...entite, geometry: arrondirTout(entite.geometry, facteur) });
      continue;
    }
    const anneaux = ramenerPolygone(entite.geometry as Point[][], facteur);
    if (anneaux.length > 0) resultat.push({ ...entite, geometry: anneaux });
  }
  return resultat;
}

function ramenerPolygone(anneaux: readonly Point[][], facteur: number): Point[][] {
  const garde: Point[][] = [];
  let exterieurGarde = false;
  for (const anneau of anneaux) {
    const sens = Math.sign(aire(anneau));
    // geojson-vt leaves a flat ring (area 0) where simplification folded a small polygon: an outer ring
    const exterieur = sens >= 0;
    if (!exterieur && !exterieurGarde) continue;
    if (sens === 0) {
      const losange = losangeDe(anneau, facteur);
      if (losange) garde.push(losange);
      // a diamond has no holes
      exterieurGarde = false;
      continue;
    }
    const arrondi = arrondirAnneau(anneau, facteur);
    const valide = arrondi.length >= 4 && Math.sign(aire(arrondi)) === sens;
    if (valide) garde.push(arrondi);
    else if (exterieur) {
      // an outer ring folded by the coarser grid: a diamond keeps the polygon visible
      const losange = losangeDe(anneau, facteur);
      if (losange) garde.push(losange);
    }
    if (exterieur) exterieurGarde = valide;
  }
  return garde;
}

/**
 * A polygon of at least one pixel² (geojson-vt drops smaller rings) that simplification folded onto a segment:
 * it lies within the one-pixel tolerance of that segment, so a diamond one coarse cell wide on each side of it
 * stands for it instead of leaving a hole in the choropleth. Null when there is no segment at all.
 */
function losangeDe(anneau: readonly Point[], facteur: number): Point[] | null {
  const points = arrondirAnneau(anneau, facteur, false);
  if (points.length === 0) return null;
  const a = points[0];
  const b = points.reduce((loin, p) => (distance2(a, p) > distance2(a, loin) ? p : loin), a);
  const [dx, dy] = distance2(a, b) > 0 ? [b[0] - a[0], b[1] - a[1]] : [1, 0];
  const longueur = Math.hypot(dx, dy);
  // unit normal, rounded to a whole cell so that the diamond never folds back once on the grid
  const nx = Math.round(-dy / longueur);
  const ny = Math.round(dx / longueur);
  const m: Point = [Math.round((a[0] + b[0]) / 2), Math.round((a[1] + b[1]) / 2)];
  const losange: Point[] =
    distance2(a, b) > 0
      ? [a, [m[0] - nx, m[1] - ny], b, [m[0] + nx, m[1] + ny], a]
      : [
          [a[0] - 1, a[1]],
          [a[0], a[1] - 1],
          [a[0] + 1, a[1]],
          [a[0], a[1] + 1],
          [a[0] - 1, a[1]],
        ];
  // outer rings turn the positive way (MVT specification, y pointing down)
  return aire(losange) > 0 ? losange : losange.reverse();
}

const distance2 = (a: Point, b: Point) => (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2;

/** Rounded ring without repeated vertices, closed (first point repeated at the end) as geojson-vt gives it. */
function arrondirAnneau(anneau: readonly Point[], facteur: number, fermer = true): Point[] {
  const points: Point[] = [];
  for (const [x, y] of anneau) {
    const p: Point = [Math.round(x / facteur), Math.round(y / facteur)];
    const dernier = points[points.length - 1];
    if (!dernier || dernier[0] !== p[0] || dernier[1] !== p[1]) points.push(p);
  }
  const premier = points[0];
  const dernier = points[points.length - 1];
  if (points.length > 1 && premier[0] === dernier[0] && premier[1] === dernier[1]) points.pop();
  if (!fermer) return points;
  if (points.length < 3) return [];
  points.push([points[0][0], points[0][1]]);
  return points;
}

/** Twice the signed area (shoelace), in tile units; the sign gives the orientation. */
function aire(anneau: readonly Point[]): number {
  let somme = 0;
  for (let i = 0, j = anneau.length - 1; i < anneau.length; j = i++) somme += anneau[j][0] * anneau[i][1] - anneau[i][0] * anneau[j][1];
  return somme;
}

function arrondirTout(geometrie: number[][] | number[][][], facteur: number): number[][] | number[][][] {
  return geometrie.map((g) => (typeof g[0] === 'number' ? (g as number[]).map((v) => Math.round(v / facteur)) : arrondirTout(g as number[][], facteur))) as
    number[][] | number[][][];
}
