import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Requeteur } from '../../import/importateur';
import { MembreTvs } from './lecture-composition-tvs';

export interface CompositionTvs {
  id: number;
  region: string;
  version: number;
  fichier: string;
  empreinte: string;
  lignes: number;
  unites: number;
  auteur: string;
  creeLe: string;
  active: boolean;
}

const COLONNES = `id, region_code AS region, version, fichier, empreinte, lignes, unites, auteur,
  to_char(cree_le AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "creeLe", active`;

@Injectable()
export class CompositionsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async communesRegion(region: string): Promise<string[]> {
    const rows: { code: string }[] = await this.dataSource.query(`SELECT code FROM commune WHERE region_code = $1 ORDER BY code`, [region]);
    return rows.map((r) => r.code);
  }

  async lister(region: string | null): Promise<CompositionTvs[]> {
    return this.dataSource.query(`SELECT ${COLONNES} FROM composition_tvs WHERE $1::text IS NULL OR region_code = $1 ORDER BY region_code, version DESC`, [
      region,
    ]);
  }

  async une(id: number): Promise<CompositionTvs | null> {
    const rows = await this.dataSource.query(`SELECT ${COLONNES} FROM composition_tvs WHERE id = $1`, [id]);
    return rows[0] ?? null;
  }

  async active(region: string): Promise<CompositionTvs | null> {
    const rows = await this.dataSource.query(`SELECT ${COLONNES} FROM composition_tvs WHERE region_code = $1 AND active ORDER BY version DESC LIMIT 1`, [
      region,
    ]);
    return rows[0] ?? null;
  }

  /** Stores a new version of the région's composition and makes it the active one (the previous ones are kept). */
  async enregistrer(
    requete: Requeteur,
    c: { region: string; fichier: string; empreinte: string; lignes: number; unites: number; auteur: string },
    membres: MembreTvs[],
  ): Promise<number> {
    await requete(`UPDATE composition_tvs SET active = false WHERE region_code = $1`, [c.region]);
    const [{ id }] = await requete<{ id: number }>(
      `INSERT INTO composition_tvs (region_code, version, fichier, empreinte, lignes, unites, auteur)
       VALUES ($1, (SELECT coalesce(max(version), 0) + 1 FROM composition_tvs WHERE region_code = $1), $2, $3, $4, $5, $6) RETURNING id`,
      [c.region, c.fichier, c.empreinte, c.lignes, c.unites, c.auteur],
    );
    for (let i = 0; i < membres.length; i += 5000) {
      await requete(
        `INSERT INTO composition_tvs_commune (composition_id, commune_code, tvs_code, tvs_nom, ligne)
         SELECT $1, r.commune, r.tvs, r.nom, r.ligne FROM json_to_recordset($2::json) AS r(commune text, tvs text, nom text, ligne integer)`,
        [id, JSON.stringify(membres.slice(i, i + 5000))],
      );
    }
    return id;
  }
}
