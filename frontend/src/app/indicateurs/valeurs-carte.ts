import { Indicateur, ValeursIndicateur } from './indicateur';

/**
 * The values as the map colours them: numbers by INSEE code. Categorical values (classes, zonage)
 * become their category's number; unknown categories and nulls are left out (grey, « sans donnée »).
 */
export function valeursPourCarte(indicateur: Indicateur, valeurs: ValeursIndicateur | null): ReadonlyMap<string, number> {
  const resultat = new Map<string, number>();
  if (!valeurs) return resultat;
  const categories = indicateur.categories;
  for (const [code, valeur] of Object.entries(valeurs.valeurs)) {
    if (categories) {
      const n = typeof valeur === 'string' ? categories[valeur] : undefined;
      if (n !== undefined) resultat.set(code, n);
    } else if (typeof valeur === 'number' && Number.isFinite(valeur)) {
      resultat.set(code, valeur);
    }
  }
  return resultat;
}
