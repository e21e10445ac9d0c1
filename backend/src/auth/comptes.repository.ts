import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Role, UtilisateurConnecte } from '../common/auth/role';

export interface LigneUtilisateur {
  id: string;
  email: string;
  nom: string | null;
  mot_de_passe_hash: string | null;
  role: Role;
  territoires: UtilisateurConnecte['territoires'];
  actif: boolean;
  /** Incremented whenever the account's tokens must stop working (see utilisateur.version_session). */
  version_session: number;
  oidc_sujet: string | null;
  cree_le: Date;
  derniere_connexion: Date | null;
}

export interface NouvelUtilisateur {
  email: string;
  nom: string | null;
  /** Null: no password yet (set by a one-time link) or a ProConnect-only account. */
  motDePasseHash: string | null;
  role: Role;
  territoires: UtilisateurConnecte['territoires'];
  oidcSujet?: string | null;
}

const COLONNES = `id, email, nom, mot_de_passe_hash, role, territoires, actif, version_session, oidc_sujet, cree_le, derniere_connexion`;

@Injectable()
export class ComptesRepository {
  constructor(private readonly dataSource: DataSource) {}

  async parEmail(email: string): Promise<LigneUtilisateur | null> {
    const rows = await this.dataSource.query(`SELECT ${COLONNES} FROM utilisateur WHERE email = $1`, [email]);
    return rows[0] ?? null;
  }

  async parId(id: string): Promise<LigneUtilisateur | null> {
    const rows = await this.dataSource.query(`SELECT ${COLONNES} FROM utilisateur WHERE id = $1`, [id]);
    return rows[0] ?? null;
  }

  async parOidcSujet(sujet: string): Promise<LigneUtilisateur | null> {
    const rows = await this.dataSource.query(`SELECT ${COLONNES} FROM utilisateur WHERE oidc_sujet = $1`, [sujet]);
    return rows[0] ?? null;
  }

  /** Links the account to its ProConnect subject, only if it has none yet (null otherwise). */
  async lierOidc(id: string, sujet: string): Promise<LigneUtilisateur | null> {
    const rows = await this.dataSource.query(
      `UPDATE utilisateur SET oidc_sujet = $2, modifie_le = now() WHERE id = $1 AND oidc_sujet IS NULL RETURNING ${COLONNES}`,
      [id, sujet],
    );
    const [lignes] = rows as [LigneUtilisateur[], number];
    return lignes[0] ?? null;
  }

  async lister(): Promise<LigneUtilisateur[]> {
    return this.dataSource.query(`SELECT ${COLONNES} FROM utilisateur ORDER BY email`);
  }

  async creer(u: NouvelUtilisateur): Promise<LigneUtilisateur> {
    const rows = await this.dataSource.query(
      `INSERT INTO utilisateur (email, nom, mot_de_passe_hash, role, territoires, oidc_sujet)
       VALUES ($1, $2, $3, $4, $5::jsonb, $6) RETURNING ${COLONNES}`,
      [u.email, u.nom, u.motDePasseHash, u.role, JSON.stringify(u.territoires), u.oidcSujet ?? null],
    );
    return rows[0];
  }

  /** Updates only the given fields (NULL parameter = unchanged); `revoquer` also ends every session of the account. */
  async modifier(
    id: string,
    champs: {
      nom?: string | null;
      motDePasseHash?: string;
      role?: Role;
      territoires?: UtilisateurConnecte['territoires'];
      actif?: boolean;
      revoquer?: boolean;
    },
  ): Promise<LigneUtilisateur | null> {
    const rows = await this.dataSource.query(
      `UPDATE utilisateur SET
              nom = COALESCE($2, nom),
              mot_de_passe_hash = COALESCE($3, mot_de_passe_hash),
              role = COALESCE($4, role),
              territoires = COALESCE($5::jsonb, territoires),
              actif = COALESCE($6, actif),
              version_session = version_session + CASE WHEN $7 THEN 1 ELSE 0 END,
              modifie_le = now()
        WHERE id = $1 RETURNING ${COLONNES}`,
      [
        id,
        champs.nom ?? null,
        champs.motDePasseHash ?? null,
        champs.role ?? null,
        champs.territoires ? JSON.stringify(champs.territoires) : null,
        champs.actif ?? null,
        champs.revoquer === true,
      ],
    );
    // TypeORM answers [rows, affected] for UPDATE … RETURNING on PostgreSQL.
    const [lignes] = rows as [LigneUtilisateur[], number];
    return lignes[0] ?? null;
  }

  async noterConnexion(id: string): Promise<void> {
    await this.dataSource.query(`UPDATE utilisateur SET derniere_connexion = now() WHERE id = $1`, [id]);
  }
}
