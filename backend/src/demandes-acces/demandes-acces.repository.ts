import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Role, UtilisateurConnecte } from '../common/auth/role';

export type StatutDemande = 'en_attente' | 'approuvee' | 'refusee';

export interface LigneDemande {
  id: string;
  email: string;
  nom: string | null;
  organisation: string | null;
  role_souhaite: Exclude<Role, 'admin'> | null;
  territoires: UtilisateurConnecte['territoires'];
  motif: string | null;
  oidc_sujet: string | null;
  statut: StatutDemande;
  cree_le: Date;
  traitee_le: Date | null;
  compte_id: string | null;
}

export interface NouvelleDemande {
  email: string;
  nom: string | null;
  organisation: string | null;
  roleSouhaite: Exclude<Role, 'admin'> | null;
  territoires: UtilisateurConnecte['territoires'];
  motif: string | null;
  oidcSujet: string | null;
}

const COLONNES = `id, email, nom, organisation, role_souhaite, territoires, motif, oidc_sujet, statut, cree_le, traitee_le, compte_id`;

@Injectable()
export class DemandesAccesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** One pending request per e-mail: a new one replaces the pending one's content (keeps a ProConnect subject). */
  async deposer(d: NouvelleDemande): Promise<LigneDemande> {
    const rows = await this.dataSource.query(
      `INSERT INTO demande_acces AS d (email, nom, organisation, role_souhaite, territoires, motif, oidc_sujet)
       VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7)
       ON CONFLICT (email) WHERE statut = 'en_attente' DO UPDATE SET
         nom = COALESCE(EXCLUDED.nom, d.nom),
         organisation = COALESCE(EXCLUDED.organisation, d.organisation),
         role_souhaite = COALESCE(EXCLUDED.role_souhaite, d.role_souhaite),
         territoires = CASE WHEN jsonb_array_length(EXCLUDED.territoires) > 0 THEN EXCLUDED.territoires ELSE d.territoires END,
         motif = COALESCE(EXCLUDED.motif, d.motif),
         oidc_sujet = COALESCE(EXCLUDED.oidc_sujet, d.oidc_sujet),
         cree_le = now()
       RETURNING ${COLONNES}`,
      [d.email, d.nom, d.organisation, d.roleSouhaite, JSON.stringify(d.territoires), d.motif, d.oidcSujet],
    );
    return rows[0];
  }

  async lister(statut: StatutDemande | null): Promise<LigneDemande[]> {
    return this.dataSource.query(`SELECT ${COLONNES} FROM demande_acces WHERE ($1::text IS NULL OR statut = $1) ORDER BY cree_le DESC LIMIT 500`, [statut]);
  }

  async trouver(id: string): Promise<LigneDemande | null> {
    const rows = await this.dataSource.query(`SELECT ${COLONNES} FROM demande_acces WHERE id = $1`, [id]);
    return rows[0] ?? null;
  }

  /** Closes a pending request (null when it is no longer pending: two admins at once, only one wins). */
  async traiter(id: string, statut: Exclude<StatutDemande, 'en_attente'>, parId: string, compteId: string | null): Promise<LigneDemande | null> {
    const rows = await this.dataSource.query(
      `UPDATE demande_acces SET statut = $2, traitee_le = now(), traitee_par = $3, compte_id = $4
        WHERE id = $1 AND statut = 'en_attente' RETURNING ${COLONNES}`,
      [id, statut, parId, compteId],
    );
    const [lignes] = rows as [LigneDemande[], number];
    return lignes[0] ?? null;
  }
}
