import { CorrespondanceCog } from '../common/cog/correspondance-cog';
import type { DeclarationCouverture } from '../jeux-de-donnees/couverture-donnees.repository';
import type { ThemeCouverture } from '../jeux-de-donnees/themes-donnees';

export type Perimetre = { niveau: 'national' } | { niveau: 'region'; code: string } | { niveau: 'departement'; code: string };

/** Départements (COG 2026) of each région, from the territorial referential. */
function departementsParRegion(cog: CorrespondanceCog): Map<string, Set<string>> {
  const parRegion = new Map<string, Set<string>>();
  for (const c of cog.communes()) {
    if (!parRegion.has(c.region)) parRegion.set(c.region, new Set());
    parRegion.get(c.region)!.add(c.departement);
  }
  return parRegion;
}

/**
 * What a file covers, deduced from the départements it contains (ADR 0005): the whole country when every
 * département is there, each région whose départements are all there, and the other départements one by one.
 * `limite` (an ARS account's régions / départements) clips the result.
 */
export function perimetresDepuisDepartements(
  presents: Iterable<string>,
  cog: CorrespondanceCog = CorrespondanceCog.referentiel(),
  limite: { regions: string[]; departements: string[] } | null = null,
): Perimetre[] {
  const parRegion = departementsParRegion(cog);
  const regionDe = new Map<string, string>();
  for (const [r, deps] of parRegion) for (const d of deps) regionDe.set(d, r);
  const dans = (d: string) => !limite || limite.departements.includes(d) || limite.regions.includes(regionDe.get(d) ?? '');
  const retenus = new Set([...presents].filter((d) => regionDe.has(d) && dans(d)));
  if (!retenus.size) return [];
  if (!limite && [...regionDe.keys()].every((d) => retenus.has(d))) return [{ niveau: 'national' }];
  const perimetres: Perimetre[] = [];
  for (const [region, deps] of [...parRegion].sort(([a], [b]) => a.localeCompare(b))) {
    const ici = [...deps].filter((d) => retenus.has(d)).sort();
    if (!ici.length) continue;
    if (ici.length === deps.size) perimetres.push({ niveau: 'region', code: region });
    else ici.forEach((code) => perimetres.push({ niveau: 'departement', code }));
  }
  return perimetres;
}

/** Départements (COG 2026) inside a list of perimeters. */
export function departementsDesPerimetres(perimetres: Perimetre[], cog: CorrespondanceCog = CorrespondanceCog.referentiel()): string[] {
  const parRegion = departementsParRegion(cog);
  const deps = new Set<string>();
  for (const p of perimetres) {
    if (p.niveau === 'national') [...parRegion.values()].forEach((s) => s.forEach((d) => deps.add(d)));
    else if (p.niveau === 'region') parRegion.get(p.code)?.forEach((d) => deps.add(d));
    else deps.add(p.code);
  }
  return [...deps].sort();
}

/** Coverage declarations of several themes over the same perimeters. */
export function declarations(themes: readonly ThemeCouverture[], perimetres: Perimetre[], millesime: string): DeclarationCouverture[] {
  return themes.flatMap((theme) => perimetres.map((p) => ({ theme, niveau: p.niveau, code: p.niveau === 'national' ? undefined : p.code, millesime })));
}

/** An ARS account's régions and départements (null for an administrator: no limit). */
export function limiteDuCompte(utilisateur: {
  role: string;
  territoires: { type: string; code: string }[];
}): { regions: string[]; departements: string[] } | null {
  if (utilisateur.role === 'admin') return null;
  return {
    regions: utilisateur.territoires.filter((t) => t.type === 'region').map((t) => t.code),
    departements: utilisateur.territoires.filter((t) => t.type === 'departement').map((t) => t.code),
  };
}
