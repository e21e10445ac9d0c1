import { GrapheTrajets } from '../../acces/moteur/graphe-trajets';
import { activiteRetenue } from '../../acces/moteur/plafonds-activite';
import { ValeursLeviers } from './leviers';

/** Today's state the scenarios start from, in typed arrays indexed by commune. */
export interface BaseProjection {
  graphe: GrapheTrajets;
  /** D_j = Σ_k f(t_kj) · P̃_k */
  demande: Float64Array;
  populationStandardisee: Float64Array;
  populationTotale: Float64Array;
  /** published APL and APL<65 (NaN where none): the starting point, so that "no change" is today's APL exactly */
  apl: Float64Array;
  aplMoins65: Float64Array;
  /** supply of GPs aged 65 or less and over 65 (estimated or imported), consultations a year */
  offreMoins65: Float64Array;
  offrePlus65: Float64Array;
  /** published APL < 4 / < 2.5, and communes of 20,000 inhabitants or more (urban poles approximation) */
  zoneFragile: Uint8Array;
  sousDotee: Uint8Array;
  poleUrbain: Uint8Array;
}

/** Cumulative share of today's under-65 supply aged at least `age` (piecewise linear between the given ages). */
export type ModeleAges = ReadonlyArray<{ age: number; part: number }>;

export function partAgeeAuMoins(modele: ModeleAges, age: number): number {
  const points = [...modele].sort((a, b) => a.age - b.age);
  if (age <= points[0].age) return points[0].part;
  for (let k = 1; k < points.length; k++) {
    if (age <= points[k].age) {
      const a = points[k - 1];
      const b = points[k];
      return a.part + ((b.part - a.part) * (age - a.age)) / (b.age - a.age);
    }
  }
  return 0;
}

export interface Projection {
  apl: Float64Array;
  aplMoins65: Float64Array;
  /** supply at the horizon and its part from GPs over 65 at the horizon */
  offre: Float64Array;
  offrePlus65: Float64Array;
}

export interface OptionsProjection {
  /** compute the APL of these communes only (a territory), NaN elsewhere */
  lignes?: readonly number[];
  /** skip APL<65 (left NaN): the gap per lever needs the APL only */
  sansMoins65?: boolean;
}

interface Cles {
  fragile: Float64Array;
  pole: Float64Array;
  actuelle: Float64Array;
  sousDotee: Float64Array;
  fragileSeule: Float64Array;
  offreFragile: Float64Array;
}

const CLES = new WeakMap<BaseProjection, Cles>();

/** Distribution keys of a base (computed once): by population of fragile zones, of poles, by today's supply… */
function clesDe(b: BaseProjection): Cles {
  let c = CLES.get(b);
  if (c) return c;
  const n = b.graphe.n;
  const fragile = cle(n, (j) => (b.zoneFragile[j] ? b.populationTotale[j] : 0));
  // medical assistants join GPs already practising in fragile zones (by their supply), or the zones' population when none
  const offreFragile = cle(n, (j) => (b.zoneFragile[j] ? b.offreMoins65[j] + b.offrePlus65[j] : 0));
  c = {
    fragile,
    pole: cle(n, (j) => (b.poleUrbain[j] ? b.populationTotale[j] : 0)),
    actuelle: cle(n, (j) => b.offreMoins65[j] + b.offrePlus65[j]),
    sousDotee: cle(n, (j) => (b.sousDotee[j] ? b.populationTotale[j] : 0)),
    fragileSeule: cle(n, (j) => (b.zoneFragile[j] && !b.sousDotee[j] ? b.populationTotale[j] : 0)),
    offreFragile: offreFragile.some((x) => x > 0) ? offreFragile : fragile,
  };
  CLES.set(b, c);
  return c;
}

/** Normalised distribution key: weights w_j ≥ 0 → w_j / Σ w (zeros when Σ w = 0). */
function cle(n: number, poids: (j: number) => number): Float64Array {
  const k = new Float64Array(n);
  let s = 0;
  for (let j = 0; j < n; j++) s += k[j] = Math.max(0, poids(j));
  if (s > 0) for (let j = 0; j < n; j++) k[j] /= s;
  return k;
}

/**
 * Supply at the horizon (years from today) under the given lever values, then APL and APL<65 by the DREES
 * two-step formula. The published APL is the starting point and the engine adds the change of supply through the
 * travel model: APL_h = APL_today + Σ_j f(t_ij) · (S_h,j − S_today,j) / D_j, exact for a linear 2SFCA and equal to
 * today's APL when no lever moves. Then demand growth divides the APL, and the teleconsultation share that reaches
 * beyond 20 minutes is pooled over the whole population.
 *
 * Supply: GPs under 65 today who reach the retirement age before the horizon leave (age model), the activity of
 * today's GPs over 65 is kept in the share `maintienApres65`; new GPs fill the gap up to the national headcount
 * trajectory, spread by today's supply, towards fragile zones or towards urban poles; all GP activity scales with
 * the activity, AI and delegation levers; docteurs juniors (activity counted with the DREES caps), extra medical
 * assistants and new MSP add consultations; unscheduled-care centres move a share of the activity to urban poles.
 */
