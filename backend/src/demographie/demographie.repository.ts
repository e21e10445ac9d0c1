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

  /** Records a user's RPPS import (the previous one stops being the active one) and its GP practice sites. */
  async enregistrerImportRpps(
    requete: Requeteur,
    bilan: { fichier: string; encodage: string; lignes: number; medecins: number; sites: number },
    sites: {
      identifiant_pp: string;
      commune_code: string;
      mode_exercice: string | null;
      finess_site: string | null;
      siret_site: string | null;
      ligne: number;
    }[],
  ): Promise<number> {
    await requete(`UPDATE rpps_import SET actif = false WHERE actif`);
    const [{ id }] = await requete<{ id: number }>(
      `INSERT INTO rpps_import (fichier, encodage, lignes, medecins, sites) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [bilan.fichier, bilan.encodage, bilan.lignes, bilan.medecins, bilan.sites],
    );
    for (let i = 0; i < sites.length; i += 5000) {
      await requete(
        `INSERT INTO medecin_generaliste_site (import_id, identifiant_pp, commune_code, mode_exercice, finess_site, siret_site, ligne)
         SELECT $1, r.identifiant_pp, r.commune_code, r.mode_exercice, r.finess_site, r.siret_site, r.ligne
           FROM json_to_recordset($2::json) AS r(identifiant_pp text, commune_code text, mode_exercice text, finess_site text, siret_site text, ligne integer)`,
        [id, JSON.stringify(sites.slice(i, i + 5000))],
      );
    }
    return id;
  }

  /** GPs per commune of the active RPPS import (distinct GPs per commune: a GP practising on 2 sites counts in both). */
  async generalistesRpps(): Promise<{
    import: { id: number; fichier: string; importe_le: string } | null;
    valeurs: { code: string; total: number; liberaux: number; salaries: number }[];
  }> {
    const [actif] = await this.dataSource.query(`SELECT id, fichier, importe_le::text FROM rpps_import WHERE actif ORDER BY id DESC LIMIT 1`);
    if (!actif) return { import: null, valeurs: [] };
    const valeurs = await this.dataSource.query(
      `SELECT commune_code AS code, count(DISTINCT identifiant_pp)::int AS total,
              count(DISTINCT identifiant_pp) FILTER (WHERE mode_exercice = 'L')::int AS liberaux,
              count(DISTINCT identifiant_pp) FILTER (WHERE mode_exercice = 'S')::int AS salaries
         FROM medecin_generaliste_site WHERE import_id = $1 GROUP BY commune_code`,
      [actif.id],
    );
    return { import: actif, valeurs };
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
