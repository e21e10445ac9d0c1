import { TerritoireCompte } from './compte';

const TYPES: Readonly<Record<string, TerritoireCompte['type']>> = {
  commune: 'commune',
  epci: 'epci',
  departement: 'departement',
  département: 'departement',
  region: 'region',
  région: 'region',
};

/**
 * Territories typed as « region:76, commune:31555 » (or « région 76 ; commune 31555 »): the list, or the first
 * entry that is not understood (to be shown next to the field).
 */
export function territoiresSaisis(texte: string): { territoires: TerritoireCompte[] } | { erreur: string } {
  const territoires: TerritoireCompte[] = [];
  for (const morceau of texte
    .split(/[,;\n]+/)
    .map((m) => m.trim())
    .filter(Boolean)) {
    const m = /^([a-zéèêë]+)\s*[: ]\s*([0-9AB]{2,9})$/i.exec(morceau);
    const type = m ? TYPES[m[1].toLowerCase()] : undefined;
    if (!m || !type) return { erreur: `« ${morceau} » n’est pas compris : écrivez par exemple « region:76 » ou « commune:31555 ».` };
    territoires.push({ type, code: m[2].toUpperCase() });
  }
  return { territoires };
}

/** The reverse, to fill the field with an account's territories. */
export function territoiresEnTexte(territoires: readonly TerritoireCompte[]): string {
  return territoires.map((t) => `${t.type}:${t.code}`).join(', ');
}
