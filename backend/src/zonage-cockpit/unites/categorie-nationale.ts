import { CategorieNationale } from './classes-cockpit';

/** The unit's APL rounded to 3 decimals (the precision shown and published): thresholds are compared on it. */
export const arrondiApl = (x: number): number => Math.round(x * 1000) / 1000;

/**
 * National category of a unit from its APL to GPs aged 65 or less (2017 method): below the sélection nationale
 * threshold → sélection nationale; below the vivier's upper threshold → vivier; else hors vivier. The texts read do
 * not say whether the bounds are included: a value equal to a threshold is taken as above it. Null without APL or
 * without thresholds.
 */
export function categorieNationale(aplMoins65: number | null, seuilSelection: number | null, seuilVivier: number | null): CategorieNationale | null {
  if (aplMoins65 === null || !Number.isFinite(aplMoins65) || seuilSelection === null || seuilVivier === null) return null;
  const a = arrondiApl(aplMoins65);
  if (a < seuilSelection) return 'selection_nationale';
  if (a < seuilVivier) return 'vivier';
  return 'hors_vivier';
}
