import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { UtilisateurConnecte } from '../common/auth/role';
import { TypeTerritoire } from '../territoires/type-territoire';

/**
 * SQL predicate: commune row `alias` lies in one of the territories given as a json array parameter
 * (`$n::json` of {type, code}). Callers pass the parameter index; the alias is a constant of their SQL.
 */
export function sqlCommuneDansTerritoires(alias: string, indexParametre: number): string {
  return `EXISTS (SELECT 1 FROM json_to_recordset($${indexParametre}::json) AS p(type text, code text)
                   WHERE (p.type = 'commune' AND p.code = ${alias}.code)
                      OR (p.type = 'epci' AND p.code = ${alias}.epci_code)
                      OR (p.type = 'departement' AND p.code = ${alias}.departement_code)
                      OR (p.type = 'region' AND p.code = ${alias}.region_code))`;
}

@Injectable()
export class PorteeRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * How many communes the target territory holds, and how many of them lie in the given territories.
   * A target is in scope when it has communes and all of them are covered (an EPCI straddling two
   * régions is only in the scope of a planner of both).
   */
  async couverture(
    cible: { type: TypeTerritoire; code: string },
    territoires: UtilisateurConnecte['territoires'],
  ): Promise<{ total: number; couvertes: number }> {
    const rows = await this.dataSource.query(
      `WITH cible AS (
         SELECT c.* FROM commune c
          WHERE CASE $1 WHEN 'commune' THEN c.code = $2
                        WHEN 'epci' THEN c.epci_code = $2
                        WHEN 'departement' THEN c.departement_code = $2
                        WHEN 'region' THEN c.region_code = $2 END)
       SELECT count(*)::int AS total,
              count(*) FILTER (WHERE ${sqlCommuneDansTerritoires('cible', 3)})::int AS couvertes
         FROM cible`,
      [cible.type, cible.code, JSON.stringify(territoires)],
    );
    return rows[0];
  }

  /** Territories that exist in the COG among the given ones (to validate an account's scope). */
  async existants(territoires: UtilisateurConnecte['territoires']): Promise<{ type: string; code: string }[]> {
    return this.dataSource.query(
      `SELECT p.type, p.code FROM json_to_recordset($1::json) AS p(type text, code text)
        WHERE (p.type = 'commune' AND EXISTS (SELECT 1 FROM commune WHERE code = p.code))
           OR (p.type = 'epci' AND EXISTS (SELECT 1 FROM epci WHERE code = p.code))
           OR (p.type = 'departement' AND EXISTS (SELECT 1 FROM departement WHERE code = p.code))
           OR (p.type = 'region' AND EXISTS (SELECT 1 FROM region WHERE code = p.code))`,
      [JSON.stringify(territoires)],
    );
  }
}