export function projeter(b: BaseProjection, l: ValeursLeviers, annees: number, ages: ModeleAges, options: OptionsProjection = {}): Projection {
  const n = b.graphe.n;
  const { lignes, sansMoins65 } = options;
  const { fragile, pole, actuelle, sousDotee, fragileSeule, offreFragile } = clesDe(b);
  const depart = partAgeeAuMoins(ages, l.ageDepartRetraite - annees);
  const ageing = l.ageDepartRetraite > 65 ? Math.max(0, partAgeeAuMoins(ages, 65 - annees) - depart) : 0;
  const maintien = l.maintienApres65;

  const survivants = new Float64Array(n);
  const plus65 = new Float64Array(n);
  let totalAujourdhui = 0;
  let totalSurvivants = 0;
  for (let j = 0; j < n; j++) {
    totalAujourdhui += b.offreMoins65[j] + b.offrePlus65[j];
    survivants[j] = b.offreMoins65[j] * (1 - depart) + b.offrePlus65[j] * maintien;
    plus65[j] = b.offreMoins65[j] * ageing + b.offrePlus65[j] * maintien;
    totalSurvivants += survivants[j];
  }

  // New GPs: the gap to the national trajectory, spread by three keys.
  const nouveaux = Math.max(0, (1 + l.evolutionEffectifs) * totalAujourdhui - totalSurvivants);
  const mixSalaries = 1 - l.partNouveauxSalaries + l.partNouveauxSalaries * l.activiteRelativeSalaries;
  let pf = l.partNouveauxZonesFragiles;
  let pp = l.partNouveauxPolesUrbains;
  if (pf + pp > 1) [pf, pp] = [pf / (pf + pp), pp / (pf + pp)];
  const pa = 1 - pf - pp;

  // Additive consultations (already in consultations, after the caps for docteurs juniors).
  const totalJuniors = l.docteursJuniors * activiteRetenue(l.consultationsParDocteurJunior);
  const totalAssistants = l.assistantsMedicauxSupplementaires * l.consultationsGagneesParAssistant;
  const totalMsp = l.ouverturesMspParAn * annees * l.consultationsGagneesParMsp;
  const multiplicateur = (1 + l.activiteParMedecin) * (1 + l.gainAssistanceIa + l.gainDelegationIpa);

  const offre = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    const nouvelle = nouveaux * mixSalaries * (pf * fragile[j] + pp * pole[j] + pa * actuelle[j]);
    plus65[j] *= multiplicateur;
    offre[j] =
      (survivants[j] + nouvelle) * multiplicateur +
      totalJuniors * (l.partDocteursJuniorsZonesSousDotees * sousDotee[j] + (1 - l.partDocteursJuniorsZonesSousDotees) * fragileSeule[j]) +
      totalAssistants * (l.partAssistantsZonesFragiles * offreFragile[j] + (1 - l.partAssistantsZonesFragiles) * actuelle[j]) +
      totalMsp * (l.partMspZonesFragiles * fragile[j] + (1 - l.partMspZonesFragiles) * actuelle[j]);
  }

  // Unscheduled-care centres: a share of the activity outside the poles moves to the poles (by their supply).
  if (l.partSoinsNonProgrammesPoles > 0) {
    let hors = 0;
    let dans = 0;
    for (let j = 0; j < n; j++) {
      if (b.poleUrbain[j]) dans += offre[j];
      else hors += offre[j];
    }
    const afflux = dans > 0 ? (l.partSoinsNonProgrammesPoles * hors) / dans : 0;
    for (let j = 0; j < n; j++) {
      const f = b.poleUrbain[j] ? (dans > 0 ? 1 + afflux : 1) : dans > 0 ? 1 - l.partSoinsNonProgrammesPoles : 1;
      offre[j] *= f;
      plus65[j] *= f;
    }
  }

  // ΔR_j = ΔS_j / D_j for all ages and for GPs aged 65 or less at the horizon, then ΔAPL_i = Σ_j f(t_ij) ΔR_j.
  const ratio = new Float64Array(n);
  const ratio65 = new Float64Array(n);
  let totalHorizon = 0;
  let populationTotale = 0;
  for (let j = 0; j < n; j++) {
    totalHorizon += offre[j];
    populationTotale += b.populationStandardisee[j];
    if (!(b.demande[j] > 0)) continue;
    ratio[j] = (offre[j] - b.offreMoins65[j] - b.offrePlus65[j]) / b.demande[j];
    ratio65[j] = (offre[j] - plus65[j] - b.offreMoins65[j]) / b.demande[j];
  }
  const demande = 1 + l.evolutionDemande;
  const tele = l.hausseTeleconsultation * l.porteeTeleconsultation;
  const partage = populationTotale > 0 ? (tele * totalHorizon) / (populationTotale * demande) : 0;
  const apl = new Float64Array(n).fill(NaN);
  const aplMoins65 = new Float64Array(n).fill(NaN);
  const { debut, voisin, poids } = b.graphe.sortants;
  const calculer = (i: number) => {
    if (!Number.isFinite(b.apl[i])) return;
    let da = 0;
    let da65 = 0;
    if (sansMoins65) {
      for (let e = debut[i]; e < debut[i + 1]; e++) da += poids[e] * ratio[voisin[e]];
    } else {
      for (let e = debut[i]; e < debut[i + 1]; e++) {
        da += poids[e] * ratio[voisin[e]];
        da65 += poids[e] * ratio65[voisin[e]];
      }
    }
    apl[i] = Math.max(0, ((1 - tele) * (b.apl[i] + da)) / demande + partage);
    if (!sansMoins65) aplMoins65[i] = Math.min(apl[i], Math.max(0, ((1 - tele) * (b.aplMoins65[i] + da65)) / demande + partage));
  };
  if (lignes) for (const i of lignes) calculer(i);
  else for (let i = 0; i < n; i++) calculer(i);
  return { apl, aplMoins65, offre, offrePlus65: plus65 };
}
