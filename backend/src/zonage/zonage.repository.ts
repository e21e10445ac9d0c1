import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Requeteur } from '../import/importateur';
import { ProfessionZonage } from './classes-zonage';
import { FinPresumee } from './validite-version';

export interface VersionZonage {
  id: number;
  profession: ProfessionZonage;
  niveau: 'commune' | 'qpv';
  libelle: string;
  region: string | null;
  arrete: string | null;
  dateArrete: string | null;
  debut: string;
  debutConnu: boolean;
  fin: string | null;
  source: string;
  /** URL of the arrêté or of the ARS page publishing it. */
  lienArrete: string | null;
  /** Presumed end when no end is known (ADR 0004), with its reason and source. */
  finPresumee: string | null;
  motifFinPresumee: string | null;
  sourceFinPresumee: string | null;
  origine: 'livre' | 'televerse' | 'cockpit';
}

/** Metadata that a new version may leave out (no presumed end, no link). */
type MetadonneesFacultatives = 'lienArrete' | 'finPresumee' | 'motifFinPresumee' | 'sourceFinPresumee' | 'origine';

/** A version to insert: the stored fields less the id, plus the shipped dataset it comes from (null for an upload). */
export interface NouvelleVersion extends Omit<VersionZonage, 'id' | MetadonneesFacultatives>, Partial<Pick<VersionZonage, MetadonneesFacultatives>> {
  jeu: string | null;
  /** Account that uploaded or published it (null for shipped data). */
  auteur?: string | null;
}

/** Presumed end of a national version in one région. */
export interface FinRegionale extends FinPresumee {
  region: string;
}

export interface ClasseApplicable {
  code: string;
  classe: string;
  version_id: number;
}

/** A commune's rurality: France Ruralités Revitalisation class and the former ZRR flag, with their sources. */
export interface LigneRuralite {
  commune_code: string;
  frr: string | null;
  frr_source: string | null;
  zrr: string | null;
  zrr_source: string | null;
}

export interface QpvDeCommune {
  code: string;
  nom: string;
  classe: 'ZIP' | 'ZAC' | null;
  source: string;
  version_id: number | null;
}

/** Columns of a version, dates as ISO strings (never JS Dates: no time-zone shift). */
const COLONNES_VERSION = `v.id, v.profession, v.niveau, v.libelle, v.region_code AS region, v.arrete,
  to_char(v.date_arrete, 'YYYY-MM-DD') AS "dateArrete", to_char(v.debut, 'YYYY-MM-DD') AS debut,
  v.debut_connu AS "debutConnu", to_char(v.fin, 'YYYY-MM-DD') AS fin, v.source, v.lien_arrete AS "lienArrete",
  to_char(v.fin_presumee, 'YYYY-MM-DD') AS "finPresumee", v.motif_fin_presumee AS "motifFinPresumee",
  v.source_fin_presumee AS "sourceFinPresumee", v.origine`;

/** Versions of a profession (commune level) in force at $2. */
const VERSIONS_EN_VIGUEUR = `SELECT * FROM zonage_version
  WHERE profession = $1 AND niveau = 'commune' AND debut <= $2::date AND (fin IS NULL OR fin >= $2::date)`;

const TAILLE_LOT = 5000;

