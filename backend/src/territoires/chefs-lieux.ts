import { readFileSync } from 'node:fs';

/** Rank of a commune's label on the map: chef-lieu de région, préfecture of a département, or another commune. */
export const RANG_CHEF_LIEU_REGION = 0;
export const RANG_PREFECTURE = 1;
export const RANG_COMMUNE = 2;

interface ChefLieu {
  readonly chefLieu?: string;
  /** `metro`, `drom` or `com`: the collectivités d'outre-mer are outside the dashboard's COG. */
  readonly zone?: string;
}

/**
 * Chefs-lieux of the régions and départements (INSEE COG 2026), from the same `@etalab/decoupage-administratif`
 * data the territories are imported from (its `chefLieu` fields): INSEE code of the commune → rank.
 */
export function rangsChefsLieux(): ReadonlyMap<string, number> {
  const lire = (fichier: string): ChefLieu[] =>
    JSON.parse(readFileSync(require.resolve(`@etalab/decoupage-administratif/data/${fichier}`), 'utf8')) as ChefLieu[];
  const rangs = new Map<string, number>();
  const retenus = (liste: ChefLieu[]) => liste.filter((x) => x.chefLieu && x.zone !== 'com');
  for (const d of retenus(lire('departements.json'))) rangs.set(d.chefLieu!, RANG_PREFECTURE);
  for (const r of retenus(lire('regions.json'))) rangs.set(r.chefLieu!, RANG_CHEF_LIEU_REGION);
  return rangs;
}
