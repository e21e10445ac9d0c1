import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** A member of a unit as read from the database (commune COG 2026 or PLM arrondissement). */
export interface LigneMembre {
  code: string;
  nom: string;
  departement: string;
  region: string;
  unite: string;
  unite_nom: string;
  population_legale: number | null;
  apl: number | null;
  apl_moins_65: number | null;
  population_standardisee: number | null;
  population_totale: number | null;
  arrondissement_de: string | null;
}

export interface LigneIndicateurBv {
  bv_code: string;
  indicateur: string;
  annee: number;
  valeur: number | null;
  secret: boolean;
  source: string;
}

export interface LigneQpv {
  code: string;
  nom: string;
  commune_code: string;
  population: number | null;
  population_source: string | null;
}

/** Reads of the units (bassins de vie or an uploaded TVS composition) of a région, with their communes' APL. */
@Injectable()
export class UnitesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Every commune of the bassins de vie touching the région (their communes in other régions too). */
  async membresBassinsDeVie(region: string, annee: number): Promise<LigneMembre[]> {
    return this.dataSource.query(
      `WITH bv AS (SELECT DISTINCT cbv.bv_code FROM commune_bassin_de_vie cbv JOIN commune c ON c.code = cbv.commune_code WHERE c.region_code = $1)
       SELECT c.code, c.nom, c.departement_code AS departement, c.region_code AS region, cbv.bv_code AS unite, b.nom AS unite_nom,
              c.population AS population_legale, a.apl, a.apl_moins_65, a.population_standardisee, a.population_totale, NULL AS arrondissement_de
         FROM bv JOIN commune_bassin_de_vie cbv ON cbv.bv_code = bv.bv_code
         JOIN commune c ON c.code = cbv.commune_code
         JOIN bassin_de_vie b ON b.code = cbv.bv_code
         LEFT JOIN apl_commune a ON a.commune_code = c.code AND a.annee = $2
        ORDER BY cbv.bv_code, c.code`,
      [region, annee],
    );
  }

  /** Communes of the région that belong to no bassin de vie (re-created after the INSEE table). */
  async communesSansBassin(region: string, annee: number): Promise<LigneMembre[]> {
    return this.dataSource.query(
      `SELECT c.code, c.nom, c.departement_code AS departement, c.region_code AS region, c.code AS unite, c.nom AS unite_nom,
              c.population AS population_legale, a.apl, a.apl_moins_65, a.population_standardisee, a.population_totale, NULL AS arrondissement_de
         FROM commune c LEFT JOIN apl_commune a ON a.commune_code = c.code AND a.annee = $2
        WHERE c.region_code = $1 AND NOT EXISTS (SELECT 1 FROM commune_bassin_de_vie cbv WHERE cbv.commune_code = c.code)
        ORDER BY c.code`,
      [region, annee],
    );
  }

  /** Members of an uploaded TVS composition: communes, or arrondissements of Paris/Lyon/Marseille with their own APL. */
  async membresComposition(compositionId: number, annee: number): Promise<LigneMembre[]> {
    return this.dataSource.query(
      `SELECT t.commune_code AS code, coalesce(c.nom, p.nom) AS nom, coalesce(c.departement_code, p.departement_code) AS departement,
              coalesce(c.region_code, p.region_code) AS region, t.tvs_code AS unite, t.tvs_nom AS unite_nom,
              c.population AS population_legale,
              coalesce(a.apl, aa.apl) AS apl, coalesce(a.apl_moins_65, aa.apl_moins_65) AS apl_moins_65,
              coalesce(a.population_standardisee, aa.population_standardisee) AS population_standardisee,
              coalesce(a.population_totale, aa.population_totale) AS population_totale,
              aa.commune_code AS arrondissement_de
         FROM composition_tvs_commune t
         LEFT JOIN commune c ON c.code = t.commune_code
         LEFT JOIN apl_commune a ON a.commune_code = t.commune_code AND a.annee = $2
         LEFT JOIN apl_arrondissement aa ON aa.code = t.commune_code AND aa.annee = $2
         LEFT JOIN commune p ON p.code = aa.commune_code
        WHERE t.composition_id = $1
        ORDER BY t.tvs_code, t.commune_code`,
      [compositionId, annee],
    );
  }

  async indicateursBv(codes: string[]): Promise<LigneIndicateurBv[]> {
    return this.dataSource.query(
      `SELECT bv_code, indicateur, annee, valeur, secret, source FROM indicateur_bassin_de_vie
        WHERE bv_code = ANY($1::text[]) AND indicateur = 'densite_mg_liberaux'
       UNION ALL
       SELECT bv_code, indicateur, annee, valeur, valeur IS NULL AS secret, source FROM indicateur_unite_bv WHERE bv_code = ANY($1::text[])`,
      [codes],
    );
  }

  /** QPV (2024 list) touching the région's communes, with the population the ARS entered if any. */
  async qpvRegion(region: string): Promise<LigneQpv[]> {
    return this.dataSource.query(
      `SELECT q.code, q.nom, qc.commune_code, s.population, s.source AS population_source
         FROM qpv q JOIN qpv_commune qc ON qc.qpv_code = q.code JOIN commune c ON c.code = qc.commune_code
         LEFT JOIN population_qpv_saisie s ON s.qpv_code = q.code
        WHERE c.region_code = $1
        ORDER BY q.code, qc.commune_code`,
      [region],
    );
  }

  /** Class of each QPV in the QPV-level zonage médecins in force at a date (ARS PACA), when there is one. */
  async classesQpvALaDate(date: string): Promise<Map<string, string>> {
    const rows: { qpv_code: string; classe: string }[] = await this.dataSource.query(
      `SELECT DISTINCT ON (z.qpv_code) z.qpv_code, z.classe
         FROM zonage_qpv z JOIN zonage_version v ON v.id = z.version_id
        WHERE v.niveau = 'qpv' AND v.profession = 'medecin' AND v.debut <= $1::date AND (v.fin IS NULL OR v.fin >= $1::date)
        ORDER BY z.qpv_code, v.debut DESC, v.id DESC`,
      [date],
    );
    return new Map(rows.map((r) => [r.qpv_code, r.classe]));
  }

  async regions(): Promise<{ code: string; nom: string }[]> {
    return this.dataSource.query(`SELECT code, nom FROM region ORDER BY code`);
  }

  async nomsDepartements(): Promise<Map<string, string>> {
    const rows: { code: string; nom: string }[] = await this.dataSource.query(`SELECT code, nom FROM departement`);
    return new Map(rows.map((r) => [r.code, r.nom]));
  }

  async millesimesApl(): Promise<{ annee: number; annee_population: number; source: string }[]> {
    return this.dataSource.query(`SELECT annee, annee_population, source FROM apl_millesime ORDER BY annee`);
  }

  /** Changes whenever a unit's data may change: imports, parameter or QPV entries, TVS uploads, zonage versions. */
  async versionDonnees(): Promise<string> {
    const rows: { v: string }[] = await this.dataSource.query(
      `SELECT md5(coalesce((SELECT string_agg(code || '@' || importe_le::text, ',' ORDER BY code) FROM jeu_de_donnees), '')
             || '|' || coalesce((SELECT max(saisi_le)::text || count(*) FROM parametre_zonage_saisie), '')
             || '|' || coalesce((SELECT max(saisi_le)::text || count(*) FROM population_qpv_saisie), '')
             || '|' || coalesce((SELECT max(id)::text || count(*) FROM composition_tvs), '')
             || '|' || coalesce((SELECT string_agg(id || ':' || active::text, ',' ORDER BY id) FROM zone_rouge_liste), '')
             || '|' || coalesce((SELECT string_agg(id || ':' || coalesce(fin::text, '-') || ':' || coalesce(modifie_le::text, '-'), ',' ORDER BY id) FROM zonage_version), '')) AS v`,
    );
    return rows[0].v;
  }
}
