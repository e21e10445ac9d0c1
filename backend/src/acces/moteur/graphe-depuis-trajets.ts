import { PalierDecroissance } from './decroissance';
import { GrapheTrajets, construireGraphe } from './graphe-trajets';

/** Rows of the `trajet` table grouped by origin, as compact text: `destination minutes destination minutes…`. */
export interface TrajetsParOrigine {
  o: string;
  d: string;
}

/** Pairs as parallel typed arrays over commune indices (pairs whose communes are not in `index` are dropped). */
export interface PairesIndexees {
  origines: Int32Array;
  destinations: Int32Array;
  minutes: Float64Array;
}

export function indexerTrajets(index: ReadonlyMap<string, number>, lignes: readonly TrajetsParOrigine[]): PairesIndexees {
  let total = 0;
  for (const l of lignes) total += (l.d.split(' ').length / 2) | 0;
  const origines = new Int32Array(total);
  const destinations = new Int32Array(total);
  const minutes = new Float64Array(total);
  let e = 0;
  for (const l of lignes) {
    const o = index.get(l.o);
    if (o === undefined) continue;
    const morceaux = l.d.split(' ');
    for (let k = 0; k + 1 < morceaux.length; k += 2) {
      const d = index.get(morceaux[k]);
      if (d === undefined) continue;
      origines[e] = o;
      destinations[e] = d;
      minutes[e] = Number(morceaux[k + 1]);
      e++;
    }
  }
  return { origines: origines.subarray(0, e), destinations: destinations.subarray(0, e), minutes: minutes.subarray(0, e) };
}

export function grapheDepuisPaires(n: number, p: PairesIndexees, paliers?: readonly PalierDecroissance[]): GrapheTrajets {
  return construireGraphe(n, p.origines, p.destinations, p.minutes, paliers);
}
