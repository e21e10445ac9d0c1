import { Injectable } from '@nestjs/common';
import { Requeteur } from '../import/importateur';
import { ParametreTexte } from './methode/parametres-methode';
import { IndicateurBv } from './unites/lecture-determinants-bv';

export interface LigneAplArrondissement {
  code: string;
  commune_code: string;
  annee: number;
  apl: number;
  apl_moins_65: number;
  population_standardisee: number;
  population_totale: number;
}

/** Writes of the shipped cockpit dataset (in the import's transaction). */
@Injectable()
export class ZonageCockpitImportRepository {
  async remplacerParametres(requete: Requeteur, lignes: ParametreTexte[]): Promise<void> {
    await requete(`DELETE FROM parametre_zonage`);
    await requete(
      `INSERT INTO parametre_zonage (region_code, parametre, valeur, texte, date_texte, sources, note)
       SELECT r.region, r.parametre, r.valeur, r.texte, r."dateTexte", ARRAY(SELECT json_array_elements_text(r.sources)), r.note
         FROM json_to_recordset($1::json) AS r(region text, parametre text, valeur real, texte text, "dateTexte" text, sources json, note text)`,
      [JSON.stringify(lignes)],
    );
  }

  async remplacerIndicateursBv(requete: Requeteur, lignes: IndicateurBv[]): Promise<void> {
    await requete(`DELETE FROM indicateur_unite_bv`);
    await requete(
      `INSERT INTO indicateur_unite_bv (bv_code, indicateur, annee, valeur, source)
       SELECT r.bv_code, r.indicateur, r.annee, r.valeur, r.source
         FROM json_to_recordset($1::json) AS r(bv_code text, indicateur text, annee integer, valeur real, source text)`,
      [JSON.stringify(lignes)],
    );
  }

  async remplacerAplArrondissements(requete: Requeteur, lignes: LigneAplArrondissement[]): Promise<void> {
    await requete(`DELETE FROM apl_arrondissement`);
    await requete(
      `INSERT INTO apl_arrondissement (code, commune_code, annee, apl, apl_moins_65, population_standardisee, population_totale)
       SELECT r.code, r.commune_code, r.annee, r.apl, r.apl_moins_65, r.population_standardisee, r.population_totale
         FROM json_to_recordset($1::json) AS r(code text, commune_code text, annee integer, apl real, apl_moins_65 real,
              population_standardisee real, population_totale integer)`,
      [JSON.stringify(lignes)],
    );
  }
}
