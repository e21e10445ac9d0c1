import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface Eloignement {
  communes: number;
  population: number;
  communes_eloignees: number;
  population_eloignee: number;
}

export interface StructureZonage {
  type: string;
  classe: string | null;
  n: number;
}

export interface MspSansMedecin {
  id: number;
  nom: string;
  type: string;
  commune_code: string;
  commune_nom: string;
  generalistes_commune: number | null;
  source_generalistes: string;
  bv_code: string | null;
  bv_nom: string | null;
  densite_mg_bv: number | null;
}

/** Coverage queries: one method per question, each on the SQL objects of migration 1764400000004-couverture. */
@Injectable()
export class CouvertureRepository {
  constructor(private readonly dataSource: DataSource) {}

  async territoireExiste(type: string, code: string): Promise<{ nom: string } | null> {
    const rows = await this.dataSource.query(
      `SELECT nom FROM commune WHERE $1 = 'commune' AND code = $2
       UNION ALL SELECT nom FROM epci WHERE $1 = 'epci' AND code = $2
       UNION ALL SELECT nom FROM departement WHERE $1 = 'departement' AND code = $2
       UNION ALL SELECT nom FROM region WHERE $1 = 'region' AND code = $2
       UNION ALL SELECT nom FROM structure WHERE $1 = 'cpts' AND type = 'cpts' AND id::text = $2`,
      [type, code],
    );
    return rows[0] ?? null;
  }

  /** Whether the travel-time model (table `trajet`) is loaded. */
  async trajetsCharges(): Promise<boolean> {
    const [r] = await this.dataSource.query(`SELECT EXISTS (SELECT 1 FROM trajet) AS charges`);
    return r.charges === true;
  }

  /** Communes within `minutes` of a commune of the territory (the territory's own included), by the `trajet` table. */
  async communesAPortee(type: string, code: string, minutes: number): Promise<string[]> {
    const rows: { code: string }[] = await this.dataSource.query(
      `SELECT DISTINCT tr.destination_code AS code FROM communes_du_territoire($1, $2) t JOIN trajet tr ON tr.origine_code = t.code WHERE tr.minutes <= $3
       UNION SELECT code FROM communes_du_territoire($1, $2)`,
      [type, code, minutes],
    );
    return rows.map((r) => r.code);
  }

  /**
   * Population of the territory living more than 20 minutes (distance model of the access engine, table
   * `trajet`, pairs ≤ 20 min only) from every commune holding an MSP / PSP / medical centre de santé.
   */
  async eloignement(type: string, code: string): Promise<Eloignement> {
    const [r] = await this.dataSource.query(
      `WITH t AS (SELECT * FROM communes_du_territoire($1, $2)),
            -- communes holding at least one structure of general-practice care
            equipees AS (SELECT DISTINCT commune_code FROM structure_soins_mg),
            -- territory communes reaching one of them within 20 minutes (self pair included)
            desservies AS (
              SELECT DISTINCT tr.origine_code FROM trajet tr JOIN equipees e ON e.commune_code = tr.destination_code
               WHERE tr.origine_code IN (SELECT code FROM t) AND tr.minutes <= 20)
       SELECT count(*)::int AS communes, coalesce(sum(t.population), 0)::int AS population,
              count(*) FILTER (WHERE d.origine_code IS NULL)::int AS communes_eloignees,
              coalesce(sum(t.population) FILTER (WHERE d.origine_code IS NULL), 0)::int AS population_eloignee
         FROM t LEFT JOIN desservies d ON d.origine_code = t.code`,
      [type, code],
    );
    return r;
  }

  async communesEloignees(type: string, code: string, limite: number): Promise<{ code: string; nom: string; population: number }[]> {
    return this.dataSource.query(
      `SELECT c.code, c.nom, c.population FROM communes_du_territoire($1, $2) t JOIN commune c ON c.code = t.code
        WHERE NOT EXISTS (SELECT 1 FROM trajet tr JOIN structure_soins_mg s ON s.commune_code = tr.destination_code
                           WHERE tr.origine_code = t.code AND tr.minutes <= 20)
        ORDER BY c.population DESC, c.code LIMIT $3`,
      [type, code, limite],
    );
  }

  /** Territory communes that belong to no CPTS (membership lists). */
  async communesSansCpts(type: string, code: string): Promise<{ code: string; nom: string; population: number }[]> {
    return this.dataSource.query(
      `SELECT c.code, c.nom, c.population FROM communes_du_territoire($1, $2) t JOIN commune c ON c.code = t.code
        WHERE NOT EXISTS (SELECT 1 FROM cpts_commune m WHERE m.commune_code = t.code)
        ORDER BY c.population DESC, c.code`,
      [type, code],
    );
  }