@Injectable()
export class ZonageRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Version of everything zonage answers depend on, for response caches: the loads of the shipped
   * datasets and every version row (an upload adds one and closes the previous one).
   */
  async versionDonnees(): Promise<string> {
    const rows: { v: string }[] = await this.dataSource.query(
      `SELECT md5(coalesce((SELECT string_agg(code || '@' || importe_le::text, ',' ORDER BY code) FROM jeu_de_donnees
                             WHERE code IN ('territoires', 'zonage-medecins', 'zonage-infirmiers', 'qpv', 'ruralite')), '')
                  || '|' ||
                  coalesce((SELECT string_agg(id || ':' || debut::text || ':' || coalesce(fin::text, '-') || ':' || coalesce(fin_presumee::text, '-')
                                              || ':' || coalesce(modifie_le::text, '-'), ',' ORDER BY id)
                              FROM zonage_version), '')
                  || '|' ||
                  coalesce((SELECT string_agg(version_id || ':' || region_code || ':' || coalesce(fin_presumee::text, '-'), ',' ORDER BY version_id, region_code)
                              FROM zonage_version_region), '')) AS v`,
    );
    return rows[0].v;
  }

  // ---- écriture (dans la transaction d'import) -----------------------------------------------

  /**
   * Creates the version of a shipped dataset, or updates it in place (same id) when the dataset is re-imported,
   * so that ids handed out to clients stay valid.
   */
  async enregistrerVersionDuJeu(requete: Requeteur, v: NouvelleVersion & { jeu: string }): Promise<number> {
    const existante = await requete<{ id: number }>(`SELECT id FROM zonage_version WHERE jeu = $1`, [v.jeu]);
    if (existante.length) {
      const id = existante[0].id;
      await requete(
        `UPDATE zonage_version SET profession = $2, niveau = $3, libelle = $4, region_code = $5, arrete = $6, date_arrete = $7,
                debut = $8, debut_connu = $9, fin = $10, source = $11, lien_arrete = $12, fin_presumee = $13,
                motif_fin_presumee = $14, source_fin_presumee = $15, modifie_le = now() WHERE id = $1`,
        [
          id,
          v.profession,
          v.niveau,
          v.libelle,
          v.region,
          v.arrete,
          v.dateArrete,
          v.debut,
          v.debutConnu,
          v.fin,
          v.source,
          v.lienArrete ?? null,
          v.finPresumee ?? null,
          v.motifFinPresumee ?? null,
          v.sourceFinPresumee ?? null,
        ],
      );
      await requete(`DELETE FROM zonage_version_region WHERE version_id = $1`, [id]);
      await requete(`DELETE FROM zonage_commune WHERE version_id = $1`, [id]);
      await requete(`DELETE FROM zonage_qpv WHERE version_id = $1`, [id]);
      return id;
    }
    return this.creerVersion(requete, v);
  }

  async creerVersion(requete: Requeteur, v: NouvelleVersion): Promise<number> {
    const rows = await requete<{ id: number }>(
      `INSERT INTO zonage_version (profession, niveau, libelle, region_code, arrete, date_arrete, debut, debut_connu, fin, source, jeu,
                                   lien_arrete, fin_presumee, motif_fin_presumee, source_fin_presumee, origine, auteur)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17) RETURNING id`,
      [
        v.profession,
        v.niveau,
        v.libelle,
        v.region,
        v.arrete,
        v.dateArrete,
        v.debut,
        v.debutConnu,
        v.fin,
        v.source,
        v.jeu,
        v.lienArrete ?? null,
        v.finPresumee ?? null,
        v.motifFinPresumee ?? null,
        v.sourceFinPresumee ?? null,
        v.origine ?? (v.jeu ? 'livre' : 'televerse'),
        v.auteur ?? null,
      ],
    );
    return rows[0].id;
  }

  /** Ends the open version of the same profession, level and région the day before a new one starts (history kept). */
  async clorePrecedentes(requete: Requeteur, v: NouvelleVersion, nouvelleId: number): Promise<number[]> {
    const rows = await requete<{ id: number }>(
      `UPDATE zonage_version SET fin = ($4::date - 1)
        WHERE id <> $5 AND profession = $1 AND niveau = $2 AND region_code IS NOT DISTINCT FROM $3
          AND debut < $4::date AND (fin IS NULL OR fin >= $4::date)
        RETURNING id`,
      [v.profession, v.niveau, v.region, v.debut, nouvelleId],
    );
    return rows.map((r) => r.id);
  }

  /**
   * Versions of the same profession, level and région that a new version starting on `debut` touches: the one
   * open on that day (closed the day before, or replaced when it starts the same day) and those starting later.
   */
  async versionsTouchees(
    requete: Requeteur,
    v: { profession: string; region: string | null; debut: string },
  ): Promise<{ id: number; libelle: string; debut: string; fin: string | null }[]> {
    return requete(
      `SELECT id, libelle, to_char(debut, 'YYYY-MM-DD') AS debut, to_char(fin, 'YYYY-MM-DD') AS fin FROM zonage_version
        WHERE profession = $1 AND niveau = 'commune' AND region_code IS NOT DISTINCT FROM $2
          AND (debut >= $3::date OR fin IS NULL OR fin >= $3::date)
        ORDER BY debut, id`,
      [v.profession, v.region, v.debut],
    );
  }

  /** Closes the versions open on the new start (the day before) and returns their former end, for a rollback. */
  async clorePrecedentesAvecFin(requete: Requeteur, v: NouvelleVersion, nouvelleId: number): Promise<{ id: number; fin: string | null }[]> {
    return requete(
      `WITH avant AS (
         SELECT id, to_char(fin, 'YYYY-MM-DD') AS fin FROM zonage_version
          WHERE id <> $5 AND profession = $1 AND niveau = $2 AND region_code IS NOT DISTINCT FROM $3
            AND debut < $4::date AND (fin IS NULL OR fin >= $4::date)
       ), maj AS (UPDATE zonage_version z SET fin = ($4::date - 1), modifie_le = now() FROM avant WHERE z.id = avant.id RETURNING z.id)
       SELECT avant.id, avant.fin FROM avant JOIN maj ON maj.id = avant.id`,
      [v.profession, v.niveau, v.region, v.debut, nouvelleId],
    );
  }

  /** A version loaded again with the same start: same id, metadata and classes replaced. */
  async remplacerVersion(requete: Requeteur, id: number, v: NouvelleVersion): Promise<void> {
    await requete(
      `UPDATE zonage_version SET libelle = $2, arrete = $3, date_arrete = $4, fin = $5, source = $6, lien_arrete = $7, origine = $8,
              auteur = $9, debut_connu = true, modifie_le = now() WHERE id = $1`,
      [id, v.libelle, v.arrete, v.dateArrete, v.fin, v.source, v.lienArrete ?? null, v.origine ?? 'televerse', v.auteur ?? null],
    );
    await requete(`DELETE FROM zonage_commune WHERE version_id = $1`, [id]);
  }

  /** Classes of a version from an upload's staged rows, 5,000 at a time; returns how many. */
  async classesDepuisTeleversement(requete: Requeteur, versionId: number, televersementId: string): Promise<number> {
    let n = 0;
    for (let apres = 0; ;) {
      const [lot] = await requete<{ n: number; dernier: number | null }>(
        `WITH lot AS (SELECT numero, donnees FROM televersement_ligne WHERE televersement_id = $1 AND numero > $3 ORDER BY numero LIMIT ${TAILLE_LOT}),
              ecrit AS (
                INSERT INTO zonage_commune (version_id, commune_code, classe, classe_source, region_code)
                SELECT $2, r.commune_code, r.classe, r.classe_source, r.region_code
                  FROM lot CROSS JOIN LATERAL jsonb_to_record(lot.donnees) AS r(commune_code text, classe text, classe_source text, region_code text)
                ON CONFLICT DO NOTHING RETURNING 1)
         SELECT (SELECT count(*)::int FROM ecrit) AS n, (SELECT max(numero) FROM lot) AS dernier`,
        [televersementId, versionId, apres],
      );
      if (lot.dernier === null) return n;
      n += lot.n;
      apres = lot.dernier;
    }
  }

  /** Rollback of a replaced version: its former row and classes come back from the archive of dataset version `archive`. */
  async restaurerVersionArchivee(requete: Requeteur, id: number, archive: number): Promise<void> {
    await requete(
      `UPDATE zonage_version z SET libelle = r.libelle, arrete = r.arrete, date_arrete = r.date_arrete, fin = r.fin, source = r.source,
              lien_arrete = r.lien_arrete, origine = r.origine, auteur = r.auteur, debut_connu = r.debut_connu, modifie_le = now()
         FROM version_jeu_archive a CROSS JOIN LATERAL jsonb_populate_record(NULL::zonage_version, a.donnees) r
        WHERE a.version_id = $2 AND a.nature = 'zonage_version' AND z.id = $1`,
      [id, archive],
    );
    await requete(`DELETE FROM zonage_commune WHERE version_id = $1`, [id]);
    await requete(
      `INSERT INTO zonage_commune (version_id, commune_code, classe, classe_source, region_code)
       SELECT $1, r.commune_code, r.classe, r.classe_source, r.region_code
         FROM version_jeu_archive a CROSS JOIN LATERAL jsonb_populate_record(NULL::zonage_commune, a.donnees) r
        WHERE a.version_id = $2 AND a.nature = 'zonage_commune'`,
      [id, archive],
    );
  }

  /** Classes in force at a date for one région (or all), comparable with an upload's staged rows ($2 profession, $3 date, $4 région). */
  static readonly SQL_CLASSES_EN_VIGUEUR = `SELECT DISTINCT ON (zc.commune_code) zc.commune_code AS cle, jsonb_build_object('classe', zc.classe) AS donnees,
           coalesce(c.nom, zc.commune_code) || ' : ' || zc.classe AS libelle
      FROM zonage_version v JOIN zonage_commune zc ON zc.version_id = v.id LEFT JOIN commune c ON c.code = zc.commune_code
     WHERE v.profession = $2 AND v.niveau = 'commune' AND v.debut <= $3::date AND (v.fin IS NULL OR v.fin >= $3::date)
       AND (v.region_code IS NULL OR v.region_code = zc.region_code) AND ($4::text IS NULL OR zc.region_code = $4)
     ORDER BY zc.commune_code, (v.region_code IS NOT NULL) DESC, v.debut DESC, v.id DESC`;

  /** Edits the arrêté metadata of a version (audited by the service); returns the row before. */
  async modifierMetadonnees(
    id: number,
    m: { arrete?: string | null; dateArrete?: string | null; lienArrete?: string | null; debut?: string; fin?: string | null },
  ): Promise<void> {
    await this.dataSource.query(
      `UPDATE zonage_version SET
              arrete = CASE WHEN $2 THEN $3 ELSE arrete END,
              date_arrete = CASE WHEN $4 THEN $5::date ELSE date_arrete END,
              lien_arrete = CASE WHEN $6 THEN $7 ELSE lien_arrete END,
              debut = coalesce($8::date, debut), debut_connu = CASE WHEN $8::date IS NULL THEN debut_connu ELSE true END,
              fin = CASE WHEN $9 THEN $10::date ELSE fin END,
              modifie_le = now()
        WHERE id = $1`,
      [
        id,
        m.arrete !== undefined,
        m.arrete ?? null,
        m.dateArrete !== undefined,
        m.dateArrete ?? null,
        m.lienArrete !== undefined,
        m.lienArrete ?? null,
        m.debut ?? null,
        m.fin !== undefined,
        m.fin ?? null,
      ],
    );
  }

  /** Another version of the same profession, level and région whose period overlaps [debut, fin]. */
  async chevauchement(id: number, debut: string, fin: string | null): Promise<{ id: number; libelle: string } | null> {
    const rows: { id: number; libelle: string }[] = await this.dataSource.query(
      `SELECT o.id, o.libelle FROM zonage_version v JOIN zonage_version o
           ON o.id <> v.id AND o.profession = v.profession AND o.niveau = v.niveau AND o.region_code IS NOT DISTINCT FROM v.region_code
        WHERE v.id = $1 AND o.debut <= coalesce($3::date, 'infinity'::date) AND coalesce(o.fin, 'infinity'::date) >= $2::date
        LIMIT 1`,
      [id, debut, fin],
    );
    return rows[0] ?? null;
  }

  /** Presumed ends of a national version région by région (replaces the previous ones). */
  async enregistrerFinsRegionales(requete: Requeteur, versionId: number, fins: FinRegionale[]): Promise<void> {
    await requete(`DELETE FROM zonage_version_region WHERE version_id = $1`, [versionId]);
    if (!fins.length) return;
    await requete(
      `INSERT INTO zonage_version_region (version_id, region_code, fin_presumee, motif, source)
       SELECT $1, r.region, r.fin_presumee::date, r.motif, r.source FROM json_to_recordset($2::json) AS r(region text, fin_presumee text, motif text, source text)`,
      [versionId, JSON.stringify(fins.map((f) => ({ region: f.region, fin_presumee: f.finPresumee, motif: f.motif ?? '', source: f.source })))],
    );
  }

  async enregistrerClasses(
    requete: Requeteur,
    versionId: number,
    valeurs: { commune_code: string; classe: string; classe_source: string; region_code: string | null }[],
  ): Promise<void> {
    for (let i = 0; i < valeurs.length; i += TAILLE_LOT) {
      await requete(
        `INSERT INTO zonage_commune (version_id, commune_code, classe, classe_source, region_code)
         SELECT $1, r.commune_code, r.classe, r.classe_source, r.region_code
           FROM json_to_recordset($2::json) AS r(commune_code text, classe text, classe_source text, region_code text)`,
        [versionId, JSON.stringify(valeurs.slice(i, i + TAILLE_LOT))],
      );
    }
  }

  async remplacerQpv(
    requete: Requeteur,
    qpv: { code: string; nom: string; source: string }[],
    liens: { qpv_code: string; commune_code: string }[],
  ): Promise<void> {
    await requete(`DELETE FROM qpv`);
    await requete(
      `INSERT INTO qpv (code, nom, source) SELECT r.code, r.nom, r.source FROM json_to_recordset($1::json) AS r(code text, nom text, source text)`,
      [JSON.stringify(qpv)],
    );
    await requete(
      `INSERT INTO qpv_commune (qpv_code, commune_code)
       SELECT DISTINCT r.qpv_code, r.commune_code FROM json_to_recordset($1::json) AS r(qpv_code text, commune_code text)`,
      [JSON.stringify(liens)],
    );
  }

  async enregistrerZonageQpv(
    requete: Requeteur,
    versionId: number,
    lignes: { qpv_code: string; qpv_nom: string; classe: string; communes: string[] }[],
  ): Promise<void> {
    await requete(
      `INSERT INTO zonage_qpv (version_id, qpv_code, qpv_nom, classe, communes)
       SELECT $1, r.qpv_code, r.qpv_nom, r.classe, ARRAY(SELECT json_array_elements_text(r.communes))
         FROM json_to_recordset($2::json) AS r(qpv_code text, qpv_nom text, classe text, communes json)`,
      [versionId, JSON.stringify(lignes)],
    );
  }

  async remplacerFrr(requete: Requeteur, lignes: { commune_code: string; frr: string }[], source: string): Promise<void> {
    await requete(`UPDATE ruralite_commune SET frr = NULL, frr_source = NULL`);
    await requete(
      `INSERT INTO ruralite_commune (commune_code, frr, frr_source)
       SELECT r.commune_code, r.frr, $2 FROM json_to_recordset($1::json) AS r(commune_code text, frr text)
       ON CONFLICT (commune_code) DO UPDATE SET frr = EXCLUDED.frr, frr_source = EXCLUDED.frr_source`,
      [JSON.stringify(lignes), source],
    );
  }

  async remplacerZrr(requete: Requeteur, lignes: { commune_code: string; zrr: string }[], source: string): Promise<void> {
    await requete(`UPDATE ruralite_commune SET zrr = NULL, zrr_source = NULL`);
    await requete(
      `INSERT INTO ruralite_commune (commune_code, zrr, zrr_source)
       SELECT r.commune_code, r.zrr, $2 FROM json_to_recordset($1::json) AS r(commune_code text, zrr text)
       ON CONFLICT (commune_code) DO UPDATE SET zrr = EXCLUDED.zrr, zrr_source = EXCLUDED.zrr_source`,
      [JSON.stringify(lignes), source],
    );
  }

  // ---- lecture ------------------------------------------------------------------------------

  /** Presumed ends région by région of the given versions: version id → région → end. */
  async finsRegionales(ids: number[]): Promise<Map<number, Map<string, FinPresumee>>> {
    const parVersion = new Map<number, Map<string, FinPresumee>>();
    if (!ids.length) return parVersion;
    const rows: { version_id: number; region: string; fin: string | null; motif: string; source: string | null }[] = await this.dataSource.query(
      `SELECT version_id, region_code AS region, to_char(fin_presumee, 'YYYY-MM-DD') AS fin, motif, source
         FROM zonage_version_region WHERE version_id = ANY($1::int[])`,
      [ids],
    );
    for (const r of rows) {
      if (!parVersion.has(r.version_id)) parVersion.set(r.version_id, new Map());
      parVersion.get(r.version_id)!.set(r.region, { finPresumee: r.fin, motif: r.motif, source: r.source });
    }
    return parVersion;
  }

  async codesRegions(): Promise<string[]> {
    return (await this.regions()).map((r) => r.code);
  }

  async regions(): Promise<{ code: string; nom: string }[]> {
    return this.dataSource.query(`SELECT code, nom FROM region ORDER BY code`);
  }

  async version(id: number): Promise<VersionZonage | null> {
    const rows = await this.dataSource.query(`SELECT ${COLONNES_VERSION} FROM zonage_version v WHERE v.id = $1`, [id]);
    return rows[0] ?? null;
  }

  async versions(profession?: ProfessionZonage): Promise<VersionZonage[]> {
    return this.dataSource.query(
      `SELECT ${COLONNES_VERSION} FROM zonage_version v WHERE $1::text IS NULL OR v.profession = $1 ORDER BY v.profession, v.debut, v.id`,
      [profession ?? null],
    );
  }

  /** Commune-level versions in force at a date, regional ones first. */
  async versionsEnVigueur(profession: ProfessionZonage, date: string): Promise<VersionZonage[]> {
    return this.dataSource.query(
      `SELECT ${COLONNES_VERSION} FROM (${VERSIONS_EN_VIGUEUR}) v ORDER BY (v.region_code IS NOT NULL) DESC, v.debut DESC, v.id DESC`,
      [profession, date],
    );
  }

  /**
   * Class of every commune at a date: the version of the commune's région when an ARS loaded one, else the
   * national one; the most recent start wins.
   */
  async classesALaDate(profession: ProfessionZonage, date: string, code: string | null = null): Promise<ClasseApplicable[]> {
    return this.dataSource.query(
      `WITH en_vigueur AS (${VERSIONS_EN_VIGUEUR})
       SELECT DISTINCT ON (zc.commune_code) zc.commune_code AS code, zc.classe, v.id AS version_id
         FROM en_vigueur v JOIN zonage_commune zc ON zc.version_id = v.id
        WHERE (v.region_code IS NULL OR v.region_code = zc.region_code)
          AND ($3::text IS NULL OR zc.commune_code = $3)
        ORDER BY zc.commune_code, (v.region_code IS NOT NULL) DESC, v.debut DESC, v.id DESC`,
      [profession, date, code],
    );
  }

  async classesDeVersion(id: number): Promise<ClasseApplicable[]> {
    return this.dataSource.query(`SELECT commune_code AS code, classe, version_id FROM zonage_commune WHERE version_id = $1`, [id]);
  }

  async nomsCommunes(codes: string[]): Promise<Map<string, string>> {
    const rows: { code: string; nom: string }[] = await this.dataSource.query(`SELECT code, nom FROM commune WHERE code = ANY($1::text[])`, [codes]);
    return new Map(rows.map((r) => [r.code, r.nom]));
  }

  /**
   * QPV touching a commune (QPV 2024 list) with their class in the QPV-level zonage médecins in force at the date
   * (ARS PACA), when there is one.
   */
  async qpvDeCommune(code: string, date: string): Promise<QpvDeCommune[]> {
    return this.dataSource.query(
      `WITH zq AS (
         SELECT DISTINCT ON (z.qpv_code) z.qpv_code, z.qpv_nom, z.classe, z.communes, v.id AS version_id, v.source
           FROM zonage_qpv z JOIN zonage_version v ON v.id = z.version_id
          WHERE v.niveau = 'qpv' AND v.profession = 'medecin' AND v.debut <= $2::date AND (v.fin IS NULL OR v.fin >= $2::date)
          ORDER BY z.qpv_code, v.debut DESC, v.id DESC
       ), liste AS (
         SELECT q.code, q.nom, q.source FROM qpv q JOIN qpv_commune qc ON qc.qpv_code = q.code WHERE qc.commune_code = $1
         UNION
         SELECT zq.qpv_code, zq.qpv_nom, zq.source FROM zq WHERE $1 = ANY(zq.communes)
       )
       SELECT DISTINCT ON (l.code) l.code, l.nom, zq.classe, zq.version_id,
              CASE WHEN zq.classe IS NULL THEN l.source ELSE l.source || ' ; classe : ' || zq.source END AS source
         FROM liste l LEFT JOIN zq ON zq.qpv_code = l.code
        ORDER BY l.code, (zq.classe IS NOT NULL) DESC`,
      [code, date],
    );
  }

  async ruralite(code: string): Promise<LigneRuralite | null> {
    const rows = await this.dataSource.query(`SELECT commune_code, frr, frr_source, zrr, zrr_source FROM ruralite_commune WHERE commune_code = $1`, [code]);
    return rows[0] ?? null;
  }

  /** Every commune's rurality (read once per version of the zonage data: `ZonageParVersion`). */
  async ruralites(): Promise<LigneRuralite[]> {
    return this.dataSource.query(`SELECT commune_code, frr, frr_source, zrr, zrr_source FROM ruralite_commune`);
  }

  /** Every commune-level version (read once per version of the zonage data: `ZonageParVersion`). */
  async versionsCommunales(): Promise<VersionZonage[]> {
    return this.dataSource.query(`SELECT ${COLONNES_VERSION} FROM zonage_version v WHERE v.niveau = 'commune' ORDER BY v.id`);
  }

  /** Communes that a QPV list or a QPV-level zonage names, at any date (the others have no QPV: `qpvDeCommune` is empty). */
  async communesAvecQpv(): Promise<string[]> {
    const rows: { code: string }[] = await this.dataSource.query(`SELECT commune_code AS code FROM qpv_commune UNION SELECT unnest(communes) FROM zonage_qpv`);
    return rows.map((r) => r.code);
  }
}
