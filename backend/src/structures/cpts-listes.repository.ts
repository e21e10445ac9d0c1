import { Injectable } from '@nestjs/common';
import { Requeteur } from '../import/importateur';

/** Datasets whose CPTS come from a membership list (the shipped ARS PACA listing and uploaded lists). */
const JEUX_LISTES = `ARRAY['cpts-paca', 'cpts-listes']`;

/** A CPTS's région: that of its most populous member (its `commune_code`). */
const REGION_STRUCTURE = `(SELECT c.region_code FROM commune c WHERE c.code = s.commune_code)`;

const TRANCHE_ACI = (population: string) => `CASE WHEN ${population} < 40000 THEN '< 40 000' WHEN ${population} < 80000 THEN '40 000 – 80 000'
                        WHEN ${population} <= 175000 THEN '80 000 – 175 000' ELSE '> 175 000' END`;

/**
 * CPTS membership lists uploaded from the « Données » screen: replace the listed CPTS of the covered régions, with
 * members, perimeters (union of the members' polygons) and population covered; archive and restore for rollback.
 */
@Injectable()
export class CptsListesRepository {
  /** Listed CPTS of these régions ($1) as archived rows. */
  static readonly SQL_ARCHIVE_STRUCTURES = `SELECT to_jsonb(s) - 'geom' || jsonb_build_object('geom_ewkt', ST_AsEWKT(s.geom)) AS donnees
      FROM structure s WHERE s.jeu = ANY(${JEUX_LISTES}) AND ${REGION_STRUCTURE} = ANY($1::text[])`;

  /** Members of the listed CPTS of these régions ($1) and of the FINESS CPTS the file attaches members to ($2). */
  static readonly SQL_ARCHIVE_MEMBRES = `SELECT to_jsonb(m) AS donnees FROM cpts_commune m JOIN structure s ON s.id = m.structure_id
     WHERE (s.jeu = ANY(${JEUX_LISTES}) AND ${REGION_STRUCTURE} = ANY($1::text[])) OR s.id = ANY($2::int[])`;

  static readonly SQL_ARCHIVE_PERIMETRES = `SELECT to_jsonb(p) - 'perimetre' || jsonb_build_object('perimetre_ewkt', ST_AsEWKT(p.perimetre)) AS donnees
      FROM cpts_perimetre p JOIN structure s ON s.id = p.structure_id
     WHERE (s.jeu = ANY(${JEUX_LISTES}) AND ${REGION_STRUCTURE} = ANY($1::text[])) OR s.id = ANY($2::int[])`;

  /** Members in place in these régions ($2), comparable with staged rows (key: CPTS name | commune or arrondissement). */
  static readonly SQL_ACTUEL = `SELECT s.nom || '|' || coalesce(a.arrondissement, m.commune_code) AS cle, '{}'::jsonb AS donnees,
           s.nom || ' : ' || coalesce(c.nom, m.commune_code) AS libelle
      FROM cpts_commune m JOIN structure s ON s.id = m.structure_id LEFT JOIN commune c ON c.code = m.commune_code
      LEFT JOIN LATERAL unnest(CASE WHEN m.partielle THEN m.arrondissements ELSE ARRAY[NULL]::text[] END) AS a(arrondissement) ON true
     WHERE c.region_code = ANY($2::text[])`;

  /** FINESS CPTS (category 604) named by the file's `finess` column. */
  async cptsFinessVisees(requete: Requeteur, televersementId: string): Promise<number[]> {
    const rows = await requete<{ id: number }>(
      `SELECT DISTINCT s.id FROM televersement_ligne t JOIN structure s ON s.type = 'cpts' AND s.finess = t.donnees->>'finess'
        WHERE t.televersement_id = $1 AND coalesce(t.donnees->>'finess', '') <> ''`,
      [televersementId],
    );
    return rows.map((r) => r.id);
  }

