import { ErreurDomaine } from '../common/erreurs/erreur-domaine';

export const TYPES_TERRITOIRE = ['commune', 'epci', 'departement', 'region'] as const;
export type TypeTerritoire = (typeof TYPES_TERRITOIRE)[number];

/** Official code shapes: INSEE commune (incl. Corsica 2A/2B and DROM 97x), EPCI SIREN, département, région. */
const FORMES: Record<TypeTerritoire, { motif: RegExp; exemple: string }> = {
  commune: { motif: /^(?:\d{5}|2[AB]\d{3})$/, exemple: '2A004 ou 42218' },
  epci: { motif: /^\d{9}$/, exemple: '244200770 (SIREN à 9 chiffres)' },
  departement: { motif: /^(?:0[1-9]|1\d|2[1-9]|[3-8]\d|9[0-5]|2[AB]|97[1-6])$/, exemple: '42, 2A ou 974' },
  region: { motif: /^\d{2}$/, exemple: '84 ou 94' },
};

export interface ReferenceTerritoire {
  type: TypeTerritoire;
  code: string;
}

/** Checks the type and the code's shape (400 when malformed); existence is checked by the caller (404). */
export function verifierReference(type: string, code: string): ReferenceTerritoire {
  if (!(TYPES_TERRITOIRE as readonly string[]).includes(type)) {
    throw new ErreurDomaine('ENTREE_INVALIDE', `Type de territoire inconnu « ${type} » : attendu ${TYPES_TERRITOIRE.join(', ')}.`, [
      { champ: 'type', valeur: type, message: `attendu ${TYPES_TERRITOIRE.join(', ')}` },
    ]);
  }
  const t = type as TypeTerritoire;
  const codeNormalise = code.trim().toUpperCase();
  if (!FORMES[t].motif.test(codeNormalise)) {
    throw new ErreurDomaine('ENTREE_INVALIDE', `Code ${t} mal formé « ${code} » (exemple : ${FORMES[t].exemple}).`, [
      { champ: 'code', valeur: code, message: `code ${t} mal formé, exemple : ${FORMES[t].exemple}` },
    ]);
  }
  return { type: t, code: codeNormalise };
}
