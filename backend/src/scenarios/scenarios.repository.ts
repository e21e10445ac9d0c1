import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ChangementEnregistre } from './changement-enregistre';

/** A saved simulation scenario, as its owner reads it. */
export interface ScenarioEnregistre {
  id: string;
  nom: string;
  changements: ChangementEnregistre[];
  /** ISO 8601 timestamp. */
  creeLe: string;
}

const SELECTION = `SELECT id, nom, changements, to_char(cree_le AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "creeLe" FROM scenario_simulation`;

/** SQL of saved scenarios: every statement is bounded to one account (`utilisateur_id = $1`). */
@Injectable()
export class ScenariosRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The account's scenarios, most recent first. */
  lister(utilisateurId: string): Promise<ScenarioEnregistre[]> {
    return this.dataSource.query(`${SELECTION} WHERE utilisateur_id = $1 ORDER BY cree_le DESC, nom, id`, [utilisateurId]);
  }

  async trouver(utilisateurId: string, id: string): Promise<ScenarioEnregistre | null> {
    const rows = await this.dataSource.query(`${SELECTION} WHERE utilisateur_id = $1 AND id = $2::uuid`, [utilisateurId, id]);
    return rows[0] ?? null;
  }

  async compter(utilisateurId: string): Promise<number> {
    const [{ n }] = await this.dataSource.query(`SELECT count(*)::int AS n FROM scenario_simulation WHERE utilisateur_id = $1`, [utilisateurId]);
    return n;
  }

  /** Inserts the scenario; null when the account already has one of that name (any case). */
  async creer(utilisateurId: string, nom: string, changements: ChangementEnregistre[]): Promise<ScenarioEnregistre | null> {
    const rows = await this.dataSource.query(
      `WITH cree AS (
         INSERT INTO scenario_simulation (utilisateur_id, nom, changements) VALUES ($1::uuid, $2, $3::jsonb)
         ON CONFLICT (utilisateur_id, lower(nom)) DO NOTHING
         RETURNING id, nom, changements, cree_le)
       SELECT id, nom, changements, to_char(cree_le AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "creeLe" FROM cree`,
      [utilisateurId, nom, JSON.stringify(changements)],
    );
    return rows[0] ?? null;
  }

  /**
   * Renames the account's scenario; null when it has none with this id or another of its scenarios has that name
   * (any case) — the service tells which. Renaming to the same name in another case is allowed.
   */
  async renommer(utilisateurId: string, id: string, nom: string): Promise<ScenarioEnregistre | null> {
    const rows = await this.dataSource.query(
      `WITH renomme AS (
         UPDATE scenario_simulation s SET nom = $3
          WHERE s.utilisateur_id = $1 AND s.id = $2::uuid
            AND NOT EXISTS (SELECT 1 FROM scenario_simulation o WHERE o.utilisateur_id = $1 AND lower(o.nom) = lower($3) AND o.id <> s.id)
         RETURNING id, nom, changements, cree_le)
       SELECT id, nom, changements, to_char(cree_le AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "creeLe" FROM renomme`,
      [utilisateurId, id, nom],
    );
    return rows[0] ?? null;
  }

  /** Deletes the account's scenario; false when it has none with this id. */
  async supprimer(utilisateurId: string, id: string): Promise<boolean> {
    const rows = await this.dataSource.query(`DELETE FROM scenario_simulation WHERE utilisateur_id = $1 AND id = $2::uuid RETURNING id`, [utilisateurId, id]);
    return rows.length > 0;
  }

  /** Codes among `commune:…`, `epci:…`, `departement:…`, `region:…` references that name no territory of the COG. */
  async territoiresInconnus(references: string[]): Promise<string[]> {
    if (references.length === 0) return [];
    const rows = await this.dataSource.query(
      `SELECT r AS reference FROM unnest($1::text[]) r
        WHERE NOT CASE split_part(r, ':', 1)
          WHEN 'commune' THEN EXISTS (SELECT 1 FROM commune WHERE code = split_part(r, ':', 2))
          WHEN 'epci' THEN EXISTS (SELECT 1 FROM epci WHERE code = split_part(r, ':', 2))
          WHEN 'departement' THEN EXISTS (SELECT 1 FROM departement WHERE code = split_part(r, ':', 2))
          WHEN 'region' THEN EXISTS (SELECT 1 FROM region WHERE code = split_part(r, ':', 2))
          ELSE false END`,
      [references],
    );
    return rows.map((r: { reference: string }) => r.reference);
  }
}
