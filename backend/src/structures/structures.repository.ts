import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Requeteur } from '../import/importateur';
import { TypeStructure } from './classement-structure';

export interface LigneStructureAImporter {
  type: TypeStructure;
  nature: string | null;
  nom: string;
  finess: string | null;
  finess_juridique: string | null;
  categorie_finess: string | null;
  statut: 'projet' | 'ouverte' | 'fermee';
  date_ouverture: string | null;
  date_autorisation: string | null;
  adresse: string | null;
  commune_code: string;
  siret: string | null;
  x: number | null;
  y: number | null;
  srid: number | null;
  geom_source: string;
  source: string;
}

export interface CptsAImporter {
  nom: string;
  site: string | null;
  membres: { commune_code: string; partielle: boolean; arrondissements: string[] }[];
  population_couverte: number;
  tranche_aci: string;
  perimetre: unknown;
}

export interface FicheCpts {
  id: number;
  nom: string;
  statut: string;
  finess: string | null;
  source: string;
  populationCouverte: number | null;
  trancheAci: string | null;
  sourcePerimetre: string | null;
  surfaceKm2: number | null;
  perimetre: unknown;
  communes: { code: string; nom: string | null; population: number | null; partielle: boolean; arrondissements: string[] }[];
}

export interface StructureLue {
  id: number;
  type: TypeStructure;
  nature: string | null;
  nom: string;
  finess: string | null;
  statut: string;
  dateOuverture: string | null;
  adresse: string | null;
  commune: { code: string; nom: string | null } | null;
  coordonnees: [number, number] | null;
  geomSource: string | null;
  source: string;
  saisieManuelle: boolean;
}

export interface FiltreStructures {
  types: TypeStructure[] | null;
  territoire: { colonne: 'code' | 'epci_code' | 'departement_code' | 'region_code'; code: string } | null;
  bbox: [number, number, number, number] | null;
}

/** Columns of a structure for the API (dates as ISO strings). */
const COLONNES = `s.id, s.type, s.nature, s.nom, s.finess, s.statut, to_char(s.date_ouverture, 'YYYY-MM-DD') AS "dateOuverture",
  s.adresse, CASE WHEN s.commune_code IS NULL THEN NULL ELSE json_build_object('code', s.commune_code, 'nom', c.nom) END AS commune,
  CASE WHEN s.geom IS NULL THEN NULL ELSE json_build_array(round(ST_X(s.geom)::numeric, 6), round(ST_Y(s.geom)::numeric, 6)) END AS coordonnees,
  s.geom_source AS "geomSource", s.source, (s.jeu IS NULL) AS "saisieManuelle"`;

const LIGNES_PAR_LOT = 2000;

/** Columns of a structure row to import (JSON record). */
const COLONNES_LIGNE = `type text, nature text, nom text, finess text, finess_juridique text, categorie_finess text,
  statut text, date_ouverture text, date_autorisation text, adresse text, commune_code text, siret text,
  x float8, y float8, srid integer, geom_source text, source text`;

/** Point from the file's coordinates (any CRS) or, when not geocoded, the commune's inner point. */
const GEOM_IMPORT = `CASE WHEN r.x IS NOT NULL THEN ST_Transform(ST_SetSRID(ST_MakePoint(r.x, r.y), r.srid), 4326)
                          ELSE (SELECT centre FROM commune WHERE code = r.commune_code) END`;

/** INSERT … SELECT head for structure rows `r` (from JSON); $2 is the dataset code. */
const INSERTION_STRUCTURES = `INSERT INTO structure (type, nature, nom, finess, finess_juridique, categorie_finess, statut, date_ouverture, date_autorisation,
                          adresse, commune_code, siret, geom, geom_source, source, jeu)
   SELECT r.type, r.nature, r.nom, r.finess, r.finess_juridique, r.categorie_finess, r.statut, r.date_ouverture::date,
          r.date_autorisation::date, r.adresse, r.commune_code, r.siret, ${GEOM_IMPORT},
          CASE WHEN r.x IS NULL THEN coalesce(nullif(r.geom_source, ''), 'centre de la commune (établissement non géocodé)') ELSE r.geom_source END, r.source, $2`;

