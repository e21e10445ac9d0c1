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
   * Connected components of touching commune polygons (PostGIS DBSCAN with a distance of 0: polygons that touch or
   * overlap share a component). Communes separated by the sea are on different components unless a bridge joins them
   * (applied afterwards from the fixed-link table).
   */
  composantesTerrestres(requete: Requeteur): Promise<{ code: string; composante: number }[]> {
    return requete(`SELECT code, ST_ClusterDBSCAN(geom, 0, 1) OVER () AS composante FROM commune WHERE geom IS NOT NULL ORDER BY code`);
  }

  /**
   * Rebuilds the pair table from PostGIS: communes' inner points in their local metric CRS, pairs only between
   * communes of the same landmass (`masses`: touching polygons joined by bridges; no road crosses the sea) and the
   * same CRS, within `distanceMaxKm` (GiST-indexed ST_DWithin), plus the self pair of every commune. Then the ferry
   * crossings: X → port A → crossing → port B → Y when the whole trip fits in the reach, for communes X, Y on the two
   * sides (no pair exists between two landmasses otherwise). Indexes are dropped during the load and rebuilt after.
   */
  async reconstruireTrajets(
    requete: Requeteur,
    p: { distanceMaxKm: number; minutesParKm: number; porteeMinutes: number },
    masses: Map<string, string>,
    liaisons: { a: string; b: string; minutes: number }[],
  ): Promise<{ paires: number; pairesMaritimes: number }> {
    await requete(`DROP INDEX IF EXISTS trajet_destination_idx`);
    await requete(`ALTER TABLE trajet DROP CONSTRAINT IF EXISTS trajet_pkey`);
    await requete(`TRUNCATE trajet`);
    // SRID 0 copy of the metric points: one GiST index for every territory, the srid and landmass keep them apart.
    await requete(`DROP TABLE IF EXISTS pg_temp.trajet_point`);
    await requete(
      `CREATE TEMP TABLE trajet_point ON COMMIT DROP AS
         SELECT c.code, c.srid_metrique AS srid, m.masse, ST_SetSRID(c.centre_metrique, 0) AS point
           FROM commune c JOIN json_to_recordset($1::json) AS m(code text, masse text) ON m.code = c.code
          WHERE c.centre_metrique IS NOT NULL`,
      [JSON.stringify([...masses].map(([code, masse]) => ({ code, masse })))],
    );
    await requete(`CREATE INDEX ON trajet_point USING gist (point)`);
    await requete(
      `INSERT INTO trajet (origine_code, destination_code, distance_km, minutes)
       SELECT a.code, b.code, d.km, d.km * $2::float8
         FROM trajet_point a
         -- LATERAL + OFFSET 0 (not flattened into the join) keeps the GiST index lookup per commune: with the landmass
         -- equality in a plain join the planner would rather hash-join on (srid, masse) and test every pair of a landmass.
         CROSS JOIN LATERAL (
           SELECT b.code, b.point FROM trajet_point b
            WHERE ST_DWithin(a.point, b.point, $1::float8 * 1000) AND b.srid = a.srid AND b.masse = a.masse AND b.code <> a.code
           OFFSET 0) b
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
    // Ferry pairs, both directions: road (or self pair) to the port, crossing, road from the other port; the shortest
    // combination when several crossings serve the same pair. distance_km stays the straight-line distance. Run with
    // the indexes in place: the legs to and from the ports are index lookups, existing pairs are kept (ON CONFLICT).
    const sens = liaisons.flatMap((l) => [l, { a: l.b, b: l.a, minutes: l.minutes }]);
    const [{ n: pairesMaritimes }] = await requete<{ n: number }>(
      `WITH liaison AS (SELECT * FROM json_to_recordset($1::json) AS l(a text, b text, minutes float8)),
            vers_port AS (SELECT l.a, l.b, l.minutes, x.origine_code AS o, x.minutes AS mx
                            FROM liaison l JOIN trajet x ON x.destination_code = l.a),
            depuis_port AS (SELECT l.b, y.destination_code AS d, y.minutes AS my
                              FROM (SELECT DISTINCT b FROM liaison) l JOIN trajet y ON y.origine_code = l.b),
            combinaison AS (
              SELECT v.o, p.d, min(v.mx + v.minutes + p.my) AS minutes
                FROM vers_port v JOIN depuis_port p ON p.b = v.b
               WHERE v.mx + v.minutes + p.my <= $2::float8 AND v.o <> p.d
               GROUP BY 1, 2),
            ajout AS (
              INSERT INTO trajet (origine_code, destination_code, distance_km, minutes)
              SELECT f.o, f.d, (ST_Distance(po.point, pd.point) / 1000)::real, f.minutes
                FROM combinaison f
                JOIN trajet_point po ON po.code = f.o
                JOIN trajet_point pd ON pd.code = f.d
              ON CONFLICT (origine_code, destination_code) DO NOTHING
              RETURNING 1)
       SELECT count(*)::int AS n FROM ajout`,
      [JSON.stringify(sens), p.porteeMinutes],
    );
    const [{ n }] = await requete<{ n: number }>(`SELECT count(*)::int AS n FROM trajet`);
    return { paires: n, pairesMaritimes };
  }

  // ---- lecture (état en mémoire du moteur) --------------------------------------------------

  async versionDonnees(): Promise<string> {
    const rows: { v: string | null }[] = await this.dataSource.query(
      `SELECT string_agg(code || '@' || importe_le::text, ',' ORDER BY code) AS v
         FROM jeu_de_donnees WHERE code IN ('territoires', 'apl', 'trajets', 'offre-mg', 'offre-estimee')`,
    );
    const offre: { n: number }[] = await this.dataSource.query(`SELECT count(*)::int AS n FROM offre_mg_commune`);
    // an APL vintage uploaded or rolled back from the « Données » screen changes no jeu_de_donnees row
    const televerses: { v: string | null }[] = await this.dataSource.query(
      `SELECT string_agg(id || statut, ',' ORDER BY id) AS v FROM version_jeu WHERE jeu = 'apl' AND origine = 'televerse'`,
    );
    return `${rows[0]?.v ?? ''}|offre:${offre[0].n}|apl:${televerses[0]?.v ?? ''}`;
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
