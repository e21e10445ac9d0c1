import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Requeteur } from '../import/importateur';
import { TypeTerritoire } from './type-territoire';

/** Geometry column expression from a GeoJSON geometry passed as json (NULL stays NULL). */
const GEOM = `CASE WHEN r.geometrie IS NULL THEN NULL
                   ELSE ST_Multi(ST_CollectionExtract(ST_MakeValid(ST_SetSRID(ST_GeomFromGeoJSON(r.geometrie::text), 4326)), 3)) END`;

export interface ResultatRecherche {
  type: TypeTerritoire;
  code: string;
  nom: string;
  population: number;
  departement: string | null;
  /** The postal code the search matched (a commune found by its postal code), else null. */
  codePostal: string | null;
}

export interface LigneTerritoire {
  code: string;
  nom: string;
  population: number;
  departement_code: string | null;
  departement_nom: string | null;
  region_code: string | null;
  region_nom: string | null;
  epci_code: string | null;
  epci_nom: string | null;
  nb_communes: number;
  bbox: [number, number, number, number] | null;
  centre: [number, number] | null;
  codes_postaux: string[] | null;
}

/** Table and the column that links a commune to a territory of each type. */
const TABLES: Record<TypeTerritoire, { table: string; lien: string }> = {
  commune: { table: 'commune', lien: 'code' },
  epci: { table: 'epci', lien: 'epci_code' },
  departement: { table: 'departement', lien: 'departement_code' },
  region: { table: 'region', lien: 'region_code' },
};

@Injectable()
export class TerritoiresRepository {
  constructor(private readonly dataSource: DataSource) {}

  // ---- import -------------------------------------------------------------------------------

  async enregistrerRegions(requete: Requeteur, lignes: object[]): Promise<void> {
    await requete(
      `INSERT INTO region (code, nom, nom_recherche, zone, geom)
       SELECT r.code, r.nom, r.nom_recherche, r.zone, ${GEOM}
         FROM json_to_recordset($1::json) AS r(code text, nom text, nom_recherche text, zone text, geometrie json)
       ON CONFLICT (code) DO UPDATE SET nom = EXCLUDED.nom, nom_recherche = EXCLUDED.nom_recherche,
         zone = EXCLUDED.zone, geom = EXCLUDED.geom`,
      [JSON.stringify(lignes)],
    );
  }

  async enregistrerDepartements(requete: Requeteur, lignes: object[]): Promise<void> {
    await requete(
      `INSERT INTO departement (code, nom, nom_recherche, region_code, geom)
       SELECT r.code, r.nom, r.nom_recherche, r.region_code, ${GEOM}
         FROM json_to_recordset($1::json) AS r(code text, nom text, nom_recherche text, region_code text, geometrie json)
       ON CONFLICT (code) DO UPDATE SET nom = EXCLUDED.nom, nom_recherche = EXCLUDED.nom_recherche,
         region_code = EXCLUDED.region_code, geom = EXCLUDED.geom`,
      [JSON.stringify(lignes)],
    );
  }

  async enregistrerEpci(requete: Requeteur, lignes: object[]): Promise<void> {
    await requete(
      `INSERT INTO epci (code, nom, nom_recherche, nature, geom)
       SELECT r.code, r.nom, r.nom_recherche, r.nature, ${GEOM}
         FROM json_to_recordset($1::json) AS r(code text, nom text, nom_recherche text, nature text, geometrie json)
       ON CONFLICT (code) DO UPDATE SET nom = EXCLUDED.nom, nom_recherche = EXCLUDED.nom_recherche,
         nature = EXCLUDED.nature, geom = EXCLUDED.geom`,
      [JSON.stringify(lignes)],
    );
  }

