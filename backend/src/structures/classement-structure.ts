export const TYPES_STRUCTURE = ['msp', 'psp', 'cds', 'cpts', 'esp'] as const;
export type TypeStructure = (typeof TYPES_STRUCTURE)[number];

export const LIBELLES_TYPES: Record<TypeStructure, string> = {
  msp: 'Maison de santé pluriprofessionnelle',
  psp: 'Pôle de santé (MSP multi-sites)',
  cds: 'Centre de santé',
  cpts: 'Communauté professionnelle territoriale de santé',
  esp: 'Équipe de soins primaires',
};

/** FINESS categories kept by the product, with the label the official file must carry (checked on import). */
export const CATEGORIES_FINESS: Record<string, { type: TypeStructure; libelle: RegExp }> = {
  '603': { type: 'msp', libelle: /maison de sant/i },
  '124': { type: 'cds', libelle: /centre de sant/i },
  '604': { type: 'cpts', libelle: /CPTS|communaut[ée]s? professionnelles? territoriales? de sant/i },
};

/**
 * FINESS has one category (603) for single-site MSP and multi-site pôles: a 603 whose name says
 * « pôle de santé » is classed PSP (heuristic on the name, stated in the API).
 */
export function typeDepuisFiness(categorie: string, nom: string): TypeStructure | null {
  const c = CATEGORIES_FINESS[categorie];
  if (!c) return null;
  if (c.type === 'msp' && /\bP[OÔ]LE (DE )?SANT[EÉ]/i.test(nom)) return 'psp';
  return c.type;
}

/**
 * Nature of a centre de santé from its name (FINESS category 124 mixes medical, dental, nursing and eye
 * centres). Only medical or unspecified centres count as GP care in the coverage queries.
 */
export function natureCentreDeSante(nom: string): 'medical' | 'dentaire' | 'infirmier' | 'ophtalmologique' | 'non précisée' {
  const n = nom.toUpperCase();
  if (/M[EÉ]DIC|POLYVALENT|MUNICIPAL|MA R[EÉ]GION|INTERCOMMUNAL|PLURIPRO|G[EÉ]N[EÉ]RALISTE/.test(n)) return 'medical';
  if (/DENT/.test(n)) return 'dentaire';
  if (/INFIRM|SOINS INF|\bCSI\b|C\.S\.I/.test(n)) return 'infirmier';
  if (/VISION|OPHTALM|\bYEUX\b/.test(n)) return 'ophtalmologique';
  return 'non précisée';
}

/** ACI size band of a CPTS from the population it covers (ACI CPTS 2019, avenant 2). */
export function trancheAci(population: number): '< 40 000' | '40 000 – 80 000' | '80 000 – 175 000' | '> 175 000' {
  if (population < 40_000) return '< 40 000';
  if (population < 80_000) return '40 000 – 80 000';
  if (population <= 175_000) return '80 000 – 175 000';
  return '> 175 000';
}
