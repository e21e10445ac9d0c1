import { GroupeCommunes } from './couverture-donnees';

/** A commune and the territories it belongs to (COG 2026). */
export interface CommuneRattachee {
  code: string;
  region: string;
  departement: string;
  epci: string | null;
}

/** The territory types whose communes are known from the communes' own columns (a CPTS's are in another table). */
export const TYPES_INDEXES = ['commune', 'epci', 'departement', 'region'] as const;

/**
 * The communes of every commune, EPCI, département and région counted by région and département (what
 * `CouvertureDonneesRepository.groupes` answers with `communes_du_territoire`), keyed `type:code`: built once per
 * version of the territories, so that a card's coverage costs no query (issue 10, load). Read-only.
 */
export function indexerGroupes(communes: readonly CommuneRattachee[]): ReadonlyMap<string, GroupeCommunes[]> {
  const comptes = new Map<string, Map<string, GroupeCommunes>>();
  const compter = (cle: string, c: CommuneRattachee) => {
    let groupes = comptes.get(cle);
    if (!groupes) comptes.set(cle, (groupes = new Map()));
    const g = groupes.get(`${c.region}|${c.departement}`);
    if (g) g.communes++;
    else groupes.set(`${c.region}|${c.departement}`, { region: c.region, departement: c.departement, communes: 1 });
  };
  for (const c of communes) {
    compter(`commune:${c.code}`, c);
    if (c.epci) compter(`epci:${c.epci}`, c);
    compter(`departement:${c.departement}`, c);
    compter(`region:${c.region}`, c);
  }
  return new Map([...comptes].map(([cle, groupes]) => [cle, [...groupes.values()]]));
}
