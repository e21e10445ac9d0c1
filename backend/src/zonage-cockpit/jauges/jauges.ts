import { CategorieNationale, ClasseQpv, ClasseUnite } from '../unites/classes-cockpit';

export interface UniteJauge {
  code: string;
  classe: ClasseUnite;
  categorie: CategorieNationale | null;
  /** Population of the unit's communes that lie in the région. */
  populationRegion: number;
}

export interface QpvJauge {
  code: string;
  /** The QPV's population in each unit it lies in (split evenly when it spans communes of several units). */
  parts: { unite: string; population: number }[];
  /** Its own class, or null when it follows its unit. */
  classe: ClasseQpv | null;
}

export interface Plafonds {
  plafondZip: number | null;
  plafondZac: number | null;
  margeDerogatoire: number | null;
}

export type StatutJauge = 'respecte' | 'depasse' | 'plafond_inconnu';

export interface Jauge {
  population: number;
  /** Share in % of `denominateur` (null when the denominator is 0). */
  part: number | null;
  denominateur: number;
  plafond: number | null;
  statut: StatutJauge;
}

export interface Jauges {
  populationRegion: number;
  populationParClasse: Record<ClasseUnite, number>;
  zip: Jauge;
  zac: Jauge;
  /** Population of hors-vivier units zoned ZIP or ZAC, against the vivier's population (as in the DREES/DGOS tool). */
  marge: Jauge & { partRegion: number | null; populationVivier: number };
  /** Population of QPV whose class differs from their unit's, moved from the unit's class to the QPV's. */
  populationQpvDeplacee: number;
}

/** Shares are compared with their ceiling at the precision shown (0.1 point), as the DREES/DGOS tool does. */
const auDixieme = (x: number) => Math.round(x * 10) / 10;

function jauge(population: number, denominateur: number, plafond: number | null): Jauge {
  const part = denominateur > 0 ? (100 * population) / denominateur : null;
  const statut: StatutJauge = plafond === null ? 'plafond_inconnu' : part !== null && auDixieme(part) > plafond ? 'depasse' : 'respecte';
  return { population, part, denominateur, plafond, statut };
}

/**
 * Regional gauges of a draft: shares of the région's population in ZIP and in ZAC (QPV classed apart from their
 * unit are taken out of it and counted in their own class), and the marge dérogatoire — population of units outside
 * the vivier zoned ZIP or ZAC, against the population of the vivier (DREES/DGOS Zonage_ARS tool, utils/jauges.R),
 * also given against the région's population.
 */
export function calculerJauges(unites: Iterable<UniteJauge>, qpv: Iterable<QpvJauge>, plafonds: Plafonds): Jauges {
  const parClasse: Record<ClasseUnite, number> = { ZIP: 0, ZAC: 0, ZAR: 0, HZ: 0 };
  const classeDe = new Map<string, ClasseUnite>();
  let populationRegion = 0;
  let margeNum = 0;
  let vivier = 0;
  for (const u of unites) {
    classeDe.set(u.code, u.classe);
    parClasse[u.classe] += u.populationRegion;
    populationRegion += u.populationRegion;
    if (u.categorie === 'vivier') vivier += u.populationRegion;
    if (u.categorie === 'hors_vivier' && (u.classe === 'ZIP' || u.classe === 'ZAC')) margeNum += u.populationRegion;
  }
  let deplacee = 0;
  for (const q of qpv) {
    if (q.classe === null) continue;
    for (const p of q.parts) {
      const classeUnite = classeDe.get(p.unite);
      if (!classeUnite || classeUnite === q.classe) continue;
      parClasse[classeUnite] -= p.population;
      parClasse[q.classe] += p.population;
      deplacee += p.population;
    }
  }
  return {
    populationRegion,
    populationParClasse: parClasse,
    zip: jauge(parClasse.ZIP, populationRegion, plafonds.plafondZip),
    zac: jauge(parClasse.ZAC, populationRegion, plafonds.plafondZac),
    marge: {
      ...jauge(margeNum, vivier, plafonds.margeDerogatoire),
      partRegion: populationRegion > 0 ? (100 * margeNum) / populationRegion : null,
      populationVivier: vivier,
    },
    populationQpvDeplacee: deplacee,
  };
}