const MISE_A_JOUR_STRUCTURES = `ON CONFLICT (finess) DO UPDATE SET type = EXCLUDED.type, nature = EXCLUDED.nature, nom = EXCLUDED.nom,
     finess_juridique = EXCLUDED.finess_juridique, categorie_finess = EXCLUDED.categorie_finess, statut = EXCLUDED.statut,
     date_ouverture = EXCLUDED.date_ouverture, date_autorisation = EXCLUDED.date_autorisation, adresse = EXCLUDED.adresse,
     commune_code = EXCLUDED.commune_code, siret = EXCLUDED.siret, geom = EXCLUDED.geom, geom_source = EXCLUDED.geom_source,
     source = EXCLUDED.source, jeu = EXCLUDED.jeu, modifie_le = now()`;

@Injectable()
export class StructuresRepository {
  constructor(private readonly dataSource: DataSource) {}

  // ---- import ------------------------------------------------------------------------------

  /**
   * Upserts FINESS structures by FINESS number, in bounded batches (never the dataset as one parameter), then
   * removes the dataset's structures of the covered départements that the file no longer has (closed
   * establishments leave the FINESS stock). Structures elsewhere and manual entries (jeu NULL) are kept.
   * Must run inside one transaction: rows not touched by it (`modifie_le < now()`) are the removed ones.
   */
  async remplacerDansDepartements(requete: Requeteur, jeu: string, lignes: LigneStructureAImporter[], departements: string[]): Promise<{ supprimees: number }> {
    for (let i = 0; i < lignes.length; i += LIGNES_PAR_LOT) {
      await requete(`${INSERTION_STRUCTURES} FROM json_to_recordset($1::json) AS r(${COLONNES_LIGNE}) ${MISE_A_JOUR_STRUCTURES}`, [
        JSON.stringify(lignes.slice(i, i + LIGNES_PAR_LOT)),
        jeu,
      ]);
    }
    return { supprimees: await this.supprimerNonTouchees(requete, jeu, departements) };
  }

  /** Same from the staged rows of an upload (`televersement_ligne`), batch by batch of line numbers. */
  async remplacerDepuisTeleversement(
    requete: Requeteur,
    jeu: string,
    televersementId: string,
    departements: string[],
  ): Promise<{ ecrites: number; supprimees: number }> {
    let ecrites = 0;
    for (let apres = 0; ;) {
      const [lot] = await requete<{ n: number; dernier: number | null }>(
        `WITH lot AS (SELECT numero, donnees FROM televersement_ligne WHERE televersement_id = $1 AND numero > $3 ORDER BY numero LIMIT ${LIGNES_PAR_LOT}),
              ecrit AS (${INSERTION_STRUCTURES} FROM lot CROSS JOIN LATERAL jsonb_to_record(lot.donnees) AS r(${COLONNES_LIGNE}) ${MISE_A_JOUR_STRUCTURES} RETURNING 1)
         SELECT (SELECT count(*)::int FROM ecrit) AS n, (SELECT max(numero) FROM lot) AS dernier`,
        [televersementId, jeu, apres],
      );
      if (lot.dernier === null) break;
      ecrites += lot.n;
      apres = lot.dernier;
    }
    return { ecrites, supprimees: await this.supprimerNonTouchees(requete, jeu, departements) };
  }

  private async supprimerNonTouchees(requete: Requeteur, jeu: string, departements: string[]): Promise<number> {
    const supprimees = await requete(
      `DELETE FROM structure s USING commune c
        WHERE c.code = s.commune_code AND s.jeu = $1 AND c.departement_code = ANY($2::text[]) AND s.modifie_le < now() RETURNING s.id`,
      [jeu, departements],
    );
    return supprimees.length;
  }

