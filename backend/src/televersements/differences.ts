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

/**
 * Additions, modifications and removals between the staged rows of an upload and the version in place, by key,
 * computed by PostgreSQL (no row loaded in memory), with a few examples of each kind.
 */
export async function differencesParCle(requete: Requeteur, televersementId: string, c: ComparaisonParCle): Promise<Differences> {
  const rows = await requete<{ nature: ExempleDifference['nature'] | 'inchange'; n: number; exemples: { cle: string; libelle: string }[] | null }>(
    `WITH nouveau AS (
       SELECT DISTINCT ON (t.cle) t.cle, ${c.sqlNouveau ?? 't.donnees'} AS donnees, ${c.sqlLibelle ?? 't.cle'} AS libelle
         FROM televersement_ligne t WHERE t.televersement_id = $1 ORDER BY t.cle, t.numero
     ), actuel AS (
       SELECT DISTINCT ON (a.cle) a.cle, a.donnees, a.libelle FROM (${c.sqlActuel}) a ORDER BY a.cle
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
    [televersementId, ...(c.parametres ?? [])],
  );
  const compte = (nature: string) => rows.find((r) => r.nature === nature)?.n ?? 0;
  const exemples: ExempleDifference[] = (['ajout', 'modification', 'retrait'] as const).flatMap((nature) =>
    (rows.find((r) => r.nature === nature)?.exemples ?? []).map((e) => ({ nature, cle: e.cle, libelle: e.libelle ?? e.cle })),
  );
  return {
    comparaison: c.comparaison,
    ajouts: compte('ajout'),
    modifications: compte('modification'),
    retraits: compte('retrait'),
    inchanges: compte('inchange'),
    exemples,
  };
}
