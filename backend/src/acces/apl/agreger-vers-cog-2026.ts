import { CorrespondanceCog } from '../../common/cog/correspondance-cog';
import { LigneAplDrees } from './lecture-apl-drees';

export interface AplCommune2026 {
  commune: string;
  apl: number;
  aplMoins65: number;
  populationStandardisee: number;
  populationTotale: number;
  codesSource: string[];
}

/**
 * Aggregates the rows of one vintage (COG 2022/2023 codes) into 2026 communes — the code mapping is the shared
 * `CorrespondanceCog` (merged communes, changed codes, PLM arrondissements) — as the DREES prescribes for any grouping of communes:
 * APL averaged with the standardised population as weight, populations summed. If every source row has a zero
 * standardised population, the plain mean is kept (nobody lives there, the value only informs the map).
 */
export function agregerVersCog2026(
  lignes: LigneAplDrees[],
  correspondance: CorrespondanceCog,
  communesConnues: Set<string>,
): { communes: AplCommune2026[]; sansCorrespondance: LigneAplDrees[] } {
  const groupes = new Map<string, LigneAplDrees[]>();
  const sansCorrespondance: LigneAplDrees[] = [];
  for (const l of lignes) {
    const cible = correspondance.trouver(l.code)?.commune.code;
    if (!cible || !communesConnues.has(cible)) {
      sansCorrespondance.push(l);
      continue;
    }
    const g = groupes.get(cible) ?? [];
    g.push(l);
    groupes.set(cible, g);
  }
  const communes = [...groupes].map(([commune, g]) => {
    const poids = g.reduce((s, l) => s + l.populationStandardisee, 0);
    const moyenne = (f: (l: LigneAplDrees) => number) =>
      poids > 0 ? g.reduce((s, l) => s + f(l) * l.populationStandardisee, 0) / poids : g.reduce((s, l) => s + f(l), 0) / g.length;
    return {
      commune,
      apl: moyenne((l) => l.apl),
      aplMoins65: moyenne((l) => l.aplMoins65),
      populationStandardisee: poids,
      populationTotale: g.reduce((s, l) => s + l.populationTotale, 0),
      codesSource: g.map((l) => l.code).sort(),
    };
  });
  return { communes, sansCorrespondance };
}
