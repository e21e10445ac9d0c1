import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Requeteur } from '../import/importateur';

export interface EntreeAudit {
  utilisateurId: string | null;
  utilisateurEmail: string | null;
  role: string | null;
  action: string;
  ressource: string;
  ressourceId: string | null;
  avant: unknown;
  apres: unknown;
  methode: string | null;
  chemin: string | null;
  ip: string | null;
}

export interface FiltreAudit {
  ressource?: string;
  ressourceId?: string;
  utilisateurId?: string;
  depuis?: Date;
  jusqua?: Date;
  limite: number;
  decalage: number;
}

const INSERTION = `INSERT INTO journal_audit (utilisateur_id, utilisateur_email, role, action, ressource, ressource_id, avant, apres, methode, chemin, ip)
                   VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8::jsonb, $9, $10, $11)`;

@Injectable()
export class AuditRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Inserts with the caller's transaction when given (the entry then commits or rolls back with the change). */
  async inserer(e: EntreeAudit, requete?: Requeteur): Promise<void> {
    const parametres = [
      e.utilisateurId,
      e.utilisateurEmail,
      e.role,
      e.action,
      e.ressource,
      e.ressourceId,
      e.avant === undefined ? null : JSON.stringify(e.avant),
      e.apres === undefined ? null : JSON.stringify(e.apres),
      e.methode,
      e.chemin,
      e.ip,
    ];
    if (requete) await requete(INSERTION, parametres);
    else await this.dataSource.query(INSERTION, parametres);
  }

  async lister(f: FiltreAudit): Promise<{ total: number; entrees: Record<string, unknown>[] }> {
    const where = `WHERE ($1::text IS NULL OR ressource = $1) AND ($2::text IS NULL OR ressource_id = $2)
                     AND ($3::uuid IS NULL OR utilisateur_id = $3) AND ($4::timestamptz IS NULL OR le >= $4)
                     AND ($5::timestamptz IS NULL OR le < $5)`;
    const parametres = [f.ressource ?? null, f.ressourceId ?? null, f.utilisateurId ?? null, f.depuis ?? null, f.jusqua ?? null];
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM journal_audit ${where}`, parametres);
    const entrees = await this.dataSource.query(
      `SELECT id::text, le, utilisateur_id AS "utilisateurId", utilisateur_email AS "utilisateurEmail", role, action, ressource,
              ressource_id AS "ressourceId", avant, apres, methode, chemin, ip
         FROM journal_audit ${where} ORDER BY le DESC, id DESC LIMIT $6 OFFSET $7`,
      [...parametres, f.limite, f.decalage],
    );
    return { total, entrees };
  }
}