  async remplacer(
    requete: Requeteur,
    televersementId: string,
    regions: string[],
    cibles: number[],
    source: string,
  ): Promise<{ cpts: number; membres: number; retirees: number }> {
    await requete(`DELETE FROM cpts_commune WHERE structure_id = ANY($1::int[])`, [cibles]);
    await requete(`DELETE FROM cpts_perimetre WHERE structure_id = ANY($1::int[])`, [cibles]);
    const retirees = await requete(`DELETE FROM structure s WHERE s.jeu = ANY(${JEUX_LISTES}) AND ${REGION_STRUCTURE} = ANY($1::text[]) RETURNING s.id`, [
      regions,
    ]);
    const creees = await requete<{ id: number }>(
      `INSERT INTO structure (type, nom, statut, source, jeu, geom_source)
       SELECT DISTINCT 'cpts', t.donnees->>'cpts', 'non précisé', $2, 'cpts-listes', 'point intérieur du périmètre (union des communes membres)'
         FROM televersement_ligne t
        WHERE t.televersement_id = $1
          AND NOT EXISTS (SELECT 1 FROM structure f WHERE f.type = 'cpts' AND f.finess = t.donnees->>'finess' AND coalesce(t.donnees->>'finess', '') <> '')
       RETURNING id`,
      [televersementId, source],
    );
    const ids = [...cibles, ...creees.map((c) => c.id)];
    const membres = await requete(
      `INSERT INTO cpts_commune (structure_id, commune_code, partielle, arrondissements)
       SELECT s.id, r.commune_code, bool_and(r.arrondissement IS NOT NULL), coalesce(array_agg(DISTINCT r.arrondissement) FILTER (WHERE r.arrondissement IS NOT NULL), '{}')
         FROM televersement_ligne t CROSS JOIN LATERAL jsonb_to_record(t.donnees) AS r(cpts text, finess text, commune_code text, arrondissement text)
         JOIN structure s ON s.id = ANY($2::int[])
              AND ((coalesce(r.finess, '') <> '' AND s.finess = r.finess) OR (s.jeu = 'cpts-listes' AND s.nom = r.cpts AND s.finess IS NULL))
        WHERE t.televersement_id = $1
        GROUP BY s.id, r.commune_code
       RETURNING structure_id`,
      [televersementId, ids],
    );
    await requete(
      `INSERT INTO cpts_perimetre (structure_id, perimetre, population_couverte, tranche_aci, source_perimetre)
       SELECT m.structure_id, ST_Multi(ST_CollectionExtract(ST_MakeValid(ST_Union(c.geom)), 3)), max(p.population), ${TRANCHE_ACI('max(p.population)')},
              'union des polygones des communes membres (liste téléversée)'
         FROM cpts_commune m JOIN commune c ON c.code = m.commune_code
         JOIN (SELECT s.id, max((t.donnees->>'population_cpts')::int) AS population
                 FROM televersement_ligne t JOIN structure s ON s.id = ANY($2::int[])
                      AND ((coalesce(t.donnees->>'finess', '') <> '' AND s.finess = t.donnees->>'finess') OR (s.jeu = 'cpts-listes' AND s.nom = t.donnees->>'cpts' AND s.finess IS NULL))
                WHERE t.televersement_id = $1 GROUP BY s.id) p ON p.id = m.structure_id
        WHERE m.structure_id = ANY($2::int[]) AND c.geom IS NOT NULL
        GROUP BY m.structure_id`,
      [televersementId, ids],
    );
    // created CPTS: a point inside the perimeter and the member holding most of the population (territory filters)
    await requete(
      `UPDATE structure s SET geom = ST_PointOnSurface(p.perimetre),
              commune_code = (SELECT m.commune_code FROM cpts_commune m JOIN commune c ON c.code = m.commune_code
                               WHERE m.structure_id = s.id ORDER BY c.population DESC LIMIT 1)
         FROM cpts_perimetre p WHERE p.structure_id = s.id AND s.id = ANY($1::int[]) AND s.jeu = 'cpts-listes'`,
      [creees.map((c) => c.id)],
    );
    return { cpts: ids.length, membres: membres.length, retirees: retirees.length };
  }

  /** Rollback: the lists created are removed, the archived CPTS, members and perimeters come back (same ids). */
  async retablir(requete: Requeteur, versionId: number, regions: string[], cibles: number[]): Promise<void> {
    await requete(`DELETE FROM cpts_commune WHERE structure_id = ANY($1::int[])`, [cibles]);
    await requete(`DELETE FROM cpts_perimetre WHERE structure_id = ANY($1::int[])`, [cibles]);
    await requete(`DELETE FROM structure s WHERE s.jeu = 'cpts-listes' AND (${REGION_STRUCTURE} = ANY($1::text[]) OR s.commune_code IS NULL)`, [regions]);
    await requete(
      `INSERT INTO structure (id, type, nature, nom, finess, finess_juridique, categorie_finess, statut, date_ouverture, date_autorisation, adresse,
                              commune_code, siret, geom, geom_source, source, jeu, cree_le, modifie_le)
       SELECT r.id, r.type, r.nature, r.nom, r.finess, r.finess_juridique, r.categorie_finess, r.statut, r.date_ouverture, r.date_autorisation, r.adresse,
              r.commune_code, r.siret, ST_GeomFromEWKT(a.donnees->>'geom_ewkt'), r.geom_source, r.source, r.jeu, r.cree_le, r.modifie_le
         FROM version_jeu_archive a CROSS JOIN LATERAL jsonb_populate_record(NULL::structure, a.donnees - 'geom_ewkt') r
        WHERE a.version_id = $1 AND a.nature = 'structure'
       ON CONFLICT (id) DO NOTHING`,
      [versionId],
    );
    await requete(
      `INSERT INTO cpts_commune SELECT r.* FROM version_jeu_archive a CROSS JOIN LATERAL jsonb_populate_record(NULL::cpts_commune, a.donnees) r
        WHERE a.version_id = $1 AND a.nature = 'cpts_commune' ON CONFLICT DO NOTHING`,
      [versionId],
    );
    await requete(
      `INSERT INTO cpts_perimetre (structure_id, perimetre, population_couverte, tranche_aci, source_perimetre)
       SELECT r.structure_id, ST_GeomFromEWKT(a.donnees->>'perimetre_ewkt'), r.population_couverte, r.tranche_aci, r.source_perimetre
         FROM version_jeu_archive a CROSS JOIN LATERAL jsonb_populate_record(NULL::cpts_perimetre, a.donnees - 'perimetre_ewkt') r
        WHERE a.version_id = $1 AND a.nature = 'cpts_perimetre' ON CONFLICT DO NOTHING`,
      [versionId],
    );
  }
}
