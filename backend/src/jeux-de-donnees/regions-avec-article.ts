/** Région names with their article, for sentences (« données chargées pour l’Occitanie seulement »). COG 2026 codes. */
const REGIONS_AVEC_ARTICLE: Record<string, string> = {
  '01': 'la Guadeloupe',
  '02': 'la Martinique',
  '03': 'la Guyane',
  '04': 'La Réunion',
  '06': 'Mayotte',
  '11': 'l’Île-de-France',
  '24': 'le Centre-Val de Loire',
  '27': 'la Bourgogne-Franche-Comté',
  '28': 'la Normandie',
  '32': 'les Hauts-de-France',
  '44': 'le Grand Est',
  '52': 'les Pays de la Loire',
  '53': 'la Bretagne',
  '75': 'la Nouvelle-Aquitaine',
  '76': 'l’Occitanie',
  '84': 'l’Auvergne-Rhône-Alpes',
  '93': 'la Provence-Alpes-Côte d’Azur',
  '94': 'la Corse',
};

export function regionAvecArticle(code: string, nom?: string): string {
  return REGIONS_AVEC_ARTICLE[code] ?? nom ?? `la région ${code}`;
}
