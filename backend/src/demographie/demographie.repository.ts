import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Requeteur } from '../import/importateur';

const inserer = (requete: Requeteur, sql: string, lignes: object[]) => requete(sql, [JSON.stringify(lignes)]);

@Injectable()
export class DemographieRepository {
  constructor(private readonly dataSource: DataSource) {}

  // ---- import ------------------------------------------------------------------------------

  async remplacerBassinsDeVie(
    requete: Requeteur,
    bassins: { code: string; nom: string }[],
    communes: { commune_code: string; bv_code: string }[],
  ): Promise<void> {
    await requete(`DELETE FROM bassin_de_vie`);
    await inserer(requete, `INSERT INTO bassin_de_vie (code, nom) SELECT r.code, r.nom FROM json_to_recordset($1::json) AS r(code text, nom text)`, bassins);
    await inserer(
      requete,
      `INSERT INTO commune_bassin_de_vie (commune_code, bv_code) SELECT r.commune_code, r.bv_code FROM json_to_recordset($1::json) AS r(commune_code text, bv_code text)`,
      communes,
    );
  }

  async enregistrerIndicateursBv(
    requete: Requeteur,
    lignes: { bv_code: string; indicateur: string; annee: number; valeur: number | null; secret: boolean; source: string }[],
  ): Promise<void> {
    await inserer(
      requete,
      `INSERT INTO indicateur_bassin_de_vie (bv_code, indicateur, annee, valeur, secret, source)
       SELECT r.bv_code, r.indicateur, r.annee, r.valeur, r.secret, r.source
         FROM json_to_recordset($1::json) AS r(bv_code text, indicateur text, annee integer, valeur real, secret boolean, source text)
        WHERE EXISTS (SELECT 1 FROM bassin_de_vie b WHERE b.code = r.bv_code)`,
      lignes,
    );
  }

  async remplacerMedecinsDepartement(requete: Requeteur, lignes: object[]): Promise<void> {
    await requete(`DELETE FROM medecins_generalistes_departement`);
    await inserer(
      requete,
      `INSERT INTO medecins_generalistes_departement (departement_code, source_code, annee, effectif, densite, champ, source)
       SELECT r.departement_code, r.source_code, r.annee, r.effectif, r.densite, r.champ, r.source
         FROM json_to_recordset($1::json) AS r(departement_code text, source_code text, annee integer, effectif integer, densite real, champ text, source text)`,
      lignes,
    );
  }

  async remplacerRppsCommunes(requete: Requeteur, lignes: object[], source: string): Promise<void> {
    await requete(`DELETE FROM rpps_medecins_commune`);
    await requete(
      `INSERT INTO rpps_medecins_commune (commune_code, medecins_rpps, generalistes_rpps_surestimes, source)
       SELECT r.commune_code, sum(r.medecins), sum(r.generalistes), $2
         FROM json_to_recordset($1::json) AS r(commune_code text, medecins integer, generalistes integer)
        GROUP BY r.commune_code`,
      [JSON.stringify(lignes), source],
    );
  }

  /** A new RPPS import, not yet published (`actif` false: it serves no département until `publierRpps`). */
  async creerImportRpps(
    requete: Requeteur,
    i: { fichier: string; encodage: string; lignes: number; medecins: number; sites: number; auteur: string; televersementId: string },
  ): Promise<number> {
    const [{ id }] = await requete<{ id: number }>(
      `INSERT INTO rpps_import (fichier, encodage, lignes, medecins, sites, auteur_email, televersement_id, actif)
       VALUES ($1, $2, $3, $4, $5, $6, $7, false) RETURNING id`,
      [i.fichier, i.encodage, i.lignes, i.medecins, i.sites, i.auteur, i.televersementId],
    );
    return id;
  }

  /** Copies an upload’s staged GP sites to the import, 2,000 at a time (statements stay short). */
  async copierSitesRpps(requete: Requeteur, importId: number, televersementId: string): Promise<number> {
    let copies = 0;
    for (let apres = 0; ;) {
      const [lot] = await requete<{ n: number; dernier: number | null }>(
        `WITH lot AS (SELECT numero, donnees FROM televersement_ligne WHERE televersement_id = $1 AND numero > $3 ORDER BY numero LIMIT 2000),
              ecrit AS (
                INSERT INTO medecin_generaliste_site (import_id, identifiant_pp, commune_code, departement_code, mode_exercice, finess_site, siret_site, ligne)
                SELECT $2, r.identifiant_pp, r.commune_code, r.departement_code, r.mode_exercice, r.finess_site, r.siret_site, lot.numero
                  FROM lot CROSS JOIN LATERAL jsonb_to_record(lot.donnees) AS r(identifiant_pp text, commune_code text, departement_code text,
                       mode_exercice text, finess_site text, siret_site text)
                ON CONFLICT DO NOTHING RETURNING 1)
         SELECT (SELECT count(*)::int FROM ecrit) AS n, (SELECT max(numero) FROM lot) AS dernier`,
        [televersementId, importId, apres],
      );
      if (lot.dernier === null) return copies;
      copies += lot.n;
      apres = lot.dernier;
    }
  }

