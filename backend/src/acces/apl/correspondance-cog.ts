import { LigneAplDrees } from './lecture-apl-drees';

/** Entry of `@etalab/decoupage-administratif/data/communes.json` (COG 2026). */
export interface CommuneReferentiel {
  code: string;
  type: string;
  anciensCodes?: string[];
  chefLieu?: string;
  commune?: string;
}

export interface CorrespondanceCog {
  /** code of the vintage's COG → code of the 2026 commune */
  versCog2026(code: string): string | null;
}

/**
 * Maps a COG 2022/2023 code to its 2026 commune: a current commune keeps its code; a Paris/Lyon/Marseille
 * arrondissement goes to its city; a commune merged since (now déléguée or associée) goes to its chef-lieu; an old
 * code listed in `anciensCodes` goes to the commune that absorbed it.
 */
export function correspondanceCog(referentiel: CommuneReferentiel[]): CorrespondanceCog {
  const table = new Map<string, string>();
  for (const c of referentiel) if (c.type === 'commune-actuelle') for (const a of c.anciensCodes ?? []) table.set(a, c.code);
  for (const c of referentiel) {
    if (c.type === 'commune-deleguee' || c.type === 'commune-associee') {
      if (c.chefLieu) table.set(c.code, c.chefLieu);
    } else if (c.type === 'arrondissement-municipal' && c.commune) table.set(c.code, c.commune);
  }
  for (const c of referentiel) if (c.type === 'commune-actuelle') table.set(c.code, c.code);
  return { versCog2026: (code) => table.get(code) ?? null };
}

export interface AplCommune2026 {
  commune: string;
  apl: number;
  aplMoins65: number;
  populationStandardisee: number;
  populationTotale: number;
  codesSource: string[];
}

/**
 * Aggregates the rows of one vintage into 2026 communes, as the DREES prescribes for any grouping of communes:
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
    const cible = correspondance.versCog2026(l.code);
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
