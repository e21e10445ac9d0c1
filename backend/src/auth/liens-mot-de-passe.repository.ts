import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** One-time links to set a password (table lien_mot_de_passe): only the SHA-256 of the link's secret is stored. */
@Injectable()
export class LiensMotDePasseRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** A new link for the account; its previous unused links stop working. */
  async creer(utilisateurId: string, empreinte: string, expireLe: Date, parId: string | null): Promise<void> {
    await this.dataSource.query(`DELETE FROM lien_mot_de_passe WHERE utilisateur_id = $1 AND utilise_le IS NULL`, [utilisateurId]);
    await this.dataSource.query(`INSERT INTO lien_mot_de_passe (empreinte, utilisateur_id, expire_le, cree_par) VALUES ($1, $2, $3, $4)`, [
      empreinte,
      utilisateurId,
      expireLe,
      parId,
    ]);
  }

  /** The account of a link still usable (not used, not expired), without using it. */
  async valide(empreinte: string): Promise<string | null> {
    const rows = await this.dataSource.query(
      `SELECT utilisateur_id AS id FROM lien_mot_de_passe WHERE empreinte = $1 AND utilise_le IS NULL AND expire_le > now()`,
      [empreinte],
    );
    return rows[0]?.id ?? null;
  }

  /** Uses the link, once: of two requests with the same link, one only gets the account. */
  async utiliser(empreinte: string): Promise<string | null> {
    const rows = await this.dataSource.query(
      `UPDATE lien_mot_de_passe SET utilise_le = now() WHERE empreinte = $1 AND utilise_le IS NULL AND expire_le > now() RETURNING utilisateur_id AS id`,
      [empreinte],
    );
    const [lignes] = rows as [{ id: string }[], number];
    return lignes[0]?.id ?? null;
  }
}
