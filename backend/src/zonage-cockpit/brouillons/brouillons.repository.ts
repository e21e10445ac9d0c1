import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Requeteur } from '../../import/importateur';
import { ClasseQpv } from '../unites/classes-cockpit';
import { DecisionUnite } from './decisions';

export interface MetaBrouillon {
  id: string;
  region: string;
  libelle: string;
  unite: 'bassin_de_vie' | 'tvs';
  compositionId: number | null;
  anneeApl: number;
  origine: 'en_vigueur' | 'categories' | 'copie';
  dateReference: string;
  copieDe: string | null;
  statut: 'brouillon' | 'valide' | 'publie';
  auteur: string;
  creeLe: string;
  modifieLe: string;
  valideLe: string | null;
  versionId: number | null;
  versionQpvId: number | null;
  publication: Record<string, unknown> | null;
}

export interface Etape {
  etape: string;
  fait: boolean;
  date: string | null;
  note: string | null;
}

const COLONNES = `b.id, b.region_code AS region, b.libelle, b.unite, b.composition_id AS "compositionId", b.annee_apl AS "anneeApl", b.origine,
  to_char(b.date_reference, 'YYYY-MM-DD') AS "dateReference", b.copie_de AS "copieDe", b.statut, b.auteur,
  to_char(b.cree_le AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "creeLe",
  to_char(b.modifie_le AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "modifieLe",
  to_char(b.valide_le AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "valideLe",
  b.version_id AS "versionId", b.version_qpv_id AS "versionQpvId", b.publication`;

type LigneUnite = { unite_code: string; classe: DecisionUnite['classe']; force: boolean; justification_forcage: string | null; justification: string | null };

