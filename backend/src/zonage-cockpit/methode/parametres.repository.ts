import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Requeteur } from '../../import/importateur';
import { CodeParametre, ParametreTexte, SaisieParametre } from './parametres-methode';

@Injectable()
export class ParametresRepository {
  constructor(private readonly dataSource: DataSource) {}

  async textes(region: string): Promise<ParametreTexte[]> {
    return this.dataSource.query(
      `SELECT region_code AS region, parametre, valeur, texte, date_texte AS "dateTexte", sources, note
         FROM parametre_zonage WHERE region_code IN ('FR', $1) ORDER BY id`,
      [region],
    );
  }

  async saisies(region: string): Promise<SaisieParametre[]> {
    return this.dataSource.query(
      `SELECT region_code AS region, parametre, valeur, justification, auteur, to_char(saisi_le AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "saisiLe"
         FROM parametre_zonage_saisie WHERE region_code = $1 ORDER BY saisi_le DESC, id DESC`,
      [region],
    );
  }

  async enregistrerSaisie(
    requete: Requeteur,
    s: { region: string; parametre: CodeParametre; valeur: number; justification: string; auteur: string },
  ): Promise<{ id: number }> {
    const [r] = await requete<{ id: number }>(
      `INSERT INTO parametre_zonage_saisie (region_code, parametre, valeur, justification, auteur) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [s.region, s.parametre, s.valeur, s.justification, s.auteur],
    );
    return r;
  }

  async populationQpv(code: string): Promise<{ population: number; source: string } | null> {
    const rows = await this.dataSource.query(`SELECT population, source FROM population_qpv_saisie WHERE qpv_code = $1`, [code]);
    return rows[0] ?? null;
  }

  async qpvExiste(code: string): Promise<{ regions: string[] } | null> {
    const rows: { regions: string[] | null }[] = await this.dataSource.query(
      `SELECT array_agg(DISTINCT c.region_code) AS regions FROM qpv_commune qc JOIN commune c ON c.code = qc.commune_code WHERE qc.qpv_code = $1`,
      [code],
    );
    return rows[0]?.regions?.length ? { regions: rows[0].regions } : null;
  }

  async enregistrerPopulationQpv(requete: Requeteur, s: { code: string; population: number; source: string; auteur: string }): Promise<void> {
    await requete(
      `INSERT INTO population_qpv_saisie (qpv_code, population, source, auteur) VALUES ($1, $2, $3, $4)
       ON CONFLICT (qpv_code) DO UPDATE SET population = EXCLUDED.population, source = EXCLUDED.source, auteur = EXCLUDED.auteur, saisi_le = now()`,
      [s.code, s.population, s.source, s.auteur],
    );
  }
}
