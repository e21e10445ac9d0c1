import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Requeteur } from '../import/importateur';
import { AplCommuneScindee, CommuneDeReference, Scission } from './apl/scissions-apres-millesime';

export interface LigneCommuneAcces {
  code: string;
  nom: string;
  population: number;
  departement_code: string;
  region_code: string;
  epci_code: string | null;
}

export interface LigneMillesime {
  annee: number;
  annee_population: number;
  source: string;
  poids_age: { tranche: string; poids: number }[];
}

export interface LigneApl {
  commune_code: string;
  annee: number;
  apl: number;
  apl_moins_65: number;
  population_standardisee: number;
  population_totale: number;
  scission: Scission | null;
}

export interface LigneOffre {
  commune_code: string;
  consultations: number;
  consultations_65_plus: number;
  source: string;
  millesime: string;
}

@Injectable()
export class AccesRepository {
  constructor(private readonly dataSource: DataSource) {}

  // ---- import APL ---------------------------------------------------------------------------

  async codesCommunes(requete: Requeteur): Promise<string[]> {
    const rows = await requete<{ code: string }>(`SELECT code FROM commune`);
    return rows.map((r) => r.code);
  }

  /** Current communes with their legal population, département and EPCI (split detection). */
  communesDeReference(requete: Requeteur): Promise<CommuneDeReference[]> {
    return requete<CommuneDeReference>(`SELECT code, nom, population, departement_code AS departement, epci_code AS epci FROM commune ORDER BY code`);
  }

  async remplacerMillesime(
    requete: Requeteur,
    m: { annee: number; anneePopulation: number; source: string; poidsAge: unknown },
    communes: AplCommuneScindee[],
  ): Promise<void> {
    await requete(`DELETE FROM apl_millesime WHERE annee = $1`, [m.annee]); // cascades to apl_commune
    await requete(`INSERT INTO apl_millesime (annee, annee_population, source, poids_age) VALUES ($1, $2, $3, $4::jsonb)`, [
      m.annee,
      m.anneePopulation,
      m.source,
      JSON.stringify(m.poidsAge),
    ]);
    for (let i = 0; i < communes.length; i += 5000) {
      await requete(
        `INSERT INTO apl_commune (commune_code, annee, apl, apl_moins_65, population_standardisee, population_totale, codes_source, scission)
         SELECT r.commune, $1, r.apl, r."aplMoins65", r."populationStandardisee", r."populationTotale",
                ARRAY(SELECT json_array_elements_text(r."codesSource")), r.scission::jsonb
           FROM json_to_recordset($2::json) AS r(commune text, apl real, "aplMoins65" real, "populationStandardisee" real,
                "populationTotale" integer, "codesSource" json, scission json)`,
        [m.annee, JSON.stringify(communes.slice(i, i + 5000))],
      );
    }
  }

  // ---- import trajets -----------------------------------------------------------------------

