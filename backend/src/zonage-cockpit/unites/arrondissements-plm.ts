import { readFileSync } from 'node:fs';

interface EntreeReferentiel {
  code: string;
  nom: string;
  type: string;
  commune?: string;
}

let cache: Map<string, { code: string; nom: string }[]> | null = null;

/** Arrondissements of Paris, Lyon and Marseille by city (COG 2026, `@etalab/decoupage-administratif`). */
export function arrondissementsParVille(): Map<string, { code: string; nom: string }[]> {
  if (!cache) {
    const fichier = require.resolve('@etalab/decoupage-administratif/data/communes.json');
    const entrees = JSON.parse(readFileSync(fichier, 'utf8')) as EntreeReferentiel[];
    cache = new Map();
    for (const e of entrees) {
      if (e.type !== 'arrondissement-municipal' || !e.commune) continue;
      (cache.get(e.commune) ?? cache.set(e.commune, []).get(e.commune)!).push({ code: e.code, nom: e.nom });
    }
  }
  return cache;
}
