import { SeriesApl } from './agregation';

export interface HypothesesHorizon {
  /** share of departures replaced by new GPs (0 = none) */
  remplacement: number;
  /** share of the supply of GPs under 65 today that reaches 65 within 10 years (unknown without ages: 0 by default) */
  departsMoins65: number;
}

/**
 * APL per commune at 5 and 10 years, from the published APL and APL<65 (the accessibility provided by GPs over 65 is
 * APL − APL<65). 5 years: GPs over 65 today have stopped, a share `remplacement` of them replaced:
 * APL₅ = APL<65 + r · (APL − APL<65). 10 years: additionally a share q of today's under-65 supply reaches 65:
 * APL₁₀ = APL₅ − q · (1 − r) · APL<65. Linear in the supply, so exact under these hypotheses (R_j scales with S_j).
 */
export function aplHorizons(s: SeriesApl, h: HypothesesHorizon): { a5: Float64Array; a10: Float64Array } {
  const n = s.apl.length;
  const a5 = new Float64Array(n);
  const a10 = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const a = s.apl[i];
    const a65 = Math.min(s.aplMoins65[i], a);
    a5[i] = a65 + h.remplacement * (a - a65);
    a10[i] = a5[i] - h.departsMoins65 * (1 - h.remplacement) * a65;
  }
  return { a5, a10 };
}
