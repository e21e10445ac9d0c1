import { Requeteur } from '../import/importateur';
import { Differences, ExempleDifference } from './type-fichier';

export interface ComparaisonParCle {
  /** What the file is compared with, in French (« les structures FINESS en place en Nouvelle-Aquitaine »). */
  comparaison: string;
  /**
   * The version in place within the file's coverage: a SELECT giving `cle text, donnees jsonb, libelle text`.
   * Its parameters start at $2 ($1 is the upload id).
   */
  sqlActuel: string;
  parametres?: unknown[];
  /** The comparable part of a staged row, as a jsonb expression over `t.donnees` (default: the whole row). */
  sqlNouveau?: string;
  /** Label of a staged row for the examples, a text expression over `t.donnees` (default: the key). */
  sqlLibelle?: string;
}

const EXEMPLES_PAR_NATURE = 10;
/** Keys compared per statement: each statement stays short (on the embedded database, other users wait for it). */
const CLES_PAR_TRANCHE = 5000;

type Nature = ExempleDifference['nature'] | 'inchange';

/**
 * Additions, modifications and removals between the staged rows of an upload and the version in place, by key,
 * computed by PostgreSQL (no row loaded in memory) in ranges of about 5,000 staged keys (short statements: on the
 * embedded database the other users' requests pass between them), with a few examples of each kind.
 */
export async function differencesParCle(
  requete: Requeteur,
  televersementId: string,
  c: ComparaisonParCle,
  clesParTranche = CLES_PAR_TRANCHE,
): Promise<Differences> {
  // range bounds: the key of every 5,000th staged row, walked along the index (televersement_id, cle) — each
  // statement reads 5,000 index entries; a bound is strictly above the previous one, so a key never spans two ranges
  const bornes: string[] = [];
  for (;;) {
    const [b] = await requete<{ cle: string }>(
      `SELECT cle FROM televersement_ligne WHERE televersement_id = $1 AND ($2::text IS NULL OR cle > $2::text) ORDER BY cle OFFSET $3 LIMIT 1`,
      [televersementId, bornes.at(-1) ?? null, clesParTranche - 1],
    );
    if (!b) break;
    bornes.push(b.cle);
  }
  const tranches: [string | null, string | null][] = [];
  for (let i = 0; i <= bornes.length; i++) tranches.push([i === 0 ? null : bornes[i - 1], i === bornes.length ? null : bornes[i]]);
  const n = (c.parametres ?? []).length;
  const bas = `$${n + 2}::text`;
  const haut = `$${n + 3}::text`;
  const dans = (col: string) => `(${bas} IS NULL OR ${col} >= ${bas}) AND (${haut} IS NULL OR ${col} < ${haut})`;
  const comptes = new Map<Nature, number>();
  const exemples: ExempleDifference[] = [];
  for (const [de, a] of tranches) {
    const rows = await requete<{ nature: Nature; n: number; exemples: { cle: string; libelle: string }[] | null }>(
      `WITH nouveau AS (
         SELECT DISTINCT ON (t.cle) t.cle, ${c.sqlNouveau ?? 't.donnees'} AS donnees, ${c.sqlLibelle ?? 't.cle'} AS libelle
           FROM televersement_ligne t WHERE t.televersement_id = $1 AND ${dans('t.cle')} ORDER BY t.cle, t.numero
       ), actuel AS (
         SELECT DISTINCT ON (a.cle) a.cle, a.donnees, a.libelle FROM (${c.sqlActuel}) a WHERE ${dans('a.cle')} ORDER BY a.cle
       ), compare AS (
         SELECT coalesce(n.cle, a.cle) AS cle, coalesce(n.libelle, a.libelle) AS libelle,
                CASE WHEN a.cle IS NULL THEN 'ajout' WHEN n.cle IS NULL THEN 'retrait'
                     WHEN n.donnees IS DISTINCT FROM a.donnees THEN 'modification' ELSE 'inchange' END AS nature
           FROM nouveau n FULL JOIN actuel a ON a.cle = n.cle
       ), numerote AS (
         SELECT nature, cle, libelle, row_number() OVER (PARTITION BY nature ORDER BY cle) AS rang FROM compare
       )
       SELECT nature, count(*)::int AS n,
              json_agg(json_build_object('cle', cle, 'libelle', libelle) ORDER BY cle) FILTER (WHERE rang <= ${EXEMPLES_PAR_NATURE} AND nature <> 'inchange') AS exemples
         FROM numerote GROUP BY nature`,
      [televersementId, ...(c.parametres ?? []), de, a],
    );
    for (const r of rows) {
      comptes.set(r.nature, (comptes.get(r.nature) ?? 0) + r.n);
      if (r.nature === 'inchange') continue;
      const deja = exemples.filter((e) => e.nature === r.nature).length;
      exemples.push(
        ...(r.exemples ?? [])
          .slice(0, Math.max(0, EXEMPLES_PAR_NATURE - deja))
          .map((e) => ({ nature: r.nature as ExempleDifference['nature'], cle: e.cle, libelle: e.libelle ?? e.cle })),
      );
    }
  }
  exemples.sort((x, y) => ['ajout', 'modification', 'retrait'].indexOf(x.nature) - ['ajout', 'modification', 'retrait'].indexOf(y.nature));
  return {
    comparaison: c.comparaison,
    ajouts: comptes.get('ajout') ?? 0,
    modifications: comptes.get('modification') ?? 0,
    retraits: comptes.get('retrait') ?? 0,
    inchanges: comptes.get('inchange') ?? 0,
    exemples,
  };
}
