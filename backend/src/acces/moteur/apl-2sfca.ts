import { GrapheTrajets } from './graphe-trajets';

/**
 * Demand reaching each supply commune j: D_j = Σ_k f(t_kj) · P̃_k (P̃ = age-standardised population).
 */
export function calculerDemande(g: GrapheTrajets, populationStandardisee: ArrayLike<number>): Float64Array {
  const { debut, voisin, poids } = g.entrants;
  const demande = new Float64Array(g.n);
  for (let j = 0; j < g.n; j++) {
    let d = 0;
    for (let e = debut[j]; e < debut[j + 1]; e++) d += poids[e] * populationStandardisee[voisin[e]];
    demande[j] = d;
  }
  return demande;
}

/**
 * DREES APL, two-step floating catchment area: R_j = S_j / D_j, then APL_i = Σ_j f(t_ij) · R_j.
 * Supply located where no population is within reach (D_j = 0) serves nobody (R_j = 0).
 */
export function calculerApl(
  g: GrapheTrajets,
  offre: ArrayLike<number>,
  populationStandardisee: ArrayLike<number>,
  demande: Float64Array = calculerDemande(g, populationStandardisee),
): { apl: Float64Array; demande: Float64Array } {
  const ratio = new Float64Array(g.n);
  for (let j = 0; j < g.n; j++) ratio[j] = demande[j] > 0 ? offre[j] / demande[j] : 0;
  const { debut, voisin, poids } = g.sortants;
  const apl = new Float64Array(g.n);
  for (let i = 0; i < g.n; i++) {
    let a = 0;
    for (let e = debut[i]; e < debut[i + 1]; e++) a += poids[e] * ratio[voisin[e]];
    apl[i] = a;
  }
  return { apl, demande };
}

/**
 * What-if on top of a baseline: a change ΔS of supply at commune j0 only changes R_j0, so
 * ΔAPL_i = f(t_i,j0) · ΔS / D_j0 for the communes i reaching j0; several changes add up.
 * Returns the sparse deltas (commune index → ΔAPL).
 */
export function deltaAplIncremental(
  g: GrapheTrajets,
  demande: ArrayLike<number>,
  variations: ReadonlyArray<{ commune: number; deltaOffre: number }>,
): Map<number, number> {
  const deltas = new Map<number, number>();
  const { debut, voisin, poids } = g.entrants; // origins i that reach j0, with f(t_i,j0)
  for (const { commune: j0, deltaOffre } of variations) {
    if (!(demande[j0] > 0) || deltaOffre === 0) continue;
    const dr = deltaOffre / demande[j0];
    for (let e = debut[j0]; e < debut[j0 + 1]; e++) {
      const i = voisin[e];
      deltas.set(i, (deltas.get(i) ?? 0) + poids[e] * dr);
    }
  }
  return deltas;
}
