import { ModeleTrajet, minutesDepuisDistance, minutesIntraCommune } from '../trajets/modele-trajet';

/**
 * A small hand-made territory (coordinates in km) for the engine's correctness specs: a valley of five communes,
 * a hamlet off the axis, a commune with no inhabitant but a practice, and two islands without any neighbour
 * (one inhabited, one empty with a GP).
 */
export interface CommuneEssai {
  code: string;
  x: number;
  y: number;
  surfaceKm2: number;
  populationStandardisee: number;
  offre: number;
}

export const MODELE_ESSAI: ModeleTrajet = { facteurDetour: 1.3, vitesseKmh: 60, porteeMinutes: 20, description: 'essai' };

export const TERRITOIRE_ESSAI: CommuneEssai[] = [
  { code: 'A', x: 0, y: 0, surfaceKm2: 20, populationStandardisee: 1000, offre: 20000 },
  { code: 'B', x: 5, y: 0, surfaceKm2: 12, populationStandardisee: 500, offre: 0 },
  { code: 'C', x: 9, y: 0, surfaceKm2: 30, populationStandardisee: 2000, offre: 5400 },
  { code: 'D', x: 12, y: 3, surfaceKm2: 5, populationStandardisee: 0, offre: 3600 },
  { code: 'E', x: 14.5, y: 0, surfaceKm2: 8, populationStandardisee: 300, offre: 0 },
  { code: 'F', x: 16, y: 0, surfaceKm2: 10, populationStandardisee: 400, offre: 0 },
  { code: 'H', x: 7, y: 7, surfaceKm2: 15, populationStandardisee: 800, offre: 0 },
  { code: 'I', x: 100, y: 100, surfaceKm2: 2000, populationStandardisee: 50, offre: 3600 },
  { code: 'J', x: 200, y: 200, surfaceKm2: 3, populationStandardisee: 0, offre: 3600 },
];

/** Pairs within reach, both directions plus self pairs: what the `trajet` table holds for this territory. */
export function pairesEssai(communes = TERRITOIRE_ESSAI, m = MODELE_ESSAI) {
  const origines: number[] = [];
  const destinations: number[] = [];
  const minutes: number[] = [];
  communes.forEach((a, i) =>
    communes.forEach((b, j) => {
      const t = i === j ? minutesIntraCommune(a.surfaceKm2, m) : minutesDepuisDistance(Math.hypot(a.x - b.x, a.y - b.y), m);
      if (t <= m.porteeMinutes) {
        origines.push(i);
        destinations.push(j);
        minutes.push(t);
      }
    }),
  );
  return { origines, destinations, minutes };
}