  async enregistrerCommunes(requete: Requeteur, lignes: object[]): Promise<void> {
    await requete(
      `INSERT INTO commune (code, nom, nom_recherche, population, departement_code, region_code, epci_code,
                            codes_postaux, srid_metrique, geom)
       SELECT r.code, r.nom, r.nom_recherche, r.population, r.departement_code, r.region_code, r.epci_code,
              ARRAY(SELECT json_array_elements_text(r.codes_postaux)), r.srid_metrique, ${GEOM}
         FROM json_to_recordset($1::json) AS r(code text, nom text, nom_recherche text, population integer,
              departement_code text, region_code text, epci_code text, codes_postaux json, srid_metrique integer,
              geometrie json)
       ON CONFLICT (code) DO UPDATE SET nom = EXCLUDED.nom, nom_recherche = EXCLUDED.nom_recherche,
         population = EXCLUDED.population, departement_code = EXCLUDED.departement_code,
         region_code = EXCLUDED.region_code, epci_code = EXCLUDED.epci_code, codes_postaux = EXCLUDED.codes_postaux,
         srid_metrique = EXCLUDED.srid_metrique, geom = EXCLUDED.geom`,
      [JSON.stringify(lignes)],
    );
  }

  /** Removes territories that left the COG (merged communes, dissolved EPCI); returns their codes. */
  async supprimerAbsents(requete: Requeteur, presents: { communes: string[]; epci: string[]; departements: string[]; regions: string[] }): Promise<string[]> {
    const supprimes: string[] = [];
    for (const [table, codes] of [
      ['commune', presents.communes],
      ['epci', presents.epci],
      ['departement', presents.departements],
      ['region', presents.regions],
    ] as const) {
      const rows = await requete<{ code: string }>(`DELETE FROM ${table} WHERE NOT (code = ANY($1::text[])) RETURNING code`, [codes]);
      supprimes.push(...rows.map((r) => r.code));
    }
    return supprimes;
  }

  /**
   * Neighbours of every territory, per level: the contours that touch or overlap (ST_Intersects, the bounding boxes
   * through the GiST indexes first), read by the cards instead of intersecting contours on every request.
   */
  async calculerVoisins(requete: Requeteur): Promise<void> {
    await requete(`DELETE FROM territoire_voisin`);
    for (const type of Object.keys(TABLES) as TypeTerritoire[]) {
      const { table } = TABLES[type];
      await requete(
        `INSERT INTO territoire_voisin (type, code, voisin_code)
         SELECT $1, t.code, n.code FROM ${table} t JOIN ${table} n ON n.code <> t.code AND n.geom && t.geom AND ST_Intersects(n.geom, t.geom)`,
        [type],
      );
    }
  }

  /** Inner points, metric projections and populations of the groupings (sums of commune populations). */
  async calculerDerives(requete: Requeteur): Promise<void> {
    await requete(`UPDATE commune SET centre = ST_PointOnSurface(geom) WHERE geom IS NOT NULL`);
    await requete(`UPDATE commune SET centre_metrique = ST_Transform(centre, srid_metrique) WHERE centre IS NOT NULL`);
    for (const [table, lien] of [
      ['epci', 'epci_code'],
      ['departement', 'departement_code'],
      ['region', 'region_code'],
    ] as const) {
      await requete(
        `UPDATE ${table} t SET population = s.population
           FROM (SELECT ${lien} AS code, sum(population)::integer AS population FROM commune GROUP BY ${lien}) s
          WHERE s.code = t.code`,
      );
    }
  }

  // ---- lecture ------------------------------------------------------------------------------

