/**
 * Distance decay of the DREES APL (sheet « Paramètres » of the official file): accessibility 1 under 10 minutes,
 * 2/3 from 10 to 15, 1/3 from 15 to 20, 0 beyond 20. The upper bound of the last step is included (≤ 20 min is in reach).
 */
export interface PalierDecroissance {
  /** upper bound of the step in minutes (exclusive, except the last step whose bound is included) */
  jusqua: number;
  poids: number;
}

export const DECROISSANCE_DREES: readonly PalierDecroissance[] = [
  { jusqua: 10, poids: 1 },
  { jusqua: 15, poids: 2 / 3 },
  { jusqua: 20, poids: 1 / 3 },
];

/** Portée de l'APL : au-delà, la commune n'est plus accessible. */
export const PORTEE_MINUTES = 20;

export function poidsDistance(minutes: number, paliers: readonly PalierDecroissance[] = DECROISSANCE_DREES): number {
  const dernier = paliers.length - 1;
  for (let k = 0; k < dernier; k++) if (minutes < paliers[k].jusqua) return paliers[k].poids;
  return minutes <= paliers[dernier].jusqua ? paliers[dernier].poids : 0;
}
