import { EntiteTuile, ramenerALaGrille } from './grille-tuile';

/** A closed square ring, clockwise in tile units (y down), as geojson-vt gives outer rings. */
const carre = (x: number, y: number, cote: number): number[][] => [
  [x, y],
  [x + cote, y],
  [x + cote, y + cote],
  [x, y + cote],
  [x, y],
];
const polygone = (code: string, ...anneaux: number[][][]): EntiteTuile => ({ type: 3, geometry: anneaux, tags: { code } });
const inverse = (anneau: number[][]) => [...anneau].reverse();
/** Twice the signed area (shoelace): positive for outer rings in tile units (y down). */
const aire = (anneau: number[][]) =>
  anneau.reduce((s, [x, y], i) => s + anneau[(i + anneau.length - 1) % anneau.length][0] * y - x * anneau[(i + anneau.length - 1) % anneau.length][1], 0);

describe('ramenerALaGrille', () => {
  it('divides the coordinates by the ratio of the extents, rounding each vertex', () => {
    const [entite] = ramenerALaGrille([polygone('A', carre(400, 800, 401))], 4096, 512);
    expect(entite.geometry).toEqual([carre(50, 100, 50)]);
    expect(entite.tags).toEqual({ code: 'A' });
  });

  it('keeps a border shared by two neighbours shared: the same vertex rounds to the same point', () => {
    // two neighbours sharing the vertical border x = 1003…1013 (a wiggle finer than the coarse grid)
    const gauche = [
      [0, 0],
      [1003, 0],
      [1013, 500],
      [1003, 1000],
      [0, 1000],
      [0, 0],
    ];
    const droite = [
      [1003, 0],
      [2000, 0],
      [2000, 1000],
      [1003, 1000],
      [1013, 500],
      [1003, 0],
    ];
    const [a, b] = ramenerALaGrille([polygone('G', gauche), polygone('D', droite)], 4096, 512);
    const bordA = (a.geometry as number[][][])[0].filter(([x]) => x > 100);
    const bordB = (b.geometry as number[][][])[0].filter(([x]) => x < 200);
    expect(new Set(bordA.map((p) => p.join()))).toEqual(new Set(bordB.map((p) => p.join())));
  });

  it('merges vertices that fall on the same grid point', () => {
    const anneau = [
      [0, 0],
      [2, 1],
      [800, 0],
      [800, 800],
      [0, 800],
      [0, 0],
    ];
    const [entite] = ramenerALaGrille([polygone('A', anneau)], 4096, 512);
    expect(entite.geometry).toEqual([carre(0, 0, 100)]);
  });

  it('keeps a polygon that the coarser grid folds as a diamond one cell wide, not a hole', () => {
    const entites = ramenerALaGrille([polygone('minuscule', carre(801, 801, 2)), polygone('grand', carre(0, 0, 800))], 4096, 512);
    expect(entites.map((e) => e.tags?.['code'])).toEqual(['minuscule', 'grand']);
    const [losange] = entites[0].geometry as number[][][];
    expect(losange).toHaveLength(5);
    expect(aire(losange)).toBeGreaterThan(0);
    for (const [x, y] of losange) {
      expect(Math.abs(x - 100)).toBeLessThanOrEqual(1);
      expect(Math.abs(y - 100)).toBeLessThanOrEqual(1);
    }
  });

  it('draws a diamond along the segment where geojson-vt flattened a small polygon (area 0)', () => {
    const plat = [
      [0, 0],
      [800, 400],
      [0, 0],
    ];
    const [entite] = ramenerALaGrille([polygone('A', plat)], 4096, 4096);
    const [losange] = entite.geometry as number[][][];
    expect(losange[0]).toEqual([0, 0]);
    expect(losange[2]).toEqual([800, 400]);
    expect(aire(losange)).toBeGreaterThan(0);
  });

  it('drops a hole that collapses but keeps the outer ring', () => {
    const [entite] = ramenerALaGrille([polygone('A', carre(0, 0, 800), inverse(carre(400, 400, 2)))], 4096, 512);
    expect(entite.geometry).toEqual([carre(0, 0, 100)]);
  });

  it('drops the holes of an outer ring that folded, and keeps the next polygon of the same feature', () => {
    const [entite] = ramenerALaGrille([polygone('A', carre(1000, 1000, 3), inverse(carre(1001, 1001, 1)), carre(0, 0, 800))], 4096, 512);
    const anneaux = entite.geometry as number[][][];
    expect(anneaux).toHaveLength(2);
    expect(anneaux[1]).toEqual(carre(0, 0, 100));
    expect(anneaux.every((a) => aire(a) > 0)).toBe(true);
  });

  it('replaces a thin sliver whose orientation flips once rounded by a diamond turning the outer way', () => {
    // an outer ring A, C, B: B is below the line A–C (at x = 800 the line is at y = 10), once rounded above it (1 < 1.5)
    const aiguille = [
      [0, 0],
      [1600, 20],
      [800, 11],
      [0, 0],
    ];
    expect(aire(aiguille)).toBeGreaterThan(0);
    const [entite] = ramenerALaGrille([polygone('A', aiguille)], 4096, 512);
    const [losange] = entite.geometry as number[][][];
    expect(aire(losange)).toBeGreaterThan(0);
    expect(losange).toContainEqual([200, 3]);
  });

  it('returns the features unchanged when the grid is the same, without touching the input', () => {
    const entites = [polygone('A', carre(400, 800, 401))];
    const copie = JSON.parse(JSON.stringify(entites));
    expect(ramenerALaGrille(entites, 4096, 4096)).toEqual(entites);
    ramenerALaGrille(entites, 4096, 512);
    expect(entites).toEqual(copie);
  });
});
