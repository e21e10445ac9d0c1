import { CoordonneesTuile } from './coordonnees-tuile';

/** [ouest, sud, est, nord] in WGS84. */
export type Emprise = readonly [number, number, number, number];

/** Approximate extents of metropolitan France (with Corsica) and of the five DROM. */
export const EMPRISES_FRANCE: readonly Emprise[] = [
  [-5.2, 41.3, 9.6, 51.1], // métropole et Corse
  [-61.85, 15.8, -61.0, 16.55], // Guadeloupe
  [-61.25, 14.35, -60.8, 14.9], // Martinique
  [-54.6, 2.1, -51.6, 5.8], // Guyane
  [55.2, -21.4, 55.85, -20.85], // La Réunion
  [44.95, -13.05, 45.3, -12.6], // Mayotte
];

const colonne = (lon: number, z: number) => Math.floor(((lon + 180) / 360) * 2 ** z);
const ligne = (lat: number, z: number) => {
  const r = (lat * Math.PI) / 180;
  return Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * 2 ** z);
};

/** Web Mercator tiles of zoom z that intersect the extents, without duplicates. */
export function tuilesCouvrant(emprises: readonly Emprise[], z: number): CoordonneesTuile[] {
  const vues = new Map<string, CoordonneesTuile>();
  for (const [ouest, sud, est, nord] of emprises) {
    for (let x = colonne(ouest, z); x <= colonne(est, z); x++) {
      for (let y = ligne(nord, z); y <= ligne(sud, z); y++) vues.set(`${x}/${y}`, { z, x, y });
    }
  }
  return [...vues.values()];
}
