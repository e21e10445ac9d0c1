import { Injectable } from '@nestjs/common';
import { Requeteur } from '../../import/importateur';

/**
 * Same-day rule of ADR 0004: a version that starts the same day as an existing version of the same ARS (profession,
 * level) replaces it — same id, content replaced — so that publishing the same arrêté twice never leaves two open
 * versions.
 */
@Injectable()
export class PublicationRepository {
  async versionDuMemeJour(requete: Requeteur, region: string, niveau: 'commune' | 'qpv', debut: string): Promise<number | null> {
    const rows = await requete<{ id: number }>(
      `SELECT id FROM zonage_version WHERE profession = 'medecin' AND niveau = $1 AND region_code = $2 AND debut = $3::date ORDER BY id LIMIT 1`,
      [niveau, region, debut],
    );
    return rows[0]?.id ?? null;
  }

  async remplacerMetadonnees(
    requete: Requeteur,
    id: number,
    v: { libelle: string; arrete: string; dateArrete: string; fin: string; source: string; lienArrete: string | null; auteur: string },
  ): Promise<void> {
    await requete(
      `UPDATE zonage_version SET libelle = $2, arrete = $3, date_arrete = $4, fin = $5, source = $6, lien_arrete = $7, origine = 'cockpit', auteur = $8,
              debut_connu = true, fin_presumee = NULL, motif_fin_presumee = NULL, source_fin_presumee = NULL, modifie_le = now()
        WHERE id = $1`,
      [id, v.libelle, v.arrete, v.dateArrete, v.fin, v.source, v.lienArrete, v.auteur],
    );
    await requete(`DELETE FROM zonage_commune WHERE version_id = $1`, [id]);
    await requete(`DELETE FROM zonage_qpv WHERE version_id = $1`, [id]);
  }
}
