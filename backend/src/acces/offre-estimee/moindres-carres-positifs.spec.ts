import { ColonnesCreuses, moindresCarresPositifs } from './moindres-carres-positifs';

/** Deterministic pseudo-random numbers (mulberry32), so that a failing case can be replayed. */
function aleatoire(graine: number): () => number {
  let a = graine >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Dense m×n matrix → column storage, zeros dropped. */
function versColonnes(a: number[][]): ColonnesCreuses {
  const m = a.length;
  const n = a[0].length;
  const debut = [0];
  const ligne: number[] = [];
  const valeur: number[] = [];
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < m; i++) {
      if (a[i][j] !== 0) {
        ligne.push(i);
        valeur.push(a[i][j]);
      }
    }
    debut.push(ligne.length);
  }
  return { lignes: m, debut: Int32Array.from(debut), ligne: Int32Array.from(ligne), valeur: Float64Array.from(valeur) };
}

/** Solves the square system M y = v by Gaussian elimination with partial pivoting (null when singular). */
function resoudre(mat: number[][], v: number[]): number[] | null {
  const k = v.length;
  const a = mat.map((l, i) => [...l, v[i]]);
  for (let c = 0; c < k; c++) {
    let p = c;
    for (let l = c + 1; l < k; l++) if (Math.abs(a[l][c]) > Math.abs(a[p][c])) p = l;
    if (Math.abs(a[p][c]) < 1e-12) return null;
    [a[c], a[p]] = [a[p], a[c]];
    for (let l = 0; l < k; l++) {
      if (l === c) continue;
      const f = a[l][c] / a[c][c];
      for (let q = c; q <= k; q++) a[l][q] -= f * a[c][q];
    }
  }
  return a.map((l, i) => l[k] / l[i]);
}

/**
 * Brute force NNLS: the optimum is the unconstrained least-squares solution on some support; try every support,
 * keep the feasible ones (x ≥ 0) and the lowest objective. Exponential: small n only.
 */
function forceBrute(a: number[][], b: number[], w: number[]): { x: number[]; objectif: number } {
  const m = a.length;
  const n = a[0].length;
  const objectif = (x: number[]) => a.reduce((s, l, i) => s + w[i] * (l.reduce((t, v, j) => t + v * x[j], 0) - b[i]) ** 2, 0);
  let meilleur = { x: new Array<number>(n).fill(0), objectif: objectif(new Array<number>(n).fill(0)) };
  for (let masque = 1; masque < 1 << n; masque++) {
    const s = [...Array(n).keys()].filter((j) => masque & (1 << j));
    const gram = s.map((p) => s.map((q) => a.reduce((t, l, i) => t + w[i] * l[p] * l[q], 0)));
    const droite = s.map((p) => a.reduce((t, l, i) => t + w[i] * l[p] * b[i], 0));
    const y = resoudre(gram, droite);
    if (!y || y.some((v) => v < -1e-12)) continue;
    const x = new Array<number>(n).fill(0);
    s.forEach((j, k) => (x[j] = Math.max(0, y[k])));
    const o = objectif(x);
    if (o < meilleur.objectif - 1e-15 * Math.max(1, m)) meilleur = { x, objectif: o };
  }
  return meilleur;
}

describe('moindresCarresPositifs (sparse NNLS by coordinate descent)', () => {
  it('matches the brute-force optimum on 40 random sparse weighted problems (objective and solution)', () => {
    const tirer = aleatoire(20260415);
    for (let cas = 0; cas < 40; cas++) {
      const m = 4 + Math.floor(tirer() * 8);
      const n = 2 + Math.floor(tirer() * 6);
      const a = Array.from({ length: m }, () => Array.from({ length: n }, () => (tirer() < 0.45 ? 0 : tirer())));
      const b = Array.from({ length: m }, () => tirer() * 4 - 1); // some negative targets force zeros
      const w = Array.from({ length: m }, () => 0.2 + tirer() * 3);
      const attendu = forceBrute(a, b, w);
      const obtenu = moindresCarresPositifs(versColonnes(a), b, { poids: w, balayagesMax: 100_000, toleranceRelative: 1e-15 });
      expect(obtenu.objectif).toBeCloseTo(attendu.objectif, 7);
      // the solution is unique when the active columns are independent, which random dense-enough columns are
      obtenu.x.forEach((v, j) => expect(v).toBeCloseTo(attendu.x[j], 4));
      expect(Math.min(...obtenu.x)).toBeGreaterThanOrEqual(0);
    }
  });

  it('recovers x exactly when b = A x with x ≥ 0 (the model is exact)', () => {
    const a = [
      [1, 0.5, 0],
      [0.5, 1, 0.3],
      [0, 0.3, 1],
      [0.2, 0, 0.7],
    ];
    const x = [2, 0, 3.5];
    const b = a.map((l) => l.reduce((s, v, j) => s + v * x[j], 0));
    const r = moindresCarresPositifs(versColonnes(a), b, { balayagesMax: 100_000, toleranceRelative: 0 });
    r.x.forEach((v, j) => expect(v).toBeCloseTo(x[j], 8));
    expect(r.objectif).toBeLessThan(1e-16);
    expect(r.ecartKkt).toBeLessThan(1e-8);
  });

  it('clamps to zero a column that could only fit a negative target, and leaves empty columns at zero', () => {
    const r = moindresCarresPositifs(
      versColonnes([
        [1, 0],
        [0, 0],
      ]),
      [-2, 1],
    );
    expect([...r.x]).toEqual([0, 0]);
    expect(r.objectif).toBe(5);
  });

  it('starts from a given point and reaches the same optimum', () => {
    const a = [
      [1, 0.4],
      [0.4, 1],
      [0.3, 0.3],
    ];
    const b = [1, 2, 0.5];
    const froid = moindresCarresPositifs(versColonnes(a), b, { toleranceRelative: 1e-15, balayagesMax: 10_000 });
    const chaud = moindresCarresPositifs(versColonnes(a), b, { depart: [5, 5], toleranceRelative: 1e-15, balayagesMax: 10_000 });
    chaud.x.forEach((v, j) => expect(v).toBeCloseTo(froid.x[j], 8));
  });
});
