import { readFileSync } from 'node:fs';
import { PORTEE_MINUTES } from '../moteur/decroissance';

/**
 * Travel time between communes, approximating the INSEE Metric road matrix used by the DREES (not available
 * offline): straight-line distance between the communes' inner points × detour factor ÷ mean road speed.
 * The self pair (a commune to itself) takes the mean distance from a point of a disc of the commune's area to its
 * centre (2/3 of the radius), at the same detour and speed, capped at the 20-minute reach: a commune's residents
 * always reach the supply located in it.
 */
export interface ModeleTrajet {
  facteurDetour: number;
  vitesseKmh: number;
  porteeMinutes: number;
  description: string;
}

export function lireModeleTrajet(fichier: string): ModeleTrajet {
  const brut = JSON.parse(readFileSync(fichier, 'utf8')) as Partial<ModeleTrajet>;
  const { facteurDetour, vitesseKmh } = brut;
  if (typeof facteurDetour !== 'number' || facteurDetour < 1 || facteurDetour > 3) {
    throw new Error(`Modèle de trajet invalide (${fichier}) : facteurDetour doit être un nombre entre 1 et 3.`);
  }
  if (typeof vitesseKmh !== 'number' || vitesseKmh < 10 || vitesseKmh > 130) {
    throw new Error(`Modèle de trajet invalide (${fichier}) : vitesseKmh doit être un nombre entre 10 et 130.`);
  }
  return { facteurDetour, vitesseKmh, porteeMinutes: PORTEE_MINUTES, description: String(brut.description ?? '') };
}

export function minutesDepuisDistance(distanceKm: number, m: ModeleTrajet): number {
  return ((distanceKm * m.facteurDetour) / m.vitesseKmh) * 60;
}

/** Straight-line distance matching the reach (e.g. 20 min at 60 km/h with a 1.3 detour ≈ 15.4 km). */
export function distanceMaxKm(m: ModeleTrajet): number {
  return (m.porteeMinutes * m.vitesseKmh) / 60 / m.facteurDetour;
}

/** Mean distance from a point of a disc of the commune's area to its centre: 2/3 of the radius. */
export function distanceIntraCommuneKm(surfaceKm2: number): number {
  return surfaceKm2 > 0 ? (2 / 3) * Math.sqrt(surfaceKm2 / Math.PI) : 0;
}

export function minutesIntraCommune(surfaceKm2: number, m: ModeleTrajet): number {
  return Math.min(m.porteeMinutes, minutesDepuisDistance(distanceIntraCommuneKm(surfaceKm2), m));
}
