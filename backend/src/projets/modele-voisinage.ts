import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

/**
 * Two projects compete for the same area when their communes are within 20 minutes (the reach of the APL).
 * Straight-line fallback parameters come from the access engine's model file (same detour factor and speed);
 * the values below are that file's documented defaults, used only if the file is absent.
 */
export interface ModeleVoisinage {
  minutes: number;
  facteurDetour: number;
  vitesseKmh: number;
}

export const MINUTES_CHEVAUCHEMENT = 20;

export function lireModeleVoisinage(racineProjet: string): ModeleVoisinage {
  const fichier = path.join(racineProjet, 'geo-data', 'acces', 'modele-trajet.json');
  const defaut = { minutes: MINUTES_CHEVAUCHEMENT, facteurDetour: 1.3, vitesseKmh: 60 };
  if (!existsSync(fichier)) return defaut;
  const brut = JSON.parse(readFileSync(fichier, 'utf8')) as { facteurDetour?: unknown; vitesseKmh?: unknown };
  return {
    minutes: MINUTES_CHEVAUCHEMENT,
    facteurDetour: typeof brut.facteurDetour === 'number' ? brut.facteurDetour : defaut.facteurDetour,
    vitesseKmh: typeof brut.vitesseKmh === 'number' ? brut.vitesseKmh : defaut.vitesseKmh,
  };
}
