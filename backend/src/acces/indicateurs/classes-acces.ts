/**
 * Accessibility classes of a commune from its APL (thresholds of the 2017 zonage method, unit = TVS, applied here
 * per commune): under 2.5 the commune is under-served (national selection); from 2.5 to 4 it is fragile (the pool in
 * which ARS choose ZIP/ZAC), and "fragile menacée" when its APL without the GPs over 65 (APL<65) falls under 2.5:
 * the retirements to come would make it under-served. 4 and above: adequate.
 */
export const SEUIL_SOUS_DOTEE = 2.5;
export const SEUIL_FRAGILE = 4;

export const CLASSES_ACCES = ['sous_dotee', 'fragile_menacee', 'fragile', 'suffisante'] as const;
export type ClasseAcces = (typeof CLASSES_ACCES)[number];

export const LIBELLES_CLASSES: Record<ClasseAcces, string> = {
  sous_dotee: 'Sous-dotée (APL < 2,5)',
  fragile_menacee: 'Fragile, menacée par les départs (2,5 ≤ APL < 4 et APL des moins de 65 ans < 2,5)',
  fragile: 'Fragile (2,5 ≤ APL < 4)',
  suffisante: 'Accès suffisant (APL ≥ 4)',
};

export function classerAcces(apl: number, aplMoins65: number): ClasseAcces | null {
  if (!Number.isFinite(apl)) return null;
  if (apl < SEUIL_SOUS_DOTEE) return 'sous_dotee';
  if (apl < SEUIL_FRAGILE) return aplMoins65 < SEUIL_SOUS_DOTEE ? 'fragile_menacee' : 'fragile';
  return 'suffisante';
}

/** Share of the APL provided by GPs over 65: (APL − APL<65) / APL (null when APL is 0 or unknown). */
export function fragilite(apl: number, aplMoins65: number): number | null {
  return Number.isFinite(apl) && apl > 0 ? Math.max(0, (apl - aplMoins65) / apl) : null;
}
