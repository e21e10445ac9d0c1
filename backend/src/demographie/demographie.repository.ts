import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Requeteur } from '../import/importateur';

const inserer = (requete: Requeteur, sql: string, lignes: object[]) => requete(sql, [JSON.stringify(lignes)]);

@Injectable()
export class DemographieRepository {
  constructor(private readonly dataSource: DataSource) {}

  // ---- import ------------------------------------------------------------------------------

  async remplacerBassinsDeVie(requete: Requeteur, bassins: { code: string; nom: string }[], communes: { commune_code: string; bv_code: string }[]): Promise<void> {
    await requete(`DELETE FROM bassin_de_vie`);
    await inserer(requete, `INSERT INTO bassin_de_vie (code, nom) SELECT r.code, r.nom FROM json_to_recordset($1::json) AS r(code text, nom text)`, bassins);
    await inserer(
      requete,
      `INSERT INTO commune_bassin_de_vie (commune_code, bv_code) SELECT r.commune_code, r.bv_code FROM json_to_recordset($1::json) AS r(commune_code text, bv_code text)`,
      communes,
    );
  }

  async enregistrerIndicateursBv(requete: Requeteur, lignes: { bv_code: string; indicateur: string; annee: number; valeur: number | null; secret: boolean; source: string }[]): Promise<void> {
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

  async medecinsDepartements(): Promise<{ code: string; source_code: string; annee: number; effectif: number; densite: number | null; champ: string; source: string }[]> {
    return this.dataSource.query(
      `SELECT departement_code AS code, source_code, annee, effectif, densite, champ, source FROM medecins_generalistes_departement ORDER BY departement_code, source_code`,
    );
  }

  async medecinsRppsCommunes(): Promise<{ code: string; medecins: number; source: string }[]> {
    return this.dataSource.query(`SELECT commune_code AS code, medecins_rpps AS medecins, source FROM rpps_medecins_commune`);
  }
}
