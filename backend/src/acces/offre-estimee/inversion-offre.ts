import { calculerApl, calculerDemande } from '../moteur/apl-2sfca';
import { GrapheTrajets } from '../moteur/graphe-trajets';
import { ColonnesCreuses, moindresCarresPositifs } from './moindres-carres-positifs';

export interface EntreeInversion {
  graphe: GrapheTrajets;
  /** published APL per commune (NaN where the DREES publishes none) */
  apl: ArrayLike<number>;
  aplMoins65: ArrayLike<number>;
  populationStandardisee: ArrayLike<number>;
  /** communes where supply may sit (doctors practise there): true / 1 */
  support: ArrayLike<boolean | number>;
}

export interface OptionsInversion {
  balayagesMax: number;
  toleranceRelative: number;
}

export interface OffreInversee {
  /** S_j, consultations a year of all GPs located in commune j */
  consultations: Float64Array;
  /** part of S_j provided by GPs over 65 (S_j − S<65_j, ≥ 0 by construction) */
  consultations65Plus: Float64Array;
  /** APL and APL<65 recomputed by the engine from the estimated supply */
  aplRecalculee: Float64Array;
  aplMoins65Recalculee: Float64Array;
  demande: Float64Array;
  colonnes: number;
  balayages: number;
  ecartKkt: number;
}

/**
 * Estimates the GP supply behind the published APL. APL_i = Σ_j f(t_ij) · S_j / D_j is linear in x_j = S_j / D_j
 * (D_j = Σ_k f(t_kj) · P̃_k is known from the travel model and the standardised populations), so the supply is the
 * non-negative least-squares solution of A x ≈ APL with A_ij = f(t_ij), restricted to the communes where doctors
 * practise, rows weighted by the standardised population (each inhabitant counts the same: the error minimised is
 * the consultations accessible, summed over people). Two solves, both x ≥ 0:
 * 1. APL<65 → the supply of GPs aged 65 or less;
 * 2. APL − (APL<65 fitted) → the supply of GPs over 65, so that S = S<65 + S65+ and S65+ ≥ 0 by construction.
 */
export function inverserOffre(e: EntreeInversion, options: OptionsInversion): OffreInversee {
  const { graphe } = e;
  const n = graphe.n;
  const demande = calculerDemande(graphe, e.populationStandardisee);
  const colonnes: number[] = [];
  for (let j = 0; j < n; j++) if (e.support[j] && demande[j] > 0) colonnes.push(j);

  // Column j of A: the origins i reaching j, with f(t_ij) — the incoming adjacency of j. Rows without a published
  // APL get weight 0 (they are left out of the fit but still receive the recomputed value).
  const poids = new Float64Array(n);
  for (let i = 0; i < n; i++) poids[i] = Number.isFinite(e.apl[i]) && Number.isFinite(e.aplMoins65[i]) ? e.populationStandardisee[i] : 0;
  const { debut, voisin, poids: f } = graphe.entrants;
  const debutColonnes = new Int32Array(colonnes.length + 1);
  colonnes.forEach((j, k) => (debutColonnes[k + 1] = debutColonnes[k] + debut[j + 1] - debut[j]));
  const ligne = new Int32Array(debutColonnes[colonnes.length]);
  const valeur = new Float64Array(ligne.length);
  colonnes.forEach((j, k) => {
    ligne.set(voisin.subarray(debut[j], debut[j + 1]), debutColonnes[k]);
    valeur.set(f.subarray(debut[j], debut[j + 1]), debutColonnes[k]);
  });
  const a: ColonnesCreuses = { lignes: n, debut: debutColonnes, ligne, valeur };
  const cible = (v: ArrayLike<number>) => Float64Array.from({ length: n }, (_, i) => (poids[i] > 0 ? v[i] : 0));

  const b65 = cible(e.aplMoins65);
  const moins65 = moindresCarresPositifs(a, b65, { poids, ...options });
  const ajuste65 = b65.map((v, i) => v - moins65.residu[i]); // A·x<65
  const reste = cible(e.apl).map((v, i) => v - ajuste65[i]);
  const plus65 = moindresCarresPositifs(a, reste, { poids, ...options });

  const consultations = new Float64Array(n);
  const consultations65Plus = new Float64Array(n);
  colonnes.forEach((j, k) => {
    consultations65Plus[j] = plus65.x[k] * demande[j];
    consultations[j] = (moins65.x[k] + plus65.x[k]) * demande[j];
  });
  const sousMoins65 = consultations.map((c, j) => c - consultations65Plus[j]);
  return {
    consultations,
    consultations65Plus,
    aplRecalculee: calculerApl(graphe, consultations, e.populationStandardisee, demande).apl,
    aplMoins65Recalculee: calculerApl(graphe, sousMoins65, e.populationStandardisee, demande).apl,
    demande,
    colonnes: colonnes.length,
    balayages: moins65.balayages + plus65.balayages,
    ecartKkt: Math.max(moins65.ecartKkt, plus65.ecartKkt),
  };
}