  /** Structures of the dataset in these départements, as rows to archive (geometry as EWKT). */
  static readonly SQL_ARCHIVE = `SELECT to_jsonb(s) - 'geom' || jsonb_build_object('geom_ewkt', ST_AsEWKT(s.geom)) AS donnees
      FROM structure s LEFT JOIN commune c ON c.code = s.commune_code
     WHERE (s.jeu = $1 AND c.departement_code = ANY($2::text[]))
        OR s.finess IN (SELECT t.cle FROM televersement_ligne t WHERE t.televersement_id = $3)`;

  /**
   * Puts back the structures an import replaced (archived by `SQL_ARCHIVE`): the ones it added are removed, the
   * archived ones get their former values and ids again (rows pointing to them, such as CPTS members, stay valid).
   */
  async retablirArchive(requete: Requeteur, jeu: string, versionId: number, departements: string[]): Promise<void> {
    await requete(
      `DELETE FROM structure s USING commune c
        WHERE c.code = s.commune_code AND s.jeu = $1 AND c.departement_code = ANY($2::text[])
          AND s.id NOT IN (SELECT (a.donnees->>'id')::int FROM version_jeu_archive a WHERE a.version_id = $3 AND a.nature = 'structure')`,
      [jeu, departements, versionId],
    );
    await requete(
      `INSERT INTO structure (id, type, nature, nom, finess, finess_juridique, categorie_finess, statut, date_ouverture, date_autorisation, adresse,
                              commune_code, siret, geom, geom_source, source, jeu, cree_le, modifie_le)
       SELECT r.id, r.type, r.nature, r.nom, r.finess, r.finess_juridique, r.categorie_finess, r.statut, r.date_ouverture, r.date_autorisation, r.adresse,
              r.commune_code, r.siret, ST_GeomFromEWKT(a.donnees->>'geom_ewkt'), r.geom_source, r.source, r.jeu, r.cree_le, r.modifie_le
         FROM version_jeu_archive a CROSS JOIN LATERAL jsonb_populate_record(NULL::structure, a.donnees - 'geom_ewkt') r
        WHERE a.version_id = $1 AND a.nature = 'structure'
       ON CONFLICT (id) DO UPDATE SET type = EXCLUDED.type, nature = EXCLUDED.nature, nom = EXCLUDED.nom, finess = EXCLUDED.finess,
         finess_juridique = EXCLUDED.finess_juridique, categorie_finess = EXCLUDED.categorie_finess, statut = EXCLUDED.statut,
         date_ouverture = EXCLUDED.date_ouverture, date_autorisation = EXCLUDED.date_autorisation, adresse = EXCLUDED.adresse,
         commune_code = EXCLUDED.commune_code, siret = EXCLUDED.siret, geom = EXCLUDED.geom, geom_source = EXCLUDED.geom_source,
         source = EXCLUDED.source, jeu = EXCLUDED.jeu, cree_le = EXCLUDED.cree_le, modifie_le = EXCLUDED.modifie_le`,
      [versionId],
    );
  }

  /**
   * Staged FINESS rows whose coordinates fall outside their commune's département (beyond `toleranceM`):
   * checked batch by batch (planar test first, geodesic distance only for the points outside).
   */
  async coordonneesHorsDepartement(
    requete: Requeteur,
    televersementId: string,
    toleranceM: number,
  ): Promise<{ numero: number; finess: string; departement: string; commune: string }[]> {
    const resultat: { numero: number; finess: string; departement: string; commune: string }[] = [];
    for (let apres = 0; ;) {
      const [lot] = await requete<{ dernier: number | null; hors: { numero: number; finess: string; departement: string; commune: string }[] | null }>(
        `WITH lot AS (SELECT numero, donnees FROM televersement_ligne WHERE televersement_id = $1 AND numero > $2 ORDER BY numero LIMIT ${LIGNES_PAR_LOT}),
              points AS (
                SELECT lot.numero, lot.donnees->>'finess' AS finess, c.nom AS commune, d.nom AS departement, d.geom,
                       ST_Transform(ST_SetSRID(ST_MakePoint((lot.donnees->>'x')::float8, (lot.donnees->>'y')::float8), (lot.donnees->>'srid')::int), 4326) AS pt
                  FROM lot JOIN commune c ON c.code = lot.donnees->>'commune_code' JOIN departement d ON d.code = c.departement_code
                 WHERE lot.donnees->>'x' IS NOT NULL)
         SELECT (SELECT max(numero) FROM lot) AS dernier,
                (SELECT json_agg(json_build_object('numero', numero, 'finess', finess, 'departement', departement, 'commune', commune) ORDER BY numero)
                   FROM points p WHERE NOT ST_Intersects(p.geom, p.pt) AND NOT ST_DWithin(p.geom::geography, p.pt::geography, $3)) AS hors`,
        [televersementId, apres, toleranceM],
      );
      if (lot.dernier === null) return resultat;
      resultat.push(...(lot.hors ?? []));
      apres = lot.dernier;
    }
  }

