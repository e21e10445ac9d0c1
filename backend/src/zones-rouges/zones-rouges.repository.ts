import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Requeteur } from '../import/importateur';
import { EpciZoneRouge } from './lecture-zones-rouges';

export interface ListeZonesRouges {
  id: number;
  libelle: string;
  dateListe: string;
  nbAttendu: number;
  partielle: boolean;
  regionsCompletes: string[];
  source: string;
  origine: 'livre' | 'televerse';
  fichier: string | null;
  auteur: string | null;
  creeLe: string;
  nbEpci: number;
}

export interface EpciDeListe {
  siren: string;
  nom: string;
  region: string | null;
  regions: string[];
  population: number;
  communes: number;
  sources: string[];
  note: string | null;
}

/** A commune, its EPCI (siren and name null outside any) and its région. */
export interface CommuneEtEpci {
  code: string;
  siren: string | null;
  nom: string | null;
  region: string;
}

const COLONNES = `l.id, l.libelle, to_char(l.date_liste, 'YYYY-MM-DD') AS "dateListe", l.nb_attendu AS "nbAttendu", l.partielle,
  l.regions_completes AS "regionsCompletes", l.source, l.origine, l.fichier, l.auteur,
  to_char(l.cree_le AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "creeLe",
  (SELECT count(*)::int FROM zone_rouge_epci e WHERE e.liste_id = l.id) AS "nbEpci"`;

@Injectable()
export class ZonesRougesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The list in force: the most recent active one (an uploaded complete list replaces the shipped partial one). */
  async active(): Promise<ListeZonesRouges | null> {
    const rows = await this.dataSource.query(`SELECT ${COLONNES} FROM zone_rouge_liste l WHERE l.active ORDER BY l.cree_le DESC, l.id DESC LIMIT 1`);
    return rows[0] ?? null;
  }

  async historique(): Promise<ListeZonesRouges[]> {
    return this.dataSource.query(`SELECT ${COLONNES} FROM zone_rouge_liste l ORDER BY l.cree_le DESC, l.id DESC`);
  }

  async epciDeListe(id: number): Promise<EpciDeListe[]> {
    return this.dataSource.query(
      `SELECT e.siren, e.nom, e.sources, e.note,
              (SELECT c.region_code FROM commune c WHERE c.epci_code = e.siren GROUP BY c.region_code ORDER BY sum(c.population) DESC LIMIT 1) AS region,
              coalesce((SELECT array_agg(DISTINCT c.region_code) FROM commune c WHERE c.epci_code = e.siren), '{}') AS regions,
              coalesce((SELECT sum(c.population)::int FROM commune c WHERE c.epci_code = e.siren), 0) AS population,
              (SELECT count(*)::int FROM commune c WHERE c.epci_code = e.siren) AS communes
         FROM zone_rouge_epci e WHERE e.liste_id = $1 ORDER BY e.siren`,
      [id],
    );
  }

  async epci(siren: string): Promise<{ siren: string; nom: string; regions: string[] } | null> {
    const rows = await this.dataSource.query(
      `SELECT e.code AS siren, e.nom, coalesce((SELECT array_agg(DISTINCT c.region_code) FROM commune c WHERE c.epci_code = e.code), '{}') AS regions
         FROM epci e WHERE e.code = $1`,
      [siren],
    );
    return rows[0] ?? null;
  }

  /** Communes of a région whose EPCI is in the list, with the EPCI. */
  async communesDeRegionDansListe(id: number, region: string): Promise<{ code: string; siren: string; nom: string }[]> {
    return this.dataSource.query(
      `SELECT c.code, z.siren, z.nom FROM commune c JOIN zone_rouge_epci z ON z.liste_id = $1 AND z.siren = c.epci_code
        WHERE c.region_code = $2 ORDER BY c.code`,
      [id, region],
    );
  }

  /** Every commune with its EPCI (null outside any) and région (read once per version of the territories: the service). */
  async communesEtEpci(): Promise<CommuneEtEpci[]> {
    return this.dataSource.query(`SELECT c.code, e.code AS siren, e.nom, c.region_code AS region FROM commune c LEFT JOIN epci e ON e.code = c.epci_code`);
  }

  /** Fingerprint and date of the last territories load: the communes' EPCI change only with it. */
  async versionTerritoires(): Promise<string> {
    const rows: { v: string | null }[] = await this.dataSource.query(
      `SELECT empreinte || '@' || importe_le::text AS v FROM jeu_de_donnees WHERE code = 'territoires'`,
    );
    return rows[0]?.v ?? '';
  }

  /** The EPCI of a list with their sources (read once per list: a list's EPCI are written with it and never change). */
  async membres(id: number): Promise<Pick<EpciDeListe, 'siren' | 'nom' | 'sources' | 'note'>[]> {
    return this.dataSource.query(`SELECT siren, nom, sources, note FROM zone_rouge_epci WHERE liste_id = $1`, [id]);
  }

  async epciConnus(requete?: Requeteur): Promise<Map<string, string>> {
    const sql = `SELECT code, nom FROM epci`;
    const rows: { code: string; nom: string }[] = requete ? await requete(sql) : await this.dataSource.query(sql);
    return new Map(rows.map((r) => [r.code, r.nom]));
  }

  /**
   * Writes a list. Shipped: replaces the previous shipped list (same dataset), active unless an uploaded list is.
   * Uploaded: becomes the only active list (the previous ones stay in the history).
   */
  async enregistrer(
    requete: Requeteur,
    l: Omit<ListeZonesRouges, 'id' | 'creeLe' | 'nbEpci'> & { jeu: string | null },
    epci: EpciZoneRouge[],
  ): Promise<number> {
    if (l.jeu) await requete(`DELETE FROM zone_rouge_liste WHERE jeu = $1`, [l.jeu]);
    else await requete(`UPDATE zone_rouge_liste SET active = false`);
    const [{ id }] = await requete<{ id: number }>(
      `INSERT INTO zone_rouge_liste (libelle, date_liste, nb_attendu, partielle, regions_completes, source, origine, jeu, fichier, auteur, active)
       VALUES ($1, $2, $3, $4, $5::text[], $6, $7, $8, $9, $10,
               CASE WHEN $8::text IS NULL THEN true ELSE NOT EXISTS (SELECT 1 FROM zone_rouge_liste WHERE active AND origine = 'televerse') END)
       RETURNING id`,
      [l.libelle, l.dateListe, l.nbAttendu, l.partielle, l.regionsCompletes, l.source, l.origine, l.jeu, l.fichier, l.auteur],
    );
    await requete(
      `INSERT INTO zone_rouge_epci (liste_id, siren, nom, sources, note)
       SELECT $1, r.siren, r.nom, ARRAY(SELECT json_array_elements_text(r.sources)), r.note FROM json_to_recordset($2::json) AS r(siren text, nom text, sources json, note text)`,
      [id, JSON.stringify(epci)],
    );
    return id;
  }
}
