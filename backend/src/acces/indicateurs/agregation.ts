import { SEUIL_FRAGILE, SEUIL_SOUS_DOTEE, arrondirAplPubliee } from './classes-acces';

/** Per-commune arrays of one vintage, indexed like the commune list (NaN = no APL, e.g. Mayotte). */
export interface SeriesApl {
  apl: ArrayLike<number>;
  aplMoins65: ArrayLike<number>;
  populationStandardisee: ArrayLike<number>;
  populationTotale: ArrayLike<number>;
}

export interface Agregat {
  apl: number | null;
  aplMoins65: number | null;
  populationStandardisee: number;
  populationTotale: number;
  populationSous2_5: number;
  populationSous4: number;
  communesAvecApl: number;
  communesSansApl: number;
}

/**
 * Aggregates communes as the DREES prescribes: the mean APL is weighted by the standardised population; people under
 * a threshold are counted with the plain (non-standardised) population. `remplacer` overrides APL values (what-if).
 * When nobody lives in the set (zero standardised population), the plain mean of the communes' APL is kept.
 * A set of one commune is that commune: its own values are returned as they are, not re-weighted (p·a / p is not
 * always a in floating point). Thresholds are compared on values rounded to the published precision.
 */
export function agreger(s: SeriesApl, indices: Iterable<number>, remplacer?: { apl?: ArrayLike<number> }): Agregat {
  const apl = remplacer?.apl ?? s.apl;
  let poids = 0,
    somme = 0,
    somme65 = 0,
    simple = 0,
    simple65 = 0;
  let popTot = 0,
    sous25 = 0,
    sous4 = 0,
    avec = 0,
    sans = 0;
  for (const i of indices) {
    const a = apl[i];
    if (!Number.isFinite(a)) {
      sans++;
      continue;
    }
    const a65 = s.aplMoins65[i] + (a - s.apl[i]); // a what-if shifts both indicators by the same ΔAPL
    const p = s.populationStandardisee[i];
    avec++;
    poids += p;
    somme += p * a;
    somme65 += p * a65;
    simple += a;
    simple65 += a65;
    const pt = s.populationTotale[i];
    popTot += pt;
    const arrondie = arrondirAplPubliee(a);
    if (arrondie < SEUIL_SOUS_DOTEE) sous25 += pt;
    if (arrondie < SEUIL_FRAGILE) sous4 += pt;
  }
  return {
    apl: avec === 0 ? null : avec === 1 ? simple : poids > 0 ? somme / poids : simple / avec,
    aplMoins65: avec === 0 ? null : avec === 1 ? simple65 : poids > 0 ? somme65 / poids : simple65 / avec,
    populationStandardisee: poids,
    populationTotale: popTot,
    populationSous2_5: sous25,
    populationSous4: sous4,
    communesAvecApl: avec,
    communesSansApl: sans,
  };
}
