/** APL values of one member commune (or Paris/Lyon/Marseille arrondissement) for one DREES vintage. */
export interface AplMembre {
  apl: number | null;
  aplMoins65: number | null;
  populationStandardisee: number;
}

export interface AplUnite {
  apl: number | null;
  aplMoins65: number | null;
  populationStandardisee: number;
  membresSansApl: number;
}

/**
 * APL of a unit as the DREES prescribes for any grouping of communes: mean of the communes' APL weighted by their
 * standardised population (of the same vintage). Communes without APL (Mayotte, re-created communes) are left out and
 * counted; when nobody lives in the unit the plain mean is kept.
 */
export function aplUnite(membres: Iterable<AplMembre>): AplUnite {
  let poids = 0;
  let somme = 0;
  let somme65 = 0;
  let simple = 0;
  let simple65 = 0;
  let n = 0;
  let sans = 0;
  for (const m of membres) {
    if (m.apl === null || m.aplMoins65 === null || !Number.isFinite(m.apl) || !Number.isFinite(m.aplMoins65)) {
      sans++;
      continue;
    }
    n++;
    poids += m.populationStandardisee;
    somme += m.populationStandardisee * m.apl;
    somme65 += m.populationStandardisee * m.aplMoins65;
    simple += m.apl;
    simple65 += m.aplMoins65;
  }
  if (n === 0) return { apl: null, aplMoins65: null, populationStandardisee: 0, membresSansApl: sans };
  return {
    apl: poids > 0 ? somme / poids : simple / n,
    aplMoins65: poids > 0 ? somme65 / poids : simple65 / n,
    populationStandardisee: poids,
    membresSansApl: sans,
  };
}