@Injectable()
export class BrouillonsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async creer(
    requete: Requeteur,
    b: Omit<MetaBrouillon, 'creeLe' | 'modifieLe' | 'valideLe' | 'versionId' | 'versionQpvId' | 'publication' | 'statut'>,
    unites: ReadonlyMap<string, DecisionUnite>,
    qpv: ReadonlyMap<string, ClasseQpv>,
  ): Promise<void> {
    await requete(
      `INSERT INTO brouillon_zonage (id, region_code, libelle, unite, composition_id, annee_apl, origine, date_reference, copie_de, auteur)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [b.id, b.region, b.libelle, b.unite, b.compositionId, b.anneeApl, b.origine, b.dateReference, b.copieDe, b.auteur],
    );
    await requete(
      `INSERT INTO brouillon_zonage_unite (brouillon_id, unite_code, classe, force, justification_forcage, justification)
       SELECT $1, r.code, r.classe, r.force, r."justificationForcage", r.justification
         FROM json_to_recordset($2::json) AS r(code text, classe text, force boolean, "justificationForcage" text, justification text)`,
      [b.id, JSON.stringify([...unites].map(([code, d]) => ({ code, ...d })))],
    );
    if (qpv.size)
      await requete(
        `INSERT INTO brouillon_zonage_qpv (brouillon_id, qpv_code, classe) SELECT $1, r.code, r.classe FROM json_to_recordset($2::json) AS r(code text, classe text)`,
        [b.id, JSON.stringify([...qpv].map(([code, classe]) => ({ code, classe })))],
      );
  }

  async meta(id: string, requete?: Requeteur, verrouiller = false): Promise<MetaBrouillon | null> {
    const sql = `SELECT ${COLONNES} FROM brouillon_zonage b WHERE b.id = $1${verrouiller ? ' FOR UPDATE' : ''}`;
    const rows: MetaBrouillon[] = requete ? await requete<MetaBrouillon>(sql, [id]) : await this.dataSource.query(sql, [id]);
    return rows[0] ?? null;
  }

  async lister(regions: string[] | null): Promise<(MetaBrouillon & { nbForcees: number })[]> {
    return this.dataSource.query(
      `SELECT ${COLONNES}, (SELECT count(*)::int FROM brouillon_zonage_unite u WHERE u.brouillon_id = b.id AND u.force) AS "nbForcees"
         FROM brouillon_zonage b WHERE $1::text[] IS NULL OR b.region_code = ANY($1::text[]) ORDER BY b.modifie_le DESC`,
      [regions],
    );
  }

  async decisions(id: string, requete?: Requeteur): Promise<{ unites: Map<string, DecisionUnite>; qpv: Map<string, ClasseQpv> }> {
    const q = <T>(sql: string): Promise<T[]> => (requete ? requete<T>(sql, [id]) : this.dataSource.query(sql, [id]));
    const unites = await q<LigneUnite>(
      `SELECT unite_code, classe, force, justification_forcage, justification FROM brouillon_zonage_unite WHERE brouillon_id = $1`,
    );
    const qpv = await q<{ qpv_code: string; classe: ClasseQpv }>(`SELECT qpv_code, classe FROM brouillon_zonage_qpv WHERE brouillon_id = $1`);
    return {
      unites: new Map(
        unites.map((u) => [u.unite_code, { classe: u.classe, force: u.force, justificationForcage: u.justification_forcage, justification: u.justification }]),
      ),
      qpv: new Map(qpv.map((q) => [q.qpv_code, q.classe])),
    };
  }

  /** Classes of every unit (the hot path of a class change: no justification texts). */
  async classes(requete: Requeteur, id: string): Promise<{ unite_code: string; classe: DecisionUnite['classe'] }[]> {
    return requete(`SELECT unite_code, classe FROM brouillon_zonage_unite WHERE brouillon_id = $1`, [id]);
  }

  async enregistrerUnite(requete: Requeteur, id: string, code: string, d: DecisionUnite): Promise<void> {
    await requete(
      `UPDATE brouillon_zonage_unite SET classe = $3, force = $4, justification_forcage = $5, justification = $6, modifie_le = now()
        WHERE brouillon_id = $1 AND unite_code = $2`,
      [id, code, d.classe, d.force, d.justificationForcage, d.justification],
    );
    await requete(`UPDATE brouillon_zonage SET modifie_le = now() WHERE id = $1`, [id]);
  }

  async enregistrerQpv(requete: Requeteur, id: string, code: string, classe: ClasseQpv | null): Promise<void> {
    if (classe === null) await requete(`DELETE FROM brouillon_zonage_qpv WHERE brouillon_id = $1 AND qpv_code = $2`, [id, code]);
    else
      await requete(
        `INSERT INTO brouillon_zonage_qpv (brouillon_id, qpv_code, classe) VALUES ($1, $2, $3)
         ON CONFLICT (brouillon_id, qpv_code) DO UPDATE SET classe = EXCLUDED.classe`,
        [id, code, classe],
      );
    await requete(`UPDATE brouillon_zonage SET modifie_le = now() WHERE id = $1`, [id]);
  }

  async renommer(requete: Requeteur, id: string, libelle: string): Promise<void> {
    await requete(`UPDATE brouillon_zonage SET libelle = $2, modifie_le = now() WHERE id = $1`, [id, libelle]);
  }

  async changerStatut(requete: Requeteur, id: string, statut: MetaBrouillon['statut']): Promise<void> {
    await requete(
      `UPDATE brouillon_zonage SET statut = $2, valide_le = CASE WHEN $2 = 'brouillon' THEN NULL WHEN $2 = 'valide' THEN now() ELSE valide_le END, modifie_le = now() WHERE id = $1`,
      [id, statut],
    );
  }

  async marquerPublie(requete: Requeteur, id: string, versionId: number, versionQpvId: number | null, publication: object): Promise<void> {
    await requete(
      `UPDATE brouillon_zonage SET statut = 'publie', version_id = $2, version_qpv_id = $3, publication = $4::jsonb, modifie_le = now() WHERE id = $1`,
      [id, versionId, versionQpvId, JSON.stringify(publication)],
    );
  }

  async supprimer(requete: Requeteur, id: string): Promise<void> {
    await requete(`DELETE FROM brouillon_zonage WHERE id = $1`, [id]);
  }

  async etapes(id: string): Promise<Etape[]> {
    return this.dataSource.query(
      `SELECT etape, fait, to_char(date, 'YYYY-MM-DD') AS date, note FROM brouillon_zonage_etape WHERE brouillon_id = $1 ORDER BY etape`,
      [id],
    );
  }

  async enregistrerEtape(requete: Requeteur, id: string, e: Etape): Promise<void> {
    await requete(
      `INSERT INTO brouillon_zonage_etape (brouillon_id, etape, fait, date, note) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (brouillon_id, etape) DO UPDATE SET fait = EXCLUDED.fait, date = EXCLUDED.date, note = EXCLUDED.note, modifie_le = now()`,
      [id, e.etape, e.fait, e.date, e.note],
    );
  }
}
