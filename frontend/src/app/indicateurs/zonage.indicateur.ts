import { Indicateur } from './indicateur';

/** Zonage médecins classes (backend `classes-zonage.ts`); MIXTE: a grouped commune whose parts differ. */
export const CATEGORIES_ZONAGE: Readonly<Record<string, number>> = { ZIP: 0, ZAC: 1, ZAR: 2, HZ: 3, MIXTE: 4 };

export const INDICATEUR_ZONAGE_MEDECIN: Indicateur = {
  code: 'zonage_medecin',
  libelle: 'Zonage médecins généralistes (arrêtés ARS)',
  unite: 'classe de zonage',
  origine: 'zonage',
  annees: [],
  categories: CATEGORIES_ZONAGE,
  classes: [
    { min: 0, couleur: '#b2182b', libelle: 'ZIP : zone d’intervention prioritaire' },
    { min: 1, couleur: '#ef8a62', libelle: 'ZAC : zone d’action complémentaire' },
    { min: 2, couleur: '#fddbc7', libelle: 'ZAR : zone d’accompagnement régional' },
    { min: 3, couleur: '#e0e0e0', libelle: 'HZ : hors zonage' },
    { min: 4, couleur: '#8073ac', libelle: 'Mixte (parties de classes différentes)' },
  ],
};
