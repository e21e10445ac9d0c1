/** Classes a draft gives a unit: ZIP, ZAC, ZAR (regional support zone, some régions) or hors zonage. */
export const CLASSES_UNITE = ['ZIP', 'ZAC', 'ZAR', 'HZ'] as const;
export type ClasseUnite = (typeof CLASSES_UNITE)[number];

/** Classes of a QPV zoned separately from its unit. */
export const CLASSES_QPV = ['ZIP', 'ZAC', 'HZ'] as const;
export type ClasseQpv = (typeof CLASSES_QPV)[number];

export const LIBELLES_CLASSES_UNITE: Record<ClasseUnite, string> = {
  ZIP: 'zone d’intervention prioritaire (ZIP)',
  ZAC: 'zone d’action complémentaire (ZAC)',
  ZAR: 'zone d’accompagnement régional (ZAR)',
  HZ: 'hors zonage',
};

/** National category of a unit under the 2017 method. */
export type CategorieNationale = 'selection_nationale' | 'vivier' | 'hors_vivier';

export const LIBELLES_CATEGORIES: Record<CategorieNationale, string> = {
  selection_nationale: 'sélection nationale',
  vivier: 'vivier',
  hors_vivier: 'hors vivier',
};

export const LIBELLE_BASSIN_DE_VIE = 'bassin de vie 2022 (approximation ouverte des TVS)';
