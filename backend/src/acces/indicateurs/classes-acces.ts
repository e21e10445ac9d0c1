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

/**
 * The DREES file publishes APL and APL<65 with 3 decimals (no value of the 2022 and 2023 sheets has more). Thresholds
 * are compared on values rounded to that precision, so that a published 2.5 is 2.5 whatever floating-point noise an
 * aggregation or a storage round trip added (2.4999999999999996 would otherwise read as under 2.5).
 */
export const DECIMALES_APL_PUBLIEES = 3;

/** An APL value rounded to the published precision (NaN stays NaN). */
export function arrondirAplPubliee(x: number): number {
  return Number.isFinite(x) ? Math.round(x * 10 ** DECIMALES_APL_PUBLIEES) / 10 ** DECIMALES_APL_PUBLIEES : x;
}

export function classerAcces(apl: number, aplMoins65: number): ClasseAcces | null {
  if (!Number.isFinite(apl)) return null;
  const a = arrondirAplPubliee(apl);
  if (a < SEUIL_SOUS_DOTEE) return 'sous_dotee';
  if (a < SEUIL_FRAGILE) return arrondirAplPubliee(aplMoins65) < SEUIL_SOUS_DOTEE ? 'fragile_menacee' : 'fragile';
  return 'suffisante';
}

/** Share of the APL provided by GPs over 65: (APL − APL<65) / APL (null when APL is 0 or unknown). */
export function fragilite(apl: number, aplMoins65: number): number | null {
  return Number.isFinite(apl) && apl > 0 ? Math.max(0, (apl - aplMoins65) / apl) : null;
}
