import { readFileSync } from 'node:fs';

/** INSEE population estimates by département and the 19 DREES age bands (<5 … 90+), per year. */
export type StructureAges = Map<number, Map<string, number[]>>;

export const NOMBRE_TRANCHES_AGE = 19;

export function lireStructureAges(fichier: string): StructureAges {
  const [entete, ...lignes] = readFileSync(fichier, 'utf8').trim().split('\n');
  if (entete.split(',').length !== 2 + NOMBRE_TRANCHES_AGE)
    throw new Error(`Structure par âge invalide (${fichier}) : ${NOMBRE_TRANCHES_AGE} tranches attendues.`);
  const s: StructureAges = new Map();
  for (const l of lignes) {
    const [annee, dep, ...v] = l.split(',');
    const parDep = s.get(Number(annee)) ?? s.set(Number(annee), new Map()).get(Number(annee))!;
    parDep.set(dep, v.map(Number));
  }
  return s;
}

/** Mean age weight of a population: Σ_b w_b · n_b / Σ_b n_b. */
const poidsMoyen = (effectifs: readonly number[], poids: readonly number[]) => {
  let s = 0;
  let n = 0;
  effectifs.forEach((e, b) => {
    s += e * poids[b];
    n += e;
  });
  return n > 0 ? s / n : 1;
};

/**
 * Standardised population under other age weights. The commune's own age structure is not published with the APL
 * (only its standardised population): each commune is rescaled by the ratio of its département's mean weight under
 * the new weights to that under the vintage's weights (INSEE estimates by département and age). Communes of a
 * département without age structure (DROM) keep their standardised population; said in the answer.
 */
export function populationRepondereeParDepartement(
  standardisee: ArrayLike<number>,
  departementDe: readonly string[],
  structure: ReadonlyMap<string, number[]>,
  poidsMillesime: readonly number[],
  nouveauxPoids: readonly number[],
): { population: Float64Array; communesSansStructure: number } {
  const ratios = new Map<string, number>();
  for (const [dep, effectifs] of structure) ratios.set(dep, poidsMoyen(effectifs, nouveauxPoids) / poidsMoyen(effectifs, poidsMillesime));
  let sans = 0;
  const population = Float64Array.from({ length: standardisee.length }, (_, i) => {
    const r = ratios.get(departementDe[i]);
    if (r === undefined) {
      if (standardisee[i] > 0) sans++;
      return standardisee[i];
    }
    return standardisee[i] * r;
  });
  return { population, communesSansStructure: sans };
}
