import { readFileSync } from 'node:fs';

/** Settings of the supply estimation (geo-data/acces/offre-estimee.json), checked when read. */
export interface ParametresOffreEstimee {
  description: string;
  ponderation: string;
  balayagesMax: number;
  toleranceRelative: number;
  consultationsParEtp: { valeur: number; libelle: string; source: string; urls: string[]; statut: string };
}

export function lireParametresOffreEstimee(fichier: string): ParametresOffreEstimee {
  const p = JSON.parse(readFileSync(fichier, 'utf8')) as ParametresOffreEstimee;
  const entier = (v: unknown, min: number, max: number) => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
  if (!entier(p.balayagesMax, 1, 100_000))
    throw new Error(`Paramètres d’offre estimée invalides (${fichier}) : balayagesMax doit être un entier de 1 à 100 000.`);
  if (typeof p.toleranceRelative !== 'number' || !(p.toleranceRelative >= 0 && p.toleranceRelative < 1)) {
    throw new Error(`Paramètres d’offre estimée invalides (${fichier}) : toleranceRelative doit être un nombre de 0 à 1.`);
  }
  if (!entier(p.consultationsParEtp?.valeur, 1000, 10_000)) {
    throw new Error(`Paramètres d’offre estimée invalides (${fichier}) : consultationsParEtp.valeur doit être un entier de 1 000 à 10 000.`);
  }
  return p;
}

export const LIBELLE_OFFRE_ESTIMEE = 'offre estimée à partir de l’APL publiée — modèle de distance';
