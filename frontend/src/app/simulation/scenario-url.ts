import { Changement, TypeChangement } from './simulation';

/** Short names of the change types in links (the API's names are long and carry underscores). */
const COURTS: Readonly<Record<TypeChangement, string>> = {
  ouverture_msp: 'msp',
  ajout_medecins: 'ajout',
  retrait_medecins: 'retrait',
  depart_retraite: 'retraite',
};
const TYPES_PAR_COURT = new Map(Object.entries(COURTS).map(([type, court]) => [court, type as TypeChangement]));
const CODE = /^[0-9A-Za-z]{1,12}$/;

/**
 * A scenario as kept in the URL, changes separated by commas, fields by dots (characters a link keeps as they are):
 * `msp.23030.3,ajout.42218.2,retrait.42218.1,retraite.departement.42`. Null for an empty scenario.
 */
export function ecrireScenario(changements: readonly Changement[]): string | null {
  if (changements.length === 0) return null;
  return changements
    .map((c) => (c.type === 'depart_retraite' ? `${COURTS[c.type]}.${(c.territoire ?? '').replace(':', '.')}` : `${COURTS[c.type]}.${c.commune}.${c.nombre}`))
    .join(',');
}

/** The changes of a `scenario` parameter; null when any part is not a change (a link cut short opens no half scenario). */
export function lireScenario(texte: string | null): Changement[] | null {
  if (!texte) return null;
  const changements: Changement[] = [];
  for (const morceau of texte.split(',')) {
    const [court, a, b, ...reste] = morceau.split('.');
    const type = TYPES_PAR_COURT.get(court);
    if (!type || reste.length || !a || !b) return null;
    if (type === 'depart_retraite') {
      if (!['commune', 'epci', 'departement', 'region'].includes(a) || !CODE.test(b)) return null;
      changements.push({ type, territoire: `${a}:${b.toUpperCase()}` });
    } else {
      const nombre = Number(b);
      if (!CODE.test(a) || !Number.isInteger(nombre) || nombre < 1 || nombre > 200) return null;
      changements.push({ type, commune: a.toUpperCase(), nombre });
    }
  }
  return changements;
}
