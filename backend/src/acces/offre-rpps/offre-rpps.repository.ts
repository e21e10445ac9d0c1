import { Injectable } from '@nestjs/common';
import { Requeteur } from '../../import/importateur';
import { OffreCommune } from './offre-depuis-activite';

/** SQL of the supply built from individual activity: the active RPPS import's sites, and `offre_mg_commune`. */
@Injectable()
export class OffreRppsRepository {
  sitesActifs(requete: Requeteur): Promise<{ identifiantPp: string; communeCode: string }[]> {
    return requete(
      `SELECT s.identifiant_pp AS "identifiantPp", s.commune_code AS "communeCode"
         FROM medecin_generaliste_site s JOIN rpps_import i ON i.id = s.import_id
        WHERE i.actif
        ORDER BY s.identifiant_pp, s.commune_code`,
    );
  }

  async remplacer(requete: Requeteur, communes: OffreCommune[], source: string, millesime: string): Promise<void> {
    await requete(`DELETE FROM offre_mg_commune`);
    for (let i = 0; i < communes.length; i += 5000) {
      await requete(
        `INSERT INTO offre_mg_commune (commune_code, consultations, consultations_65_plus, medecins, medecins_65_plus, source, millesime)
         SELECT r.commune, r.consultations, least(r."consultations65Plus", r.consultations), r.medecins, r."medecins65Plus", $2, $3
           FROM json_to_recordset($1::json) AS r(commune text, consultations real, "consultations65Plus" real, medecins integer, "medecins65Plus" integer)
           JOIN commune c ON c.code = r.commune`,
        [JSON.stringify(communes.slice(i, i + 5000)), source, millesime],
      );
    }
  }

  async vider(requete: Requeteur): Promise<number> {
    const rows = await requete<{ n: number }>(`WITH s AS (DELETE FROM offre_mg_commune RETURNING 1) SELECT count(*)::int AS n FROM s`);
    return rows[0]?.n ?? 0;
  }
}
