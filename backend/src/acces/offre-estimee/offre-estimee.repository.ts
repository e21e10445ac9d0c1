import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Requeteur } from '../../import/importateur';
import { TrajetsParOrigine } from '../moteur/graphe-depuis-trajets';

export interface LigneCommuneInversion {
  code: string;
  nom: string;
  departement_code: string;
}

export interface LigneAplInversion {
  commune_code: string;
  annee: number;
  apl: number;
  apl_moins_65: number;
  population_standardisee: number;
  population_totale: number;
}

export interface LigneOffreEstimee {
  annee: number;
  commune_code: string;
  consultations: number;
  consultations_65_plus: number;
}

export interface LigneAjustement {
  annee: number;
  source: string;
  parametres: unknown;
  ajustement: unknown;
  effectifs: unknown;
  duree_ms: number;
  calcule_le: string;
}

/** SQL of the estimated supply: what the inversion reads (inside the import transaction) and what it writes. */
@Injectable()
export class OffreEstimeeRepository {
  constructor(private readonly dataSource: DataSource) {}

  communes(requete: Requeteur): Promise<LigneCommuneInversion[]> {
    return requete(`SELECT code, nom, departement_code FROM commune ORDER BY code`);
  }

  apl(requete: Requeteur): Promise<LigneAplInversion[]> {
    return requete(`SELECT commune_code, annee, apl, apl_moins_65, population_standardisee, population_totale FROM apl_commune ORDER BY annee`);
  }

  trajetsParOrigine(requete: Requeteur): Promise<TrajetsParOrigine[]> {
    return requete(`SELECT origine_code AS o, string_agg(destination_code || ' ' || minutes::text, ' ') AS d FROM trajet GROUP BY origine_code`);
  }

  /** The territories the APL's imports declared they cover: the estimated supply, derived from it, covers the same. */
  couvertureApl(requete: Requeteur): Promise<{ niveau: 'national' | 'region' | 'departement'; code: string }[]> {
    return requete(`SELECT DISTINCT niveau, code FROM couverture_jeu WHERE theme = 'apl' ORDER BY niveau, code`);
  }

  /** Communes where at least one doctor counted as a GP in the RPPS presence layer practises. */
  async communesAvecMedecins(requete: Requeteur): Promise<string[]> {
    const rows = await requete<{ commune_code: string }>(`SELECT commune_code FROM rpps_medecins_commune WHERE generalistes_rpps_surestimes > 0`);
    return rows.map((r) => r.commune_code);
  }

  async effectifsAmeli(requete: Requeteur): Promise<Map<string, number>> {
    const rows = await requete<{ departement_code: string; effectif: number }>(
      `SELECT departement_code, effectif FROM medecins_generalistes_departement WHERE source_code = 'ameli' AND annee = 2024`,
    );
    return new Map(rows.map((r) => [r.departement_code, r.effectif]));
  }

  async remplacer(
    requete: Requeteur,
    annee: number,
    lignes: { commune: string; consultations: number; consultations65Plus: number }[],
    rapport: { source: string; parametres: unknown; ajustement: unknown; effectifs: unknown; dureeMs: number },
  ): Promise<void> {
    await requete(`DELETE FROM offre_mg_estimee WHERE annee = $1`, [annee]);
    await requete(`DELETE FROM offre_mg_estimee_ajustement WHERE annee = $1`, [annee]);
    for (let i = 0; i < lignes.length; i += 5000) {
      await requete(
        `INSERT INTO offre_mg_estimee (annee, commune_code, consultations, consultations_65_plus)
         SELECT $1, r.commune, r.consultations, least(r."consultations65Plus", r.consultations)
           FROM json_to_recordset($2::json) AS r(commune text, consultations real, "consultations65Plus" real)`,
        [annee, JSON.stringify(lignes.slice(i, i + 5000))],
      );
    }
    await requete(
      `INSERT INTO offre_mg_estimee_ajustement (annee, source, parametres, ajustement, effectifs, duree_ms)
       VALUES ($1, $2, $3::jsonb, $4::jsonb, $5::jsonb, $6)`,
      [annee, rapport.source, JSON.stringify(rapport.parametres), JSON.stringify(rapport.ajustement), JSON.stringify(rapport.effectifs), rapport.dureeMs],
    );
  }

  // ---- lecture par le moteur ----------------------------------------------------------------

  offre(): Promise<LigneOffreEstimee[]> {
    return this.dataSource.query(`SELECT annee, commune_code, consultations, consultations_65_plus FROM offre_mg_estimee`);
  }

  ajustements(): Promise<LigneAjustement[]> {
    return this.dataSource.query(
      `SELECT annee, source, parametres, ajustement, effectifs, duree_ms, calcule_le::text AS calcule_le FROM offre_mg_estimee_ajustement ORDER BY annee`,
    );
  }
}
