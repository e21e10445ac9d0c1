import { TypeTerritoire } from './territoire';

const TYPES: readonly TypeTerritoire[] = ['commune', 'epci', 'departement', 'region'];

/** A territory as kept in the URL: `type:code` (`commune:42218`, `epci:244200770`, `departement:2A`). */
export function ecrireTerritoire(t: { readonly type: TypeTerritoire; readonly code: string }): string {
  return `${t.type}:${t.code}`;
}

/** The territory of a `type:code` parameter, or null when it is not one. The API says whether the code exists. */
export function lireTerritoire(texte: string | null): { type: TypeTerritoire; code: string } | null {
  const m = /^([a-z]+):([0-9A-Za-z]{1,12})$/.exec(texte?.trim() ?? '');
  if (!m || !(TYPES as readonly string[]).includes(m[1])) return null;
  return { type: m[1] as TypeTerritoire, code: m[2].toUpperCase() };
}