  /**
   * Rebuilds the pair table from PostGIS: communes' inner points in their local metric CRS, pairs only between
   * communes sharing that CRS (no road crosses an ocean), within `distanceMaxKm` (GiST-indexed ST_DWithin), plus
   * the self pair of every commune. Indexes are dropped during the load and rebuilt after (faster).
   */
  async reconstruireTrajets(requete: Requeteur, p: { distanceMaxKm: number; minutesParKm: number; porteeMinutes: number }): Promise<number> {
    await requete(`DROP INDEX IF EXISTS trajet_destination_idx`);
    await requete(`ALTER TABLE trajet DROP CONSTRAINT IF EXISTS trajet_pkey`);
    await requete(`TRUNCATE trajet`);
    // SRID 0 copy of the metric points: one GiST index for every territory, the srid column keeps them apart.
    await requete(`DROP TABLE IF EXISTS pg_temp.trajet_point`);
    await requete(
      `CREATE TEMP TABLE trajet_point ON COMMIT DROP AS
         SELECT code, srid_metrique AS srid, ST_SetSRID(centre_metrique, 0) AS point
           FROM commune WHERE centre_metrique IS NOT NULL`,
    );
    await requete(`CREATE INDEX ON trajet_point USING gist (point)`);
    await requete(
      `INSERT INTO trajet (origine_code, destination_code, distance_km, minutes)
       SELECT a.code, b.code, d.km, d.km * $2::float8
         FROM trajet_point a
         JOIN trajet_point b ON b.srid = a.srid AND b.code <> a.code AND ST_DWithin(a.point, b.point, $1::float8 * 1000)
         CROSS JOIN LATERAL (SELECT (ST_Distance(a.point, b.point) / 1000)::real AS km) d
        WHERE d.km * $2::float8 <= $3::float8`,
      [p.distanceMaxKm, p.minutesParKm, p.porteeMinutes],
    );
    // Self pair: 2/3 of the radius of the disc of same area (mean distance to the centre), capped at the reach.
    await requete(
      `INSERT INTO trajet (origine_code, destination_code, distance_km, minutes)
       SELECT c.code, c.code, d.km, least(d.km * $1::float8, $2::float8)
         FROM commune c
         CROSS JOIN LATERAL (
           SELECT (CASE WHEN c.geom IS NULL THEN 0
                        ELSE 2.0 / 3.0 * sqrt(ST_Area(ST_Transform(c.geom, c.srid_metrique)) / 1e6 / pi()) END)::real AS km) d`,
      [p.minutesParKm, p.porteeMinutes],
    );
    await requete(`ALTER TABLE trajet ADD PRIMARY KEY (origine_code, destination_code)`);
    await requete(`CREATE INDEX trajet_destination_idx ON trajet (destination_code)`);
    const [{ n }] = await requete<{ n: number }>(`SELECT count(*)::int AS n FROM trajet`);
    return n;
  }

  // ---- lecture (état en mémoire du moteur) --------------------------------------------------

  async versionDonnees(): Promise<string> {
    const rows: { v: string | null }[] = await this.dataSource.query(
      `SELECT string_agg(code || '@' || importe_le::text, ',' ORDER BY code) AS v
         FROM jeu_de_donnees WHERE code IN ('territoires', 'apl', 'trajets', 'offre-mg', 'offre-estimee')`,
    );
    const offre: { n: number }[] = await this.dataSource.query(`SELECT count(*)::int AS n FROM offre_mg_commune`);
    return `${rows[0]?.v ?? ''}|offre:${offre[0].n}`;
  }

  communes(): Promise<LigneCommuneAcces[]> {
    return this.dataSource.query(`SELECT code, nom, population, departement_code, region_code, epci_code FROM commune ORDER BY code`);
  }

  nomsTerritoires(): Promise<{ type: string; code: string; nom: string }[]> {
    return this.dataSource.query(
      `SELECT 'epci' AS type, code, nom FROM epci
       UNION ALL SELECT 'departement', code, nom FROM departement
       UNION ALL SELECT 'region', code, nom FROM region`,
    );
  }

  millesimes(): Promise<LigneMillesime[]> {
    return this.dataSource.query(`SELECT annee, annee_population, source, poids_age FROM apl_millesime ORDER BY annee`);
  }

  apl(): Promise<LigneApl[]> {
    return this.dataSource.query(`SELECT commune_code, annee, apl, apl_moins_65, population_standardisee, population_totale, scission FROM apl_commune`);
  }

  /** Pairs grouped by origin, as compact text (`dest minutes dest minutes…`): 35 k rows instead of 2 M. */
  trajetsParOrigine(): Promise<{ o: string; d: string }[]> {
    return this.dataSource.query(`SELECT origine_code AS o, string_agg(destination_code || ' ' || minutes::text, ' ') AS d FROM trajet GROUP BY origine_code`);
  }

  offre(): Promise<LigneOffre[]> {
    return this.dataSource.query(`SELECT commune_code, consultations, consultations_65_plus, source, millesime FROM offre_mg_commune`);
  }
}
