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
  return { n, sortants: compresser(n, origines, destinations, poids), entrants: compresser(n, destinations, origines, poids) };
}

function compresser(n: number, lignes: ArrayLike<number>, colonnes: ArrayLike<number>, poids: Float64Array): Adjacence {
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
  for (let e = 0; e < poids.length; e++) {
    if (poids[e] <= 0) continue;
    const k = curseur[lignes[e]]++;
    voisin[k] = colonnes[e];
    p[k] = poids[e];
  }
  return { debut, voisin, poids: p };
}
