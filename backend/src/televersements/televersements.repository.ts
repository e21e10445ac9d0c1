import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { UtilisateurConnecte } from '../common/auth/role';
import { Requeteur } from '../import/importateur';
import { requeteurDe } from '../import/requeteur';
import { requeteurDeFond } from './requeteur-de-fond';
import type { RapportValidation } from './rapport-validation';

export type StatutTeleversement = 'analyse' | 'pret' | 'refuse' | 'import' | 'importe' | 'echec' | 'annule';

export interface TeleversementEnregistre {
  id: string;
  type: string;
  statut: StatutTeleversement;
  fichier: string;
  taille: number;
  empreinte: string;
  chemin: string | null;
  metadonnees: Record<string, string>;
  rapport: RapportValidation | null;
  erreur: { message: string; details: unknown[] } | null;
  auteurId: string | null;
  auteurEmail: string;
  auteurRole: string;
  auteurTerritoires: UtilisateurConnecte['territoires'];
  versionId: number | null;
  traitePar: string | null;
  creeLe: string;
  modifieLe: string;
}

const COLONNES = `id, type, statut, fichier, taille::float8 AS taille, empreinte, chemin, metadonnees, rapport, erreur,
  auteur_id AS "auteurId", auteur_email AS "auteurEmail", auteur_role AS "auteurRole", auteur_territoires AS "auteurTerritoires",
  version_id AS "versionId", traite_par AS "traitePar", cree_le AS "creeLe", modifie_le AS "modifieLe"`;

/** Upload sessions and their staged rows (`televersement`, `televersement_ligne`). */
@Injectable()
export class TeleversementsRepository {
  readonly requete: Requeteur;

  /** For the background jobs (analysis, preparation, clean-up): gives way to users' requests (`requeteur-de-fond.ts`). */
  readonly requeteFond: Requeteur;

  constructor(private readonly dataSource: DataSource) {
    this.requete = requeteurDe(dataSource);
    this.requeteFond = requeteurDeFond(dataSource, this.requete);
  }

  async creer(t: {
    id: string;
    type: string;
    fichier: string;
    taille: number;
    empreinte: string;
    chemin: string;
    metadonnees: Record<string, string>;
    auteur: UtilisateurConnecte;
    traitePar: string;
  }): Promise<void> {
    await this.requete(
      `INSERT INTO televersement (id, type, statut, fichier, taille, empreinte, chemin, metadonnees, auteur_id, auteur_email, auteur_role, auteur_territoires, traite_par)
       VALUES ($1, $2, 'analyse', $3, $4, $5, $6, $7::jsonb, $8, $9, $10, $11::jsonb, $12)`,
      [
        t.id,
        t.type,
        t.fichier,
        t.taille,
        t.empreinte,
        t.chemin,
        JSON.stringify(t.metadonnees),
        t.auteur.id,
        t.auteur.email,
        t.auteur.role,
        JSON.stringify(t.auteur.territoires),
        t.traitePar,
      ],
    );
  }

  async marquerTraitement(id: string, traitePar: string): Promise<void> {
    await this.requete(`UPDATE televersement SET traite_par = $2 WHERE id = $1`, [id, traitePar]);
  }

  async trouver(id: string): Promise<TeleversementEnregistre | null> {
    const [t] = await this.requete<TeleversementEnregistre>(`SELECT ${COLONNES} FROM televersement WHERE id = $1`, [id]);
    return t ?? null;
  }

  /** Moves an upload to `statut` (optionally only from one of `depuis`); false when it was not in such a state. */
  async changerStatut(
    id: string,
    statut: StatutTeleversement,
    champs: { rapport?: RapportValidation; erreur?: { message: string; details: unknown[] } | null; versionId?: number } = {},
    depuis: StatutTeleversement[] | null = null,
    requete: Requeteur = this.requete,
  ): Promise<boolean> {
    const rows = await requete<{ id: string }>(
      `UPDATE televersement SET statut = $2, rapport = coalesce($3::jsonb, rapport), erreur = CASE WHEN $4::text = 'garder' THEN erreur ELSE $5::jsonb END,
              version_id = coalesce($6, version_id), modifie_le = now()
        WHERE id = $1 AND ($7::text[] IS NULL OR statut = ANY($7::text[])) RETURNING id`,
      [
        id,
        statut,
        champs.rapport ? JSON.stringify(champs.rapport) : null,
        champs.erreur === undefined ? 'garder' : 'remplacer',
        champs.erreur ? JSON.stringify(champs.erreur) : null,
        champs.versionId ?? null,
        depuis,
      ],
    );
    return rows.length > 0;
  }

  async oublierFichier(id: string): Promise<void> {
    await this.requete(`UPDATE televersement SET chemin = NULL WHERE id = $1`, [id]);
  }

  /** Drops the staged rows of an upload in bounded deletes (a long DELETE would hold the embedded database). */
  async supprimerLignes(id: string): Promise<void> {
    for (;;) {
      const rows = await this.requeteFond<{ numero: number }>(
        `DELETE FROM televersement_ligne WHERE televersement_id = $1
            AND numero IN (SELECT numero FROM televersement_ligne WHERE televersement_id = $1 ORDER BY numero LIMIT 2000) RETURNING numero`,
        [id],
      );
      if (rows.length < 2000) return;
    }
  }

  async compterLignes(id: string): Promise<number> {
    const [r] = await this.requete<{ n: number }>(`SELECT count(*)::int AS n FROM televersement_ligne WHERE televersement_id = $1`, [id]);
    return r.n;
  }

  /** Uploads left in progress by a server that stopped (crash, kill -9): they will never finish. */
  async interrompues(): Promise<TeleversementEnregistre[]> {
    return this.requete(`SELECT ${COLONNES} FROM televersement WHERE statut IN ('analyse', 'import')`);
  }

  /** Uploads analysed but neither imported nor cancelled for `heures` hours, and finished ones still holding a file. */
  async aNettoyer(heures: number): Promise<TeleversementEnregistre[]> {
    return this.requete(
      `SELECT ${COLONNES} FROM televersement
        WHERE (statut = 'pret' AND modifie_le < now() - make_interval(hours => $1))
           OR (statut IN ('refuse', 'importe', 'echec', 'annule') AND chemin IS NOT NULL)`,
      [heures],
    );
  }

  async recents(auteurId: string | null, limite = 20): Promise<TeleversementEnregistre[]> {
    return this.requete(`SELECT ${COLONNES} FROM televersement WHERE ($1::uuid IS NULL OR auteur_id = $1) ORDER BY cree_le DESC LIMIT $2`, [auteurId, limite]);
  }
}
