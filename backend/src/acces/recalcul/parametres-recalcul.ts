import { DECROISSANCE_DREES, PORTEE_MINUTES, PalierDecroissance } from '../moteur/decroissance';

/**
 * Decay steps cut at a reach: steps beyond the reach are dropped, the last kept step ends at the reach (≤ 20 min:
 * the pair table holds the pairs within 20 minutes only). Steps must rise strictly and weights lie in ]0, 1].
 */
export function paliersAPortee(paliers: readonly PalierDecroissance[] = DECROISSANCE_DREES, portee = PORTEE_MINUTES): PalierDecroissance[] {
  const gardes: PalierDecroissance[] = [];
  for (const p of paliers) {
    if (gardes.length && gardes[gardes.length - 1].jusqua >= portee) break;
    gardes.push({ jusqua: Math.min(p.jusqua, portee), poids: p.poids });
  }
  if (gardes.length) gardes[gardes.length - 1] = { ...gardes[gardes.length - 1], jusqua: portee };
  return gardes;
}

export function sontLesPaliersDrees(paliers: readonly PalierDecroissance[]): boolean {
  return (
    paliers.length === DECROISSANCE_DREES.length &&
    paliers.every((p, k) => p.jusqua === DECROISSANCE_DREES[k].jusqua && p.poids === DECROISSANCE_DREES[k].poids)
  );
}

/**
 * Standardised population under another population vintage: each commune keeps the age structure the DREES
 * standardisation gave it (P̃ / P of the vintage), applied to the new population; a commune with no population in
 * the vintage takes the national ratio.
 */
export function populationStandardiseeRebasee(standardisee: ArrayLike<number>, totaleMillesime: ArrayLike<number>, nouvelle: ArrayLike<number>): Float64Array {
  let s = 0;
  let t = 0;
  for (let i = 0; i < standardisee.length; i++) {
    s += standardisee[i];
    t += totaleMillesime[i];
  }
  const national = t > 0 ? s / t : 1;
  return Float64Array.from({ length: standardisee.length }, (_, i) =>
    totaleMillesime[i] > 0 ? (standardisee[i] / totaleMillesime[i]) * nouvelle[i] : national * nouvelle[i],
  );
}
