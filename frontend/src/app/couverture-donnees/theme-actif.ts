import type { CoucheOptionnelle } from '../structures/couches.store';
import type { CodeIndicateur } from '../indicateurs/indicateur';

/** The dataset each optional layer draws from (its coverage is what the map hatches when it is the active layer). */
export const THEME_DES_COUCHES: Readonly<Partial<Record<CoucheOptionnelle, string>>> = {
  msp: 'structures',
  psp: 'structures',
  cds: 'structures',
  cpts: 'cpts-communes',
  alertes: 'apl',
  'zones-rouges': 'zones-rouges',
};

const THEME_DES_INDICATEURS: Readonly<Partial<Record<CodeIndicateur, string>>> = {
  apl: 'apl',
  apl_moins_65: 'apl',
  fragilite: 'apl',
  classe: 'apl',
  evolution: 'apl',
  zonage_medecin: 'zonage-medecin',
};

/**
 * The active layer's dataset: the optional layer shown last (the one the user just turned on), else the indicator
 * colouring the communes; null when neither draws from a dataset with a coverage (population).
 */
export function themeActif(visibles: ReadonlySet<CoucheOptionnelle>, indicateur: CodeIndicateur): string | null {
  const couches = [...visibles].filter((c) => THEME_DES_COUCHES[c]);
  const derniere = couches.at(-1);
  return derniere ? THEME_DES_COUCHES[derniere]! : (THEME_DES_INDICATEURS[indicateur] ?? null);
}