  /** Inside one département (or within `toleranceM` of it)? For structures placed by hand. */
  async dansDepartementDeCommune(communeCode: string, lon: number, lat: number, toleranceM: number): Promise<{ dedans: boolean; departement: string | null }> {
    const rows: { dedans: boolean; departement: string }[] = await this.dataSource.query(
      `SELECT (ST_Intersects(d.geom, p.pt) OR ST_DWithin(d.geom::geography, p.pt::geography, $4)) AS dedans, d.nom AS departement
         FROM commune c JOIN departement d ON d.code = c.departement_code, (SELECT ST_SetSRID(ST_MakePoint($2, $3), 4326) AS pt) p
        WHERE c.code = $1`,
      [communeCode, lon, lat, toleranceM],
    );
    return rows[0] ?? { dedans: false, departement: null };
  }

  /** FINESS structures in place in these départements, comparable with staged rows (differences of an upload). */
  static readonly SQL_ACTUEL = `SELECT s.finess AS cle,
           jsonb_build_object('type', s.type, 'nom', s.nom, 'commune_code', s.commune_code, 'adresse', s.adresse,
                              'date_ouverture', to_char(s.date_ouverture, 'YYYY-MM-DD'), 'siret', s.siret) AS donnees,
           s.nom || ' (' || coalesce(c.nom, s.commune_code) || ')' AS libelle
      FROM structure s JOIN commune c ON c.code = s.commune_code
     WHERE s.jeu = $2 AND c.departement_code = ANY($3::text[]) AND s.finess IS NOT NULL`;

  static readonly SQL_NOUVEAU = `jsonb_build_object('type', t.donnees->>'type', 'nom', t.donnees->>'nom', 'commune_code', t.donnees->>'commune_code',
           'adresse', t.donnees->>'adresse', 'date_ouverture', t.donnees->>'date_ouverture', 'siret', t.donnees->>'siret')`;

  static readonly SQL_LIBELLE = `(t.donnees->>'nom') || ' (' || coalesce((SELECT nom FROM commune WHERE code = t.donnees->>'commune_code'), t.donnees->>'commune_code') || ')'`;

