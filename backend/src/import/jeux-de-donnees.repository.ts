import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Requeteur } from './importateur';

export interface JeuCharge {
  code: string;
  empreinte: string;
  source: string;
  millesime: string;
  licence: string;
  lignes: number;
  ignorees: unknown[];
  importeLe: string;
}

@Injectable()
export class JeuxDeDonneesRepository {
  constructor(private readonly dataSource: DataSource) {}

  async lister(): Promise<JeuCharge[]> {
    return this.dataSource.query(
      `SELECT code, empreinte, source, millesime, licence, lignes, ignorees, importe_le AS "importeLe"
         FROM jeu_de_donnees ORDER BY code`,
    );
  }

  async empreinte(code: string): Promise<string | null> {
    const rows = await this.dataSource.query(`SELECT empreinte FROM jeu_de_donnees WHERE code = $1`, [code]);
    return rows[0]?.empreinte ?? null;
  }

  async enregistrer(requete: Requeteur, jeu: Omit<JeuCharge, 'importeLe'>): Promise<void> {
    await requete(
      `INSERT INTO jeu_de_donnees (code, empreinte, source, millesime, licence, lignes, ignorees, importe_le)
       VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, now())
       ON CONFLICT (code) DO UPDATE SET empreinte = EXCLUDED.empreinte, source = EXCLUDED.source,
         millesime = EXCLUDED.millesime, licence = EXCLUDED.licence, lignes = EXCLUDED.lignes,
         ignorees = EXCLUDED.ignorees, importe_le = EXCLUDED.importe_le`,
      [jeu.code, jeu.empreinte, jeu.source, jeu.millesime, jeu.licence, jeu.lignes, JSON.stringify(jeu.ignorees)],
    );
  }
}
