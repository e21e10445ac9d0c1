import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { sqlCommuneDansTerritoires } from '../auth/portee.repository';
import { UtilisateurConnecte } from '../common/auth/role';
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
  /**
   * Territories the entry is about (a project's communes, the author's région…): its reading scope. Null: none
   * (accounts, logins, national data) — then only administrators read it.
   */
  territoires: UtilisateurConnecte['territoires'] | null;
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

/** Who reads: an administrator reads everything; others read the entries wholly inside their régions / départements. */
export type LecteurAudit = { tout: true } | { tout: false; regions: string[]; departements: string[] };

// The entry's scope is stored as the distinct (région, département) pairs of the communes it is about, computed
// here once: reading then needs no join (an entry is in a planner's scope when every pair is).
const INSERTION = `INSERT INTO journal_audit (utilisateur_id, utilisateur_email, role, action, ressource, ressource_id, avant, apres, methode, chemin, ip, perimetre)
                   VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8::jsonb, $9, $10, $11,
                           CASE WHEN $12::json IS NULL THEN NULL ELSE
                             (SELECT jsonb_agg(DISTINCT jsonb_build_object('region', c.region_code, 'departement', c.departement_code))
                                FROM commune c WHERE ${sqlCommuneDansTerritoires('c', 12)}) END)`;

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
      e.territoires?.length ? JSON.stringify(e.territoires) : null,
    ];
    if (requete) await requete(INSERTION, parametres);
    else await this.dataSource.query(INSERTION, parametres);
  }

  async lister(f: FiltreAudit, lecteur: LecteurAudit): Promise<{ total: number; entrees: Record<string, unknown>[] }> {
    const where = `WHERE ($1::text IS NULL OR ressource = $1) AND ($2::text IS NULL OR ressource_id = $2)
                     AND ($3::uuid IS NULL OR utilisateur_id = $3) AND ($4::timestamptz IS NULL OR le >= $4)
                     AND ($5::timestamptz IS NULL OR le < $5)
                     AND ($6::boolean OR (jsonb_array_length(coalesce(perimetre, '[]')) > 0 AND NOT EXISTS (
                           SELECT 1 FROM jsonb_array_elements(perimetre) AS p(e)
                            WHERE NOT (p.e->>'region' = ANY($7::text[]) OR p.e->>'departement' = ANY($8::text[])))))`;
    const parametres = [
      f.ressource ?? null,
      f.ressourceId ?? null,
      f.utilisateurId ?? null,
      f.depuis ?? null,
      f.jusqua ?? null,
      lecteur.tout,
      lecteur.tout ? [] : lecteur.regions,
      lecteur.tout ? [] : lecteur.departements,
    ];
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM journal_audit ${where}`, parametres);
    // Personal data (the author's e-mail, the client's IP) only for administrators.
    const entrees = await this.dataSource.query(
      `SELECT id::text, le, utilisateur_id AS "utilisateurId", CASE WHEN $6 THEN utilisateur_email END AS "utilisateurEmail", role, action,
              ressource, ressource_id AS "ressourceId", avant, apres, methode, chemin, CASE WHEN $6 THEN ip END AS ip
         FROM journal_audit ${where} ORDER BY le DESC, id DESC LIMIT $9 OFFSET $10`,
      [...parametres, f.limite, f.decalage],
    );
    return { total, entrees };
  }
}