  /** Replaces the CPTS of a listing: structures (point = inner point of the perimeter), members, perimeters. */
  async remplacerCpts(requete: Requeteur, jeu: string, cpts: CptsAImporter[], source: string, sourcePerimetre: string): Promise<void> {
    await requete(`DELETE FROM structure WHERE jeu = $1`, [jeu]);
    for (const c of cpts) {
      const [{ id }] = await requete<{ id: number }>(
        `INSERT INTO structure (type, nom, statut, adresse, source, jeu, geom_source)
         VALUES ('cpts', $1, 'non précisé', $2, $3, $4, 'point intérieur du périmètre') RETURNING id`,
        [c.nom, c.site, source, jeu],
      );
      await requete(
        `INSERT INTO cpts_commune (structure_id, commune_code, partielle, arrondissements)
         SELECT $1, r.commune_code, r.partielle, ARRAY(SELECT json_array_elements_text(r.arrondissements))
           FROM json_to_recordset($2::json) AS r(commune_code text, partielle boolean, arrondissements json)`,
        [id, JSON.stringify(c.membres)],
      );
      await requete(
        `INSERT INTO cpts_perimetre (structure_id, perimetre, population_couverte, tranche_aci, source_perimetre)
         VALUES ($1, ST_Multi(ST_CollectionExtract(ST_MakeValid(ST_SetSRID(ST_GeomFromGeoJSON($2), 4326)), 3)), $3, $4, $5)`,
        [id, JSON.stringify(c.perimetre), c.population_couverte, c.tranche_aci, sourcePerimetre],
      );
    }
    // commune_code of a CPTS = the member holding most of its population (for territory filters)
    await requete(
      `UPDATE structure s SET geom = ST_PointOnSurface(p.perimetre),
              commune_code = (SELECT m.commune_code FROM cpts_commune m JOIN commune c ON c.code = m.commune_code
                               WHERE m.structure_id = s.id ORDER BY c.population DESC LIMIT 1)
         FROM cpts_perimetre p WHERE p.structure_id = s.id AND s.jeu = $1`,
      [jeu],
    );
  }

