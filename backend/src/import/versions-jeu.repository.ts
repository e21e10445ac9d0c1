import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Requeteur } from './importateur';
import { requeteurDe } from './requeteur';

/** A coverage territory of a version: theme + national / région / département. */
export interface TerritoireCouvert {
  theme: string;
  niveau: 'national' | 'region' | 'departement';
  code?: string;
}

export interface VersionJeu {
  id: number;
  jeu: string;
  origine: 'livre' | 'televerse' | 'cockpit';
  typeFichier: string | null;
  televersementId: string | null;
  libelle: string;
  source: string;
  millesime: string;
  couverture: TerritoireCouvert[];
  fichier: string | null;
  empreinte: string | null;
  lignes: number;
  ecartees: number;
  bilan: Record<string, unknown>;
  restauration: Record<string, unknown> | null;
  statut: 'en_place' | 'retiree';
  auteurEmail: string | null;
  importeLe: string;
  retireeLe: string | null;
  retireePar: string | null;
}

export type NouvelleVersionJeu = Omit<
  VersionJeu,
  'id' | 'statut' | 'importeLe' | 'retireeLe' | 'retireePar' | 'restauration' | 'bilan' | 'lignes' | 'ecartees'
> & {
  auteurId: string | null;
  lignes?: number;
  ecartees?: number;
};

const COLONNES = `id, jeu, origine, type_fichier AS "typeFichier", televersement_id AS "televersementId", libelle, source, millesime, couverture,
  fichier, empreinte, lignes, ecartees, bilan, restauration, statut, auteur_email AS "auteurEmail", importe_le AS "importeLe",
  retiree_le AS "retireeLe", retiree_par AS "retireePar"`;

/** Versions of datasets (`version_jeu`) and the rows they replaced (`version_jeu_archive`). */
@Injectable()
export class VersionsJeuRepository {
  private readonly requete: Requeteur;

  constructor(dataSource: DataSource) {
    this.requete = requeteurDe(dataSource);
  }

  async creer(requete: Requeteur, v: NouvelleVersionJeu): Promise<number> {
    const [{ id }] = await requete<{ id: number }>(
      `INSERT INTO version_jeu (jeu, origine, type_fichier, televersement_id, libelle, source, millesime, couverture, fichier, empreinte,
                                lignes, ecartees, auteur_id, auteur_email)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9, $10, $11, $12, $13, $14) RETURNING id`,
      [
        v.jeu,
        v.origine,
        v.typeFichier,
        v.televersementId,
        v.libelle,
        v.source,
        v.millesime,
        JSON.stringify(v.couverture),
        v.fichier,
        v.empreinte,
        v.lignes ?? 0,
        v.ecartees ?? 0,
        v.auteurId,
        v.auteurEmail,
      ],
    );
    return id;
  }

  async completer(requete: Requeteur, id: number, c: { lignes: number; bilan: Record<string, unknown>; restauration: Record<string, unknown> }): Promise<void> {
    await requete(`UPDATE version_jeu SET lignes = $2, bilan = $3::jsonb, restauration = $4::jsonb WHERE id = $1`, [
      id,
      c.lignes,
      JSON.stringify(c.bilan),
      JSON.stringify(c.restauration),
    ]);
  }

  async trouver(id: number, requete: Requeteur = this.requete): Promise<VersionJeu | null> {
    const [v] = await requete<VersionJeu>(`SELECT ${COLONNES} FROM version_jeu WHERE id = $1`, [id]);
    return v ?? null;
  }

  /** Versions of a dataset, newest first. */
  async duJeu(jeu: string): Promise<VersionJeu[]> {
    return this.requete(`SELECT ${COLONNES} FROM version_jeu WHERE jeu = $1 ORDER BY id DESC`, [jeu]);
  }

  /** The most recent version still in place of a dataset (the only one a rollback may undo). */
  async derniereEnPlace(jeu: string, requete: Requeteur = this.requete): Promise<VersionJeu | null> {
    const [v] = await requete<VersionJeu>(`SELECT ${COLONNES} FROM version_jeu WHERE jeu = $1 AND statut = 'en_place' ORDER BY id DESC LIMIT 1`, [jeu]);
    return v ?? null;
  }

  /** Latest version in place of every dataset that has one, with the number of versions. */
  async derniereDeChaqueJeu(): Promise<(VersionJeu & { versions: number })[]> {
    return this.requete(
      `SELECT DISTINCT ON (jeu) ${COLONNES}, (SELECT count(*)::int FROM version_jeu w WHERE w.jeu = version_jeu.jeu) AS versions
         FROM version_jeu WHERE statut = 'en_place' ORDER BY jeu, id DESC`,
    );
  }

  async retirer(requete: Requeteur, id: number, par: string): Promise<void> {
    await requete(`UPDATE version_jeu SET statut = 'retiree', retiree_le = now(), retiree_par = $2 WHERE id = $1`, [id, par]);
  }

  /**
   * Archives the rows returned by `sql` (one jsonb column `donnees`, its own parameters $1…$n) with the version;
   * returns their number.
   */
  async archiver(requete: Requeteur, id: number, nature: string, sql: string, parametres: unknown[]): Promise<number> {
    const n = parametres.length;
    const rows = await requete<{ n: number }>(
      `WITH a AS (INSERT INTO version_jeu_archive (version_id, nature, donnees) SELECT $${n + 1}, $${n + 2}, x.donnees FROM (${sql}) x RETURNING 1)
       SELECT count(*)::int AS n FROM a`,
      [...parametres, id, nature],
    );
    return rows[0]?.n ?? 0;
  }
}
