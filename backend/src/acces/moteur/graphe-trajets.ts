import { DECROISSANCE_DREES, PalierDecroissance, poidsDistance } from './decroissance';

/**
 * Pairs of communes within reach, as compressed sparse rows (CSR) over commune indices 0..n-1.
 * `sortants` lists, for each origin i, the destinations j and f(t_ij); `entrants` lists, for each destination j,
 * the origins k and f(t_kj). With the symmetric distance model both are equal, but the engine does not rely on it
 * (a real road matrix is asymmetric).
 */
export interface Adjacence {
  debut: Int32Array; // n + 1 offsets
  voisin: Int32Array;
  poids: Float64Array;
  /** travel time of each entry, so that other decay steps only recompute `poids` on the same structure */
  minutes: Float64Array;
}

export interface GrapheTrajets {
  n: number;
  sortants: Adjacence;
  entrants: Adjacence;
}

export function construireGraphe(
  n: number,
  origines: ArrayLike<number>,
  destinations: ArrayLike<number>,
  minutes: ArrayLike<number>,
  paliers: readonly PalierDecroissance[] = DECROISSANCE_DREES,
): GrapheTrajets {
  const poids = new Float64Array(minutes.length);
  for (let e = 0; e < minutes.length; e++) poids[e] = poidsDistance(minutes[e], paliers);
  return { n, sortants: compresser(n, origines, destinations, poids, minutes), entrants: compresser(n, destinations, origines, poids, minutes) };
}

function compresser(n: number, lignes: ArrayLike<number>, colonnes: ArrayLike<number>, poids: Float64Array, minutes: ArrayLike<number>): Adjacence {
  const debut = new Int32Array(n + 1);
  let m = 0;
  for (let e = 0; e < poids.length; e++) {
    if (poids[e] > 0) {
      debut[lignes[e] + 1]++;
      m++;
    }
  }
  for (let i = 0; i < n; i++) debut[i + 1] += debut[i];
  const curseur = debut.slice(0, n);
  const voisin = new Int32Array(m);
  const p = new Float64Array(m);
  const t = new Float64Array(m);
  for (let e = 0; e < poids.length; e++) {
    if (poids[e] <= 0) continue;
    const k = curseur[lignes[e]]++;
    voisin[k] = colonnes[e];
    p[k] = poids[e];
    t[k] = minutes[e];
  }
  return { debut, voisin, poids: p, minutes: t };
}

/**
 * The same pairs under other decay steps, without rebuilding the structure: offsets, neighbours and minutes are
 * shared with `g`, only the weights are recomputed — into `dans` when given (its weight arrays are overwritten in
 * place), else into new arrays. A pair beyond the last step keeps its entry with weight 0 where a full rebuild drops
 * it, which changes no sum (of finite ratios). The steps must not reach further than the steps `g` was built with (pairs `g` dropped
 * are not in it).
 */
export function repondererGraphe(g: GrapheTrajets, paliers: readonly PalierDecroissance[], dans?: GrapheTrajets): GrapheTrajets {
  const sortants = cible(g.sortants, dans?.sortants);
  const entrants = cible(g.entrants, dans?.entrants);
  reponderer(g.sortants.minutes, sortants.poids, paliers);
  reponderer(g.entrants.minutes, entrants.poids, paliers);
  return { n: g.n, sortants, entrants };
}

/** `dans` when it shares the structure of `a` with weights of its own (never the weights of `a`), else a copy. */
function cible(a: Adjacence, dans: Adjacence | undefined): Adjacence {
  return dans && dans.debut === a.debut && dans.voisin === a.voisin && dans.poids !== a.poids ? dans : { ...a, poids: new Float64Array(a.poids.length) };
}

/**
 * `poidsDistance` for every entry, without branches (the minutes of a row are in no order, a branch per step would
 * be mispredicted half the time): k counts the bounds passed, then the entries beyond the reach go to the 0 slot.
 * Minutes in the structure are never NaN (a pair without weight is not in it).
 */
function reponderer(minutes: Float64Array, poids: Float64Array, paliers: readonly PalierDecroissance[]): void {
  const dernier = paliers.length - 1;
  const bornes = Float64Array.from(paliers, (p) => p.jusqua);
  const table = new Float64Array(paliers.length + 1); // the last slot, beyond the reach, stays 0
  paliers.forEach((p, k) => (table[k] = p.poids));
  const portee = dernier >= 0 ? bornes[dernier] : -Infinity;
  const horsPortee = paliers.length;
  for (let e = 0; e < minutes.length; e++) {
    const t = minutes[e];
    let k = 0;
    for (let b = 0; b < dernier; b++) k += +(t >= bornes[b]);
    k += +(t > portee) * (horsPortee - k);
    poids[e] = table[k];
  }
}