  /**
   * Ranked search over the four levels, tolerant of spelling mistakes. `cle` is the normalised search key (a-z0-9
   * and spaces only), `code` the text as typed in capitals, `codePostal` five digits or null.
   * Found: the code, the postal code, a name or one of its words starting with the key; from 4 characters on, also a
   * name containing the key or close to it by trigrams (pg_trgm, every test through the GIN indexes): `<%` word
   * similarity ≥ 0.6 (a mistyped word of a long name, « saint etiene »), and for a one-word key `%` whole-name
   * similarity ≥ 0.3 (« monpelier »).
   * Ranked: the exact code or postal code, then the exact name (larger population first), then a score — the
   * closest part of the name (word similarity), half the whole name's closeness (the commune « Saint-Étienne »
   * before « Saint-Étienne Métropole » for « st etien »), 0.12 per power of ten of population (« bordo »: Bordeaux
   * before Bordes, « toulouze »: Toulouse before Toulouzette), and 0.1 less for an EPCI, whose names repeat a commune's.
   */
  async rechercher(cle: string, code: string, codePostal: string | null, limite: number): Promise<ResultatRecherche[]> {
    const approchee = cle.length >= 4;
    const unMot = !cle.includes(' ');
    const trouve = `(code = $2
         OR nom_recherche LIKE $1 || '%' OR nom_recherche LIKE '% ' || $1 || '%'
         OR ($5 AND (nom_recherche LIKE '%' || $1 || '%' OR $1 <% nom_recherche OR ($6 AND $1 % nom_recherche))))`;
    return this.dataSource.query(
      `WITH candidats AS (
         SELECT 'commune' AS type, code, nom, nom_recherche, population, departement_code AS departement, codes_postaux
           FROM commune WHERE ${trouve} OR codes_postaux @> ARRAY[$3::text]
         UNION ALL SELECT 'epci', code, nom, nom_recherche, population, NULL, NULL::text[] FROM epci WHERE ${trouve}
         UNION ALL SELECT 'departement', code, nom, nom_recherche, population, code, NULL FROM departement WHERE ${trouve}
         UNION ALL SELECT 'region', code, nom, nom_recherche, population, NULL, NULL FROM region WHERE ${trouve}
       ),
       classes AS (
         SELECT type, code, nom, population, departement,
                CASE WHEN codes_postaux @> ARRAY[$3::text] THEN $3::text END AS code_postal,
                CASE WHEN code = $2 OR codes_postaux @> ARRAY[$3::text] THEN 0 WHEN nom_recherche = $1 THEN 1 ELSE 2 END AS rang,
                word_similarity($1, nom_recherche) + 0.5 * similarity($1, nom_recherche)
                  + 0.12 * log(greatest(population, 1)) - CASE WHEN type = 'epci' THEN 0.1 ELSE 0 END AS score
           FROM candidats
       )
       SELECT type, code, nom, population, departement, code_postal AS "codePostal"
         FROM classes
        ORDER BY rang, CASE WHEN rang = 2 THEN score END DESC, population DESC, nom
        LIMIT $4`,
      [cle, code, codePostal, limite, approchee, unMot],
    );
  }

  async trouver(type: TypeTerritoire, code: string): Promise<LigneTerritoire | null> {
    const rows = await this.dataSource.query(this.sqlFiche(type), [code]);
    return rows[0] ?? null;
  }

