/**
 * How well the engine, run on the estimated supply, reproduces the published APL: share of communes (and of
 * inhabitants) within 1 % and 5 %, median gap, départements (mean APL weighted by standardised population) within
 * 1 % and 5 %, and the communes with the largest gaps. Reported as is, at import, in the bench and on screen.
 */
export interface EcartCommune {
  code: string;
  nom: string;
  publiee: number;
  recalculee: number;
  /** |recalculée − publiée| ÷ publiée (null when the published APL is 0) */
  ecartRelatif: number | null;
  population: number;
}

export interface MesureAjustement {
  communes: number;
  partA1Pourcent: number;
  partA5Pourcent: number;
  partPopulationA1Pourcent: number;
  partPopulationA5Pourcent: number;
  ecartRelatifMedian: number;
  departements: number;
  departementsA1Pourcent: number;
  departementsA5Pourcent: number;
  ecartDepartementMax: number;
  pires: EcartCommune[];
}

export interface CommunesAjustement {
  codes: readonly string[];
  noms: readonly string[];
  departement: readonly string[];
  populationStandardisee: ArrayLike<number>;
  populationTotale: ArrayLike<number>;
}

const dansTolerance = (publiee: number, recalculee: number, tolerance: number) =>
  publiee > 0 ? Math.abs(recalculee - publiee) <= tolerance * publiee : Math.abs(recalculee) < 1e-9;

export function mesurerAjustement(c: CommunesAjustement, publiee: ArrayLike<number>, recalculee: ArrayLike<number>, nbPires = 10): MesureAjustement {
  let n = 0;
  let n1 = 0;
  let n5 = 0;
  let pop = 0;
  let pop1 = 0;
  let pop5 = 0;
  const relatifs: number[] = [];
  const ecarts: { i: number; absolu: number }[] = [];
  const parDepartement = new Map<string, { publiee: number; recalculee: number; poids: number }>();
  for (let i = 0; i < c.codes.length; i++) {
    const p = publiee[i];
    const r = recalculee[i];
    const w = c.populationStandardisee[i];
    if (!Number.isFinite(p) || !(w > 0)) continue;
    n++;
    pop += c.populationTotale[i];
    if (dansTolerance(p, r, 0.01)) {
      n1++;
      pop1 += c.populationTotale[i];
    }
    if (dansTolerance(p, r, 0.05)) {
      n5++;
      pop5 += c.populationTotale[i];
    }
    if (p > 0) relatifs.push(Math.abs(r - p) / p);
    ecarts.push({ i, absolu: Math.abs(r - p) });
    const d = parDepartement.get(c.departement[i]) ?? { publiee: 0, recalculee: 0, poids: 0 };
    d.publiee += w * p;
    d.recalculee += w * r;
    d.poids += w;
    parDepartement.set(c.departement[i], d);
  }
  relatifs.sort((a, b) => a - b);
  ecarts.sort((a, b) => b.absolu - a.absolu);
  const departements = [...parDepartement.values()].map((d) => Math.abs(d.recalculee - d.publiee) / d.publiee);
  return {
    communes: n,
    partA1Pourcent: n ? n1 / n : 0,
    partA5Pourcent: n ? n5 / n : 0,
    partPopulationA1Pourcent: pop ? pop1 / pop : 0,
    partPopulationA5Pourcent: pop ? pop5 / pop : 0,
    ecartRelatifMedian: relatifs.length ? relatifs[relatifs.length >> 1] : 0,
    departements: departements.length,
    departementsA1Pourcent: departements.filter((e) => e <= 0.01).length,
    departementsA5Pourcent: departements.filter((e) => e <= 0.05).length,
    ecartDepartementMax: departements.length ? Math.max(...departements) : 0,
    pires: ecarts.slice(0, nbPires).map(({ i }) => ({
      code: c.codes[i],
      nom: c.noms[i],
      publiee: publiee[i],
      recalculee: recalculee[i],
      ecartRelatif: publiee[i] > 0 ? Math.abs(recalculee[i] - publiee[i]) / publiee[i] : null,
      population: c.populationTotale[i],
    })),
  };
}

export interface EffectifsDepartement {
  departement: string;
  /** GP full-time equivalents implied by the estimated supply: Σ S_j ÷ consultations per full-time GP */
  etpEstimes: number;
  /** liberal GPs counted by the Assurance maladie (ameli), null where not published */
  effectifAmeli: number | null;
  /** etpEstimes ÷ effectifAmeli */
  rapport: number | null;
}

export interface ComparaisonEffectifs {
  consultationsParEtp: number;
  etpEstimes: number;
  effectifAmeli: number;
  /** median over départements of etpEstimes ÷ effectifAmeli, and the share of départements between 0.8 and 1.25 */
  rapportMedian: number;
  partEntre80Et125: number;
  departements: EffectifsDepartement[];
}

/**
 * Cross-check of the estimated supply against an independent headcount: implied GP full-time equivalents per
 * département against the ameli count of liberal GPs. The APL supply also includes salaried GPs of health centres,
 * and one liberal GP is not one full-time equivalent: the ratio is read as an order of magnitude and for its spread.
 */
export function comparerEffectifs(
  departementDe: readonly string[],
  consultations: ArrayLike<number>,
  consultationsParEtp: number,
  ameli: ReadonlyMap<string, number>,
): ComparaisonEffectifs {
  const sommes = new Map<string, number>();
  for (let j = 0; j < departementDe.length; j++) {
    if (consultations[j] > 0) sommes.set(departementDe[j], (sommes.get(departementDe[j]) ?? 0) + consultations[j]);
  }
  const codes = [...new Set([...sommes.keys(), ...ameli.keys()])].sort();
  const departements = codes.map((d) => {
    const etp = (sommes.get(d) ?? 0) / consultationsParEtp;
    const a = ameli.get(d) ?? null;
    return { departement: d, etpEstimes: etp, effectifAmeli: a, rapport: a ? etp / a : null };
  });
  const rapports = departements
    .map((d) => d.rapport)
    .filter((r): r is number => r !== null)
    .sort((a, b) => a - b);
  const avecAmeli = departements.filter((d) => d.effectifAmeli !== null);
  return {
    consultationsParEtp,
    etpEstimes: departements.reduce((s, d) => s + d.etpEstimes, 0),
    effectifAmeli: avecAmeli.reduce((s, d) => s + d.effectifAmeli!, 0),
    rapportMedian: rapports.length ? rapports[rapports.length >> 1] : 0,
    partEntre80Et125: rapports.length ? rapports.filter((r) => r >= 0.8 && r <= 1.25).length / rapports.length : 0,
    departements,
  };
}