  /** The import takes over these départements (inside the import's transaction); returns their former import. */
  async publierRpps(requete: Requeteur, importId: number, departements: string[]): Promise<Record<string, number | null>> {
    const avant = await requete<{ departement: string; import_id: number | null }>(
      `SELECT d AS departement, o.import_id FROM unnest($1::text[]) d LEFT JOIN rpps_import_departement o ON o.departement_code = d`,
      [departements],
    );
    await requete(
      `INSERT INTO rpps_import_departement (departement_code, import_id) SELECT d, $2 FROM unnest($1::text[]) d
       ON CONFLICT (departement_code) DO UPDATE SET import_id = EXCLUDED.import_id`,
      [departements, importId],
    );
    await requete(`UPDATE rpps_import SET actif = true WHERE id = $1`, [importId]);
    return Object.fromEntries(avant.map((a) => [a.departement, a.import_id]));
  }

  /** Rollback: the départements go back to their former import, and this one is removed with its sites. */
  async retablirRpps(requete: Requeteur, importId: number, avant: Record<string, number | null>): Promise<void> {
    const rendus = Object.entries(avant).filter(([, id]) => id !== null);
    await requete(`DELETE FROM rpps_import_departement WHERE import_id = $1`, [importId]);
    if (rendus.length) {
      await requete(
        `INSERT INTO rpps_import_departement (departement_code, import_id)
         SELECT r.departement, r.import_id FROM json_to_recordset($1::json) AS r(departement text, import_id integer)
          WHERE EXISTS (SELECT 1 FROM rpps_import i WHERE i.id = r.import_id)
         ON CONFLICT (departement_code) DO UPDATE SET import_id = EXCLUDED.import_id`,
        [JSON.stringify(rendus.map(([departement, import_id]) => ({ departement, import_id })))],
      );
    }
    await requete(`DELETE FROM rpps_import WHERE id = $1`, [importId]);
  }

  /** Drops the unpublished import of an upload that failed or was cancelled. */
  async abandonnerRpps(requete: Requeteur, televersementId: string): Promise<void> {
    await requete(`DELETE FROM rpps_import WHERE televersement_id = $1 AND NOT actif`, [televersementId]);
  }

  /** GP sites in place in these départements (for the differences of an upload): one key per GP and commune. */
  static readonly SQL_ACTUEL_RPPS = `SELECT s.identifiant_pp || '|' || s.commune_code AS cle,
           jsonb_build_object('mode', coalesce(s.mode_exercice, '')) AS donnees,
           'médecin ' || s.identifiant_pp || ' à ' || coalesce(c.nom, s.commune_code) AS libelle
      FROM medecin_generaliste_site s
      JOIN rpps_import_departement o ON o.import_id = s.import_id AND o.departement_code = s.departement_code
      LEFT JOIN commune c ON c.code = s.commune_code
     WHERE s.departement_code = ANY($2::text[])`;

  /** GPs per commune (distinct GPs per commune: a GP practising on 2 sites counts in both), each département from the import serving it. */
  async generalistesRpps(): Promise<{
    import: { id: number; fichier: string; importe_le: string } | null;
    imports: { id: number; fichier: string; importe_le: string }[];
    valeurs: { code: string; total: number; liberaux: number; salaries: number }[];
  }> {
    // each département is served by the import that took it over last (an ARS import covers its région only)
    const imports: { id: number; fichier: string; importe_le: string }[] = await this.dataSource.query(
      `SELECT i.id, i.fichier, i.importe_le::text FROM rpps_import i WHERE i.id IN (SELECT import_id FROM rpps_import_departement) ORDER BY i.id DESC`,
    );
    if (!imports.length) return { import: null, imports: [], valeurs: [] };
    const valeurs = await this.dataSource.query(
      `SELECT s.commune_code AS code, count(DISTINCT s.identifiant_pp)::int AS total,
              count(DISTINCT s.identifiant_pp) FILTER (WHERE s.mode_exercice = 'L')::int AS liberaux,
              count(DISTINCT s.identifiant_pp) FILTER (WHERE s.mode_exercice = 'S')::int AS salaries
         FROM medecin_generaliste_site s
         JOIN rpps_import_departement o ON o.import_id = s.import_id AND o.departement_code = s.departement_code
        GROUP BY s.commune_code`,
    );
    return { import: imports[0], imports, valeurs };
  }

  // ---- lecture -----------------------------------------------------------------------------

  /** Liberal GP density of each commune's bassin de vie (value per commune, joined by INSEE code on the map). */
  async densiteParCommune(indicateur: string, annee: number): Promise<{ code: string; valeur: number | null; bv: string; secret: boolean; source: string }[]> {
    return this.dataSource.query(
      `SELECT cb.commune_code AS code, i.valeur, cb.bv_code AS bv, i.secret, i.source
         FROM commune_bassin_de_vie cb JOIN indicateur_bassin_de_vie i ON i.bv_code = cb.bv_code
        WHERE i.indicateur = $1 AND i.annee = $2`,
      [indicateur, annee],
    );
  }

  async medecinsDepartements(): Promise<
    { code: string; source_code: string; annee: number; effectif: number; densite: number | null; champ: string; source: string }[]
  > {
    return this.dataSource.query(
      `SELECT departement_code AS code, source_code, annee, effectif, densite, champ, source FROM medecins_generalistes_departement ORDER BY departement_code, source_code`,
    );
  }

  async medecinsRppsCommunes(): Promise<{ code: string; medecins: number; source: string }[]> {
    return this.dataSource.query(`SELECT commune_code AS code, medecins_rpps AS medecins, source FROM rpps_medecins_commune`);
  }
}