  async ficheCpts(id: number): Promise<FicheCpts | null> {
    const rows = await this.dataSource.query(
      `SELECT s.id, s.nom, s.statut, s.finess, s.source, p.population_couverte AS "populationCouverte", p.tranche_aci AS "trancheAci",
              p.source_perimetre AS "sourcePerimetre",
              CASE WHEN p.perimetre IS NULL THEN NULL ELSE round((ST_Area(p.perimetre::geography) / 1e6)::numeric, 1)::float END AS "surfaceKm2",
              CASE WHEN p.perimetre IS NULL THEN NULL ELSE ST_AsGeoJSON(p.perimetre, 5)::json END AS perimetre,
              COALESCE((SELECT json_agg(json_build_object('code', m.commune_code, 'nom', c.nom, 'population', c.population,
                                                          'partielle', m.partielle, 'arrondissements', m.arrondissements) ORDER BY m.commune_code)
                          FROM cpts_commune m LEFT JOIN commune c ON c.code = m.commune_code WHERE m.structure_id = s.id), '[]'::json) AS communes
         FROM structure s LEFT JOIN cpts_perimetre p ON p.structure_id = s.id
        WHERE s.id = $1 AND s.type = 'cpts'`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** A manual entry (jeu NULL): point from the given coordinates, else the commune's inner point. */
  async creerManuelle(s: {
    type: string;
    nom: string;
    statut: string;
    commune_code: string;
    finess: string | null;
    date_ouverture: string | null;
    adresse: string | null;
    lon: number | null;
    lat: number | null;
  }): Promise<number> {
    const rows = await this.dataSource.query(
      `INSERT INTO structure (type, nom, statut, commune_code, finess, date_ouverture, adresse, geom, geom_source, source, nature)
       VALUES ($1, $2, $3, $4, $5, $6::date, $7,
               CASE WHEN $8::float8 IS NULL THEN (SELECT centre FROM commune WHERE code = $4) ELSE ST_SetSRID(ST_MakePoint($8, $9), 4326) END,
               CASE WHEN $8::float8 IS NULL THEN 'centre de la commune' ELSE 'saisie' END,
               'Saisie manuelle (ARS / administrateur)', CASE WHEN $1 = 'cds' THEN 'non précisée' END)
       RETURNING id`,
      [s.type, s.nom, s.statut, s.commune_code, s.finess, s.date_ouverture, s.adresse, s.lon, s.lat],
    );
    return rows[0].id;
  }

  async modifierManuelle(
    id: number,
    m: { type?: string; nom?: string; statut?: string; date_ouverture?: string; adresse?: string; lon?: number; lat?: number },
  ): Promise<void> {
    await this.dataSource.query(
      `UPDATE structure SET type = coalesce($2, type), nom = coalesce($3, nom), statut = coalesce($4, statut),
              date_ouverture = coalesce($5::date, date_ouverture), adresse = coalesce($6, adresse),
              geom = CASE WHEN $7::float8 IS NULL THEN geom ELSE ST_SetSRID(ST_MakePoint($7, $8), 4326) END,
              geom_source = CASE WHEN $7::float8 IS NULL THEN geom_source ELSE 'saisie' END, modifie_le = now()
        WHERE id = $1`,
      [id, m.type ?? null, m.nom ?? null, m.statut ?? null, m.date_ouverture ?? null, m.adresse ?? null, m.lon ?? null, m.lat ?? null],
    );
  }

  async origine(id: number): Promise<{ jeu: string | null; commune_code: string | null } | null> {
    const rows = await this.dataSource.query(`SELECT jeu, commune_code FROM structure WHERE id = $1`, [id]);
    return rows[0] ?? null;
  }

  async finessExiste(finess: string): Promise<boolean> {
    const rows = await this.dataSource.query(`SELECT 1 FROM structure WHERE finess = $1`, [finess]);
    return rows.length > 0;
  }

  async compterParType(requete: Requeteur, jeu: string): Promise<Record<string, number>> {
    const rows = await requete<{ type: string; n: number }>(`SELECT type, count(*)::int AS n FROM structure WHERE jeu = $1 GROUP BY type`, [jeu]);
    return Object.fromEntries(rows.map((r) => [r.type, r.n]));
  }

  // ---- lecture -----------------------------------------------------------------------------

  async lister(filtre: FiltreStructures): Promise<StructureLue[]> {
    return this.dataSource.query(
      `SELECT ${COLONNES}
         FROM structure s LEFT JOIN commune c ON c.code = s.commune_code
        WHERE ($1::text[] IS NULL OR s.type = ANY($1::text[]))
          AND ($2::text IS NULL OR CASE $7::text WHEN 'epci_code' THEN c.epci_code WHEN 'departement_code' THEN c.departement_code
                                                  WHEN 'region_code' THEN c.region_code ELSE c.code END = $2)
          AND ($3::float8 IS NULL OR s.geom && ST_MakeEnvelope($3, $4, $5, $6, 4326))
        ORDER BY s.type, s.nom, s.id`,
      [filtre.types, filtre.territoire?.code ?? null, ...(filtre.bbox ?? [null, null, null, null]), filtre.territoire?.colonne ?? 'code'],
    );
  }

  /** Located structures of each type in a bounding box (a map view). */
  async compterDansEmprise(types: string[], emprise: [number, number, number, number]): Promise<Map<string, number>> {
    const rows: { type: string; n: number }[] = await this.dataSource.query(
      `SELECT type, count(*)::int AS n FROM structure WHERE type = ANY($1::text[]) AND geom && ST_MakeEnvelope($2, $3, $4, $5, 4326) GROUP BY type`,
      [types, ...emprise],
    );
    return new Map(rows.map((r) => [r.type, r.n]));
  }

  /** CPTS with a member commune meeting a bounding box (their perimeter is the union of their communes). */
  async compterPerimetresCptsDansEmprise(emprise: [number, number, number, number]): Promise<number> {
    const [r] = await this.dataSource.query(
      `SELECT count(DISTINCT m.structure_id)::int AS n FROM cpts_commune m JOIN commune c ON c.code = m.commune_code
        WHERE c.geom && ST_MakeEnvelope($1, $2, $3, $4, 4326)`,
      emprise,
    );
    return r.n;
  }

  async trouver(id: number): Promise<StructureLue | null> {
    const rows = await this.dataSource.query(
      `SELECT ${COLONNES}, s.finess_juridique AS "finessJuridique", s.siret, s.categorie_finess AS "categorieFiness",
              to_char(s.date_autorisation, 'YYYY-MM-DD') AS "dateAutorisation"
         FROM structure s LEFT JOIN commune c ON c.code = s.commune_code WHERE s.id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }
}