  /** Structures of the territory by type and by the GP zonage class of their commune at a date. */
  async structuresParZonage(type: string, code: string, date: string): Promise<StructureZonage[]> {
    return this.dataSource.query(
      `SELECT s.type, z.classe, count(*)::int AS n
         FROM structure s
         JOIN communes_du_territoire($1, $2) t ON t.code = s.commune_code
         LEFT JOIN zonage_classes_a_date('medecin', $3::date) z ON z.commune_code = s.commune_code
        WHERE s.type <> 'cpts'
        GROUP BY s.type, z.classe ORDER BY s.type, z.classe`,
      [type, code, date],
    );
  }

  /** Communes and population of the territory by GP zonage class at a date. */
  async populationParZonage(type: string, code: string, date: string): Promise<{ classe: string | null; communes: number; population: number }[]> {
    return this.dataSource.query(
      `SELECT z.classe, count(*)::int AS communes, coalesce(sum(t.population), 0)::int AS population
         FROM communes_du_territoire($1, $2) t
         LEFT JOIN zonage_classes_a_date('medecin', $3::date) z ON z.commune_code = t.code
        GROUP BY z.classe ORDER BY z.classe`,
      [type, code, date],
    );
  }

  /** Structures of the territory by type (and nature for centres de santé) and by status. */
  async comptes(type: string, code: string): Promise<{ type: string; nature: string | null; statut: string; n: number }[]> {
    return this.dataSource.query(
      `SELECT s.type, s.nature, s.statut, count(*)::int AS n
         FROM structure s JOIN communes_du_territoire($1, $2) t ON t.code = s.commune_code
        GROUP BY s.type, s.nature, s.statut ORDER BY s.type, s.nature, s.statut`,
      [type, code],
    );
  }

  /** Whether a user's RPPS import is active (then it replaces the santescope presence counts). */
  /**
   * The RPPS imports serving the territory's départements (each département is served by the import that took it
   * over last): none when no RPPS extract covers any of them — an import of another département says nothing here.
   */
  async importsRppsDuTerritoire(type: string, code: string): Promise<{ id: number; fichier: string; importe_le: string }[]> {
    return this.dataSource.query(
      `SELECT DISTINCT i.id, i.fichier, i.importe_le::text
         FROM rpps_import i JOIN rpps_import_departement o ON o.import_id = i.id
        WHERE o.departement_code IN (SELECT DISTINCT c.departement_code FROM communes_du_territoire($1, $2) t JOIN commune c ON c.code = t.code)
        ORDER BY i.id DESC`,
      [type, code],
    );
  }

  /**
   * MSP / PSP of the territory located where there is no GP at all: in a commune with no GP (the RPPS import serving
   * the commune's département when there is one, else a zero count of RPPS doctors in santescope — a zero of an
   * over-count is reliable) or in a bassin de vie with a liberal GP density of 0 (CartoSanté 2024).
   */
  async mspSansMedecin(type: string, code: string): Promise<MspSansMedecin[]> {
    return this.dataSource.query(
      `WITH msp AS (
         SELECT s.id, s.nom, s.type, s.commune_code, o.import_id
           FROM structure s JOIN communes_du_territoire($1, $2) t ON t.code = s.commune_code
           JOIN commune c ON c.code = s.commune_code
           LEFT JOIN rpps_import_departement o ON o.departement_code = c.departement_code
          WHERE s.type IN ('msp', 'psp') AND s.statut IN ('ouverte', 'non précisé')),
       generalistes AS (
         SELECT m.id,
                CASE WHEN m.import_id IS NOT NULL
                     THEN (SELECT count(DISTINCT g.identifiant_pp)::int FROM medecin_generaliste_site g WHERE g.import_id = m.import_id AND g.commune_code = m.commune_code)
                     ELSE (SELECT r.generalistes_rpps_surestimes FROM rpps_medecins_commune r WHERE r.commune_code = m.commune_code) END AS n
           FROM msp m)
       SELECT m.id, m.nom, m.type, m.commune_code, c.nom AS commune_nom, g.n AS generalistes_commune,
              CASE WHEN m.import_id IS NOT NULL THEN 'import RPPS' ELSE 'santescope' END AS source_generalistes,
              cb.bv_code, b.nom AS bv_nom, i.valeur AS densite_mg_bv
         FROM msp m JOIN generalistes g ON g.id = m.id JOIN commune c ON c.code = m.commune_code
         LEFT JOIN commune_bassin_de_vie cb ON cb.commune_code = m.commune_code
         LEFT JOIN bassin_de_vie b ON b.code = cb.bv_code
         LEFT JOIN indicateur_bassin_de_vie i ON i.bv_code = cb.bv_code AND i.indicateur = 'densite_mg_liberaux' AND i.annee = 2024
        WHERE g.n = 0 OR i.valeur = 0
        ORDER BY c.nom, m.nom`,
      [type, code],
    );
  }
}
