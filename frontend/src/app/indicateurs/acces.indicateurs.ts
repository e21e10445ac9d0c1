import { Indicateur } from './indicateur';

/** APL vintages published by the DREES and loaded by the access engine. */
export const ANNEES_APL = [2022, 2023] as const;

/**
 * APL (consultations par an et par habitant standardisé). Thresholds 2.5 and 4 are those of the zonage method
 * (under-served / fragile); a red → green diverging palette (ColorBrewer RdYlGn, colour-blind safe variant).
 */
const CLASSES_APL = [
  { min: 0, couleur: '#d7191c', libelle: 'moins de 2,5 (sous-dotée)' },
  { min: 2.5, couleur: '#fdae61', libelle: '2,5 à 3,9 (fragile)' },
  { min: 4, couleur: '#ffffbf', libelle: '4 à 4,9' },
  { min: 5, couleur: '#a6d96a', libelle: '5 à 5,9' },
  { min: 6, couleur: '#1a9641', libelle: '6 et plus' },
];

export const INDICATEUR_APL: Indicateur = {
  code: 'apl',
  libelle: 'APL aux médecins généralistes',
  unite: 'consultations par an et par habitant',
  origine: 'acces',
  annees: ANNEES_APL,
  classes: CLASSES_APL,
};

export const INDICATEUR_APL_MOINS_65: Indicateur = {
  code: 'apl_moins_65',
  libelle: 'APL aux généralistes de moins de 65 ans',
  unite: 'consultations par an et par habitant',
  origine: 'acces',
  annees: ANNEES_APL,
  classes: CLASSES_APL,
};

export const INDICATEUR_FRAGILITE: Indicateur = {
  code: 'fragilite',
  libelle: 'Fragilité : part de l’APL due aux généralistes de 65 ans et plus',
  unite: 'part',
  origine: 'acces',
  annees: ANNEES_APL,
  classes: [
    { min: 0, couleur: '#fef0d9', libelle: 'moins de 10 %' },
    { min: 0.1, couleur: '#fdcc8a', libelle: '10 à 19 %' },
    { min: 0.2, couleur: '#fc8d59', libelle: '20 à 34 %' },
    { min: 0.35, couleur: '#e34a33', libelle: '35 à 49 %' },
    { min: 0.5, couleur: '#b30000', libelle: '50 % et plus' },
  ],
};

/** Access classes (backend `classes-acces.ts`), coloured from the most to the least worrying. */
export const CATEGORIES_CLASSE: Readonly<Record<string, number>> = { sous_dotee: 0, fragile_menacee: 1, fragile: 2, suffisante: 3 };

export const INDICATEUR_CLASSE: Indicateur = {
  code: 'classe',
  libelle: 'Classe d’accès aux généralistes',
  unite: 'classe selon l’APL',
  origine: 'acces',
  annees: ANNEES_APL,
  categories: CATEGORIES_CLASSE,
  classes: [
    { min: 0, couleur: '#d7191c', libelle: 'Sous-dotée (APL < 2,5)' },
    { min: 1, couleur: '#f46d43', libelle: 'Fragile menacée (2,5 ≤ APL < 4, APL des moins de 65 ans < 2,5)' },
    { min: 2, couleur: '#fee08b', libelle: 'Fragile (2,5 ≤ APL < 4)' },
    { min: 3, couleur: '#66bd63', libelle: 'Accès suffisant (APL ≥ 4)' },
  ],
};

export const INDICATEUR_EVOLUTION: Indicateur = {
  code: 'evolution',
  libelle: 'Évolution de l’APL 2022 → 2023',
  unite: 'écart d’APL',
  origine: 'acces',
  // The API computes the gap from the previous vintage: only the latest has one.
  annees: [2023],
  classes: [
    { min: -1e9, couleur: '#ca0020', libelle: 'baisse de 0,5 ou plus' },
    { min: -0.5, couleur: '#f4a582', libelle: 'baisse de 0,1 à 0,5' },
    { min: -0.1, couleur: '#f7f7f7', libelle: 'stable (± 0,1)' },
    { min: 0.1, couleur: '#92c5de', libelle: 'hausse de 0,1 à 0,5' },
    { min: 0.5, couleur: '#0571b0', libelle: 'hausse de 0,5 ou plus' },
  ],
};