  private sqlFiche(type: TypeTerritoire): string {
    const boite = `CASE WHEN t.geom IS NULL THEN NULL ELSE json_build_array(ST_XMin(t.geom), ST_YMin(t.geom), ST_XMax(t.geom), ST_YMax(t.geom)) END AS bbox`;
    const centre = `CASE WHEN t.geom IS NULL THEN NULL ELSE json_build_array(ST_X(ST_PointOnSurface(t.geom)), ST_Y(ST_PointOnSurface(t.geom))) END AS centre`;
    switch (type) {
      case 'commune':
        // the inner point computed at import (`centre` = ST_PointOnSurface(geom)), not again for each card
        return `SELECT t.code, t.nom, t.population, t.departement_code, d.nom AS departement_nom, t.region_code,
                       r.nom AS region_nom, t.epci_code, e.nom AS epci_nom, 1 AS nb_communes, t.codes_postaux, ${boite},
                       CASE WHEN t.centre IS NULL THEN NULL ELSE json_build_array(ST_X(t.centre), ST_Y(t.centre)) END AS centre
                  FROM commune t JOIN departement d ON d.code = t.departement_code
                  JOIN region r ON r.code = t.region_code LEFT JOIN epci e ON e.code = t.epci_code
                 WHERE t.code = $1`;
      case 'epci':
        // An EPCI may straddle départements: its parent is the département holding most of its population.
        return `SELECT t.code, t.nom, t.population, p.departement_code, d.nom AS departement_nom, d.region_code,
                       r.nom AS region_nom, NULL AS epci_code, NULL AS epci_nom, p.nb AS nb_communes, NULL AS codes_postaux, ${boite}, ${centre}
                  FROM epci t
                  CROSS JOIN LATERAL (
                    SELECT departement_code, (SELECT count(*) FROM commune WHERE epci_code = t.code)::int AS nb
                      FROM commune WHERE epci_code = t.code GROUP BY departement_code ORDER BY sum(population) DESC LIMIT 1) p
                  JOIN departement d ON d.code = p.departement_code JOIN region r ON r.code = d.region_code
                 WHERE t.code = $1`;
      case 'departement':
        return `SELECT t.code, t.nom, t.population, NULL AS departement_code, NULL AS departement_nom, t.region_code,
                       r.nom AS region_nom, NULL AS epci_code, NULL AS epci_nom,
                       (SELECT count(*) FROM commune WHERE departement_code = t.code)::int AS nb_communes, NULL AS codes_postaux, ${boite}, ${centre}
                  FROM departement t JOIN region r ON r.code = t.region_code WHERE t.code = $1`;
      case 'region':
        return `SELECT t.code, t.nom, t.population, NULL AS departement_code, NULL AS departement_nom, NULL AS region_code,
                       NULL AS region_nom, NULL AS epci_code, NULL AS epci_nom,
                       (SELECT count(*) FROM commune WHERE region_code = t.code)::int AS nb_communes, NULL AS codes_postaux, ${boite}, ${centre}
                  FROM region t WHERE t.code = $1`;
    }
  }

  /** Territories of the same level sharing a border (GiST-indexed). */
  /** Territories of the same level whose contour touches or overlaps this one's (computed at the import: `calculerVoisins`). */
  async voisins(type: TypeTerritoire, code: string): Promise<{ code: string; nom: string }[]> {
    const { table } = TABLES[type];
    return this.dataSource.query(
      `SELECT n.code, n.nom FROM territoire_voisin v JOIN ${table} n ON n.code = v.voisin_code
        WHERE v.type = $1 AND v.code = $2 ORDER BY n.nom, n.code`,
      [type, code],
    );
  }

  async communesMembres(type: TypeTerritoire, code: string): Promise<{ code: string; nom: string; population: number }[]> {
    const { lien } = TABLES[type];
    return this.dataSource.query(`SELECT code, nom, population FROM commune WHERE ${lien} = $1 ORDER BY nom, code`, [code]);
  }

  /** Each commune's name, inner point (4 decimals, about 10 m) and population, for the map's place names. */
  async pointsCommunes(): Promise<{ code: string; nom: string; lng: number; lat: number; population: number }[]> {
    return this.dataSource.query(
      `SELECT code, nom, round(ST_X(centre)::numeric, 4)::float8 AS lng, round(ST_Y(centre)::numeric, 4)::float8 AS lat, population
         FROM commune WHERE centre IS NOT NULL ORDER BY population DESC, code`,
    );
  }

  /** Fingerprint and date of the last territories load (empty before the first one). */
  async versionDonnees(): Promise<string> {
    const rows: { v: string | null }[] = await this.dataSource.query(
      `SELECT empreinte || '@' || importe_le::text AS v FROM jeu_de_donnees WHERE code = 'territoires'`,
    );
    return rows[0]?.v ?? '';
  }

  async compterCommunes(): Promise<number> {
    const rows = await this.dataSource.query(`SELECT count(*)::int AS n FROM commune`);
    return rows[0].n;
  }
}
