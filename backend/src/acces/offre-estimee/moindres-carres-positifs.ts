/**
 * Sparse non-negative least squares: minimise Σ_i w_i (Σ_j A_ij x_j − b_i)² subject to x ≥ 0.
 *
 * Algorithm: sequential coordinate-wise descent (Franc, Hlaváč & Navara, « Sequential Coordinate-Wise Algorithm for
 * the Non-negative Least Squares Problem », CAIP 2005), written on the residual instead of the dense Hessian so that
 * it works on a sparse A: for each column j in turn, the exact minimiser of the objective along x_j, projected on
 * x_j ≥ 0, is x_j ← max(0, x_j + Σ_i w_i A_ij r_i / Σ_i w_i A_ij²) with r = b − A x, and r is updated on the column's
 * non-zeros only. Each sweep costs nnz(A); the objective never increases and the iterates converge to the NNLS
 * solution (the problem is convex; the coordinate minimisations are exact). No maintained sparse NNLS exists on npm
 * (ml-fcnnls is dense: 10⁴ unknowns would need a 10⁸-cell Gram matrix).
 *
 * Stops when a sweep lowers the objective by less than `toleranceRelative` of its value, or after `balayagesMax`
 * sweeps; reports the sweeps done and the largest KKT violation (projected gradient, scaled by the column norm).
 */
export interface ColonnesCreuses {
  /** number of rows (equations) */
  lignes: number;
  /** column start offsets into `ligne`/`valeur`, length = columns + 1 */
  debut: Int32Array;
  ligne: Int32Array;
  valeur: Float64Array;
}

export interface OptionsMoindresCarres {
  /** row weights w_i ≥ 0 (all 1 when absent) */
  poids?: ArrayLike<number>;
  /** starting point (x ≥ 0), e.g. the previous vintage's solution */
  depart?: ArrayLike<number>;
  balayagesMax?: number;
  toleranceRelative?: number;
}

export interface SolutionMoindresCarres {
  x: Float64Array;
  /** b − A x */
  residu: Float64Array;
  /** Σ w_i r_i² */
  objectif: number;
  balayages: number;
  /** max_j of the projected gradient ÷ sqrt(h_j): 0 at the exact optimum */
  ecartKkt: number;
}

export function moindresCarresPositifs(a: ColonnesCreuses, b: ArrayLike<number>, options: OptionsMoindresCarres = {}): SolutionMoindresCarres {
  const { debut, ligne, valeur } = a;
  const colonnes = debut.length - 1;
  const w = options.poids;
  const poids = (i: number) => (w ? w[i] : 1);
  const balayagesMax = options.balayagesMax ?? 2000;
  const tolerance = options.toleranceRelative ?? 1e-10;

  // h_j = Σ_i w_i A_ij² (diagonal of the weighted Gram matrix); empty columns stay at 0.
  const h = new Float64Array(colonnes);
  for (let j = 0; j < colonnes; j++) {
    let s = 0;
    for (let e = debut[j]; e < debut[j + 1]; e++) s += poids(ligne[e]) * valeur[e] * valeur[e];
    h[j] = s;
  }
  const x = new Float64Array(colonnes);
  const r = Float64Array.from(b);
  if (options.depart) {
    for (let j = 0; j < colonnes; j++) {
      const x0 = Math.max(0, options.depart[j]);
      if (!(x0 > 0) || h[j] === 0) continue;
      x[j] = x0;
      for (let e = debut[j]; e < debut[j + 1]; e++) r[ligne[e]] -= valeur[e] * x0;
    }
  }
  const objectif = () => {
    let s = 0;
    for (let i = 0; i < r.length; i++) s += poids(i) * r[i] * r[i];
    return s;
  };
  let courant = objectif();
  let balayages = 0;
  while (balayages < balayagesMax && courant > 0) {
    balayages++;
    let baisse = 0;
    for (let j = 0; j < colonnes; j++) {
      if (h[j] === 0) continue;
      let g = 0;
      for (let e = debut[j]; e < debut[j + 1]; e++) g += poids(ligne[e]) * valeur[e] * r[ligne[e]];
      const nouveau = Math.max(0, x[j] + g / h[j]);
      const delta = nouveau - x[j];
      if (delta === 0) continue;
      // exact decrease of the objective along the coordinate: 2·δ·g − δ²·h
      baisse += 2 * delta * g - delta * delta * h[j];
      x[j] = nouveau;
      for (let e = debut[j]; e < debut[j + 1]; e++) r[ligne[e]] -= valeur[e] * delta;
    }
    courant = Math.max(0, courant - baisse);
    if (baisse <= tolerance * courant) break;
  }
  courant = objectif(); // exact value, free of the accumulated rounding of the running decrease
  let ecartKkt = 0;
  for (let j = 0; j < colonnes; j++) {
    if (h[j] === 0) continue;
    let g = 0;
    for (let e = debut[j]; e < debut[j + 1]; e++) g += poids(ligne[e]) * valeur[e] * r[ligne[e]];
    // optimality: g = 0 where x_j > 0, g ≤ 0 where x_j = 0
    const viole = x[j] > 0 ? Math.abs(g) : Math.max(0, g);
    ecartKkt = Math.max(ecartKkt, viole / Math.sqrt(h[j]));
  }
  return { x, residu: r, objectif: courant, balayages, ecartKkt };
}
