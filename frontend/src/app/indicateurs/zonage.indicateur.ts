import { Indicateur } from './indicateur';

/** Zonage médecins classes (backend `classes-zonage.ts`); MIXTE: a grouped commune whose parts differ. */
export const CATEGORIES_ZONAGE: Readonly<Record<string, number>> = { ZIP: 0, ZAC: 1, ZAR: 2, HZ: 3, MIXTE: 4 };

/**
 * « Hors zonage » is a class (a commune that is neither ZIP, ZAC nor ZAR), solid mid grey; « sans donnée » (no class
 * loaded) is white with grey stripes, on the map and in the legend: the two never look alike.
 */
export const INDICATEUR_ZONAGE_MEDECIN: Indicateur = {
  code: 'zonage_medecin',
  libelle: 'Zonage médecins généralistes (arrêtés ARS)',
  unite: 'classe de zonage',
  origine: 'zonage',
  profession: 'medecin',
  annees: [],
  categories: CATEGORIES_ZONAGE,
  classes: [
    { min: 0, couleur: '#b2182b', libelle: 'ZIP : zone d’intervention prioritaire' },
    { min: 1, couleur: '#ef8a62', libelle: 'ZAC : zone d’action complémentaire' },
    { min: 2, couleur: '#fddbc7', libelle: 'ZAR : zone d’accompagnement régional' },
    { min: 3, couleur: '#a8a8a8', libelle: 'Hors zonage' },
    { min: 4, couleur: '#8073ac', libelle: 'Mixte (parties de classes différentes)' },
  ],
};

/** Zonage infirmiers classes (backend `CLASSES_INFIRMIER`), from the most to the least under-served. */
export const CATEGORIES_ZONAGE_INFIRMIER: Readonly<Record<string, number>> = {
  TRES_SOUS_DOTEE: 0,
  SOUS_DOTEE: 1,
  INTERMEDIAIRE: 2,
  TRES_DOTEE: 3,
  SUR_DOTEE: 4,
  MIXTE: 5,
};

/** The nurses' zonage (arrêté du 17 janvier 2020 and the ARS arrêtés), red (under-served) to blue (over-served). */
export const INDICATEUR_ZONAGE_INFIRMIER: Indicateur = {
  code: 'zonage_infirmier',
  libelle: 'Zonage infirmiers (arrêtés ARS)',
  unite: 'classe de zonage',
  origine: 'zonage',
  profession: 'infirmier',
  annees: [],
  categories: CATEGORIES_ZONAGE_INFIRMIER,
  classes: [
    { min: 0, couleur: '#b2182b', libelle: 'Très sous-dotée' },
    { min: 1, couleur: '#ef8a62', libelle: 'Sous-dotée' },
    { min: 2, couleur: '#f6e8c3', libelle: 'Intermédiaire' },
    { min: 3, couleur: '#92c5de', libelle: 'Très dotée' },
    { min: 4, couleur: '#2166ac', libelle: 'Surdotée' },
    { min: 5, couleur: '#8073ac', libelle: 'Mixte (parties de classes différentes)' },
  ],
};
