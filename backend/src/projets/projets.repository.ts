import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { sqlCommuneDansTerritoires } from '../auth/portee.repository';
import { UtilisateurConnecte } from '../common/auth/role';

/** A project as stored, with its commune's name and parents (camelCase, dates as YYYY-MM-DD). */
export interface Projet {
  id: string;
  nom: string;
  type: string;
  etape: string;
  communeCode: string;
  communeNom: string;
  departementCode: string;
  regionCode: string;
  communesCouvertes: string[];
  sites: { longitude: number; latitude: number }[];
  porteurType: string;
  porteurNom: string;
  professionnels: { profession: string; nombre: number }[];
  projetSanteValide: boolean;
  projetSanteDate: string | null;
  formeJuridique: string | null;
  planFinancement: { aide: string; financeur?: string; montant: number; statut: string }[];
  dateLancement: string | null;
  dateOuverturePrevue: string | null;
  dateOuverture: string | null;
  documents: { titre: string; url: string }[];
  proprietaireId: string | null;
  creeLe: string;
  modifieLe: string;
}

export type DonneesProjet = Omit<Projet, 'id' | 'communeNom' | 'departementCode' | 'regionCode' | 'creeLe' | 'modifieLe'>;

/** Who may see what: the owner's projects, the projects of territories, or everything (null filters). */
export interface PorteeListe {
  proprietaireId: string | null;
  territoires: UtilisateurConnecte['territoires'] | null;
}

const SELECTION = `
  SELECT p.id, p.nom, p.type, p.etape, p.commune_code AS "communeCode", c.nom AS "communeNom",
         c.departement_code AS "departementCode", c.region_code AS "regionCode",
         p.communes_couvertes AS "communesCouvertes",
         COALESCE((SELECT json_agg(json_build_object('longitude', ST_X(d.geom), 'latitude', ST_Y(d.geom)) ORDER BY d.path)
                     FROM ST_Dump(p.sites) d), '[]'::json) AS sites,
         p.porteur_type AS "porteurType", p.porteur_nom AS "porteurNom", p.professionnels,
         p.projet_sante_valide AS "projetSanteValide", to_char(p.projet_sante_date, 'YYYY-MM-DD') AS "projetSanteDate",
         p.forme_juridique AS "formeJuridique", p.plan_financement AS "planFinancement",
         to_char(p.date_lancement, 'YYYY-MM-DD') AS "dateLancement",
         to_char(p.date_ouverture_prevue, 'YYYY-MM-DD') AS "dateOuverturePrevue",
         to_char(p.date_ouverture, 'YYYY-MM-DD') AS "dateOuverture",
         p.documents, p.proprietaire_id AS "proprietaireId", p.cree_le AS "creeLe", p.modifie_le AS "modifieLe"
    FROM projet p JOIN commune c ON c.code = p.commune_code`;

/** Column values of a project, in the order of $2…$19 of the INSERT/UPDATE statements. */
function valeurs(d: DonneesProjet): unknown[] {
  return [
    d.nom,
    d.type,
    d.etape,
    d.communeCode,
    d.communesCouvertes,
    d.sites.length ? JSON.stringify(d.sites.map((s) => [s.longitude, s.latitude])) : null,
    d.porteurType,
    d.porteurNom,
    JSON.stringify(d.professionnels),
    d.projetSanteValide,
    d.projetSanteDate,
    d.formeJuridique,
    JSON.stringify(d.planFinancement),
    d.dateLancement,
    d.dateOuverturePrevue,
    d.dateOuverture,
    JSON.stringify(d.documents),
    d.proprietaireId,
  ];
}

// Sites travel as a json array of [lon, lat] and become a MultiPoint (SRID 4326).
const SITES = `CASE WHEN $7::json IS NULL THEN NULL ELSE
                 (SELECT ST_SetSRID(ST_Collect(ST_MakePoint((s->>0)::float8, (s->>1)::float8)), 4326)::geometry(MultiPoint, 4326)
                    FROM json_array_elements($7::json) s) END`;

@Injectable()
export class ProjetsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async trouver(id: string): Promise<Projet | null> {
    const rows = await this.dataSource.query(`${SELECTION} WHERE p.id = $1`, [id]);
    return rows[0] ?? null;
  }

  async lister(portee: PorteeListe, filtres: { etape?: string; type?: string }): Promise<Projet[]> {
    return this.dataSource.query(
      `${SELECTION}
        WHERE ($1::uuid IS NULL OR p.proprietaire_id = $1)
          AND ($2::json IS NULL OR ${sqlCommuneDansTerritoires('c', 2)})
          AND ($3::text IS NULL OR p.etape = $3)
          AND ($4::text IS NULL OR p.type = $4)
        ORDER BY c.departement_code, p.nom, p.id`,
      [portee.proprietaireId, portee.territoires ? JSON.stringify(portee.territoires) : null, filtres.etape ?? null, filtres.type ?? null],
    );
  }

  async creer(id: string, d: DonneesProjet): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO projet (id, nom, type, etape, commune_code, communes_couvertes, sites, porteur_type, porteur_nom, professionnels,
                           projet_sante_valide, projet_sante_date, forme_juridique, plan_financement, date_lancement,
                           date_ouverture_prevue, date_ouverture, documents, proprietaire_id)
       VALUES ($1::uuid, $2, $3, $4, $5, $6::text[], ${SITES}, $8, $9, $10::jsonb, $11, $12::date, $13, $14::jsonb, $15::date, $16::date, $17::date,
               $18::jsonb, $19::uuid)`,
      [id, ...valeurs(d)],
    );
  }

  async modifier(id: string, d: DonneesProjet): Promise<void> {
    await this.dataSource.query(
      `UPDATE projet SET nom = $2, type = $3, etape = $4, commune_code = $5, communes_couvertes = $6::text[], sites = ${SITES},
              porteur_type = $8, porteur_nom = $9, professionnels = $10::jsonb, projet_sante_valide = $11,
              projet_sante_date = $12::date, forme_juridique = $13, plan_financement = $14::jsonb, date_lancement = $15::date,
              date_ouverture_prevue = $16::date, date_ouverture = $17::date, documents = $18::jsonb, proprietaire_id = $19::uuid,
              modifie_le = now()
        WHERE id = $1`,
      [id, ...valeurs(d)],
    );
  }

  async supprimer(id: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM projet WHERE id = $1`, [id]);
  }

  /** Codes among the given ones that are not communes of the COG 2026. */
  async communesInconnues(codes: string[]): Promise<string[]> {
    const rows = await this.dataSource.query(`SELECT x AS code FROM unnest($1::text[]) x WHERE NOT EXISTS (SELECT 1 FROM commune WHERE code = x)`, [codes]);
    return rows.map((r: { code: string }) => r.code);
  }

  /** True when the access engine's `trajet` table exists and holds pairs. */
  async trajetsDisponibles(): Promise<boolean> {
    const [{ existe }] = await this.dataSource.query(`SELECT to_regclass('trajet') IS NOT NULL AS existe`);
    if (!existe) return false;
    const [{ rempli }] = await this.dataSource.query(`SELECT EXISTS (SELECT 1 FROM trajet) AS rempli`);
    return rempli;
  }

  /**
   * Other projects whose commune lies within `minutes` of this project's commune: travel time from the access
   * engine's `trajet` table (either direction), 0 within the same commune; communes of another metric CRS
   * (another island, overseas) are never neighbours.
   */
  async voisinsParTrajet(id: string, minutes: number): Promise<VoisinProjet[]> {
    return this.dataSource.query(
      `SELECT * FROM (
         SELECT o.id, o.nom, o.type, o.etape, o.commune_code AS "communeCode", c.nom AS "communeNom",
                CASE WHEN o.commune_code = a.code THEN 0
                     ELSE (SELECT min(t.minutes) FROM trajet t
                            WHERE (t.origine_code = a.code AND t.destination_code = o.commune_code)
                               OR (t.origine_code = o.commune_code AND t.destination_code = a.code)) END AS minutes
           FROM projet p JOIN commune a ON a.code = p.commune_code
           JOIN projet o ON o.id <> p.id JOIN commune c ON c.code = o.commune_code AND c.srid_metrique = a.srid_metrique
          WHERE p.id = $1) v
        WHERE v.minutes <= $2::float8 ORDER BY v.minutes, v.nom`,
      [id, minutes],
    );
  }

  /**
   * Same, without the `trajet` table: straight-line distance between the communes' inner points (metric CRS)
   * × detour factor ÷ mean speed — the access engine's documented model (geo-data/acces/modele-trajet.json).
   */
  async voisinsADistance(id: string, minutes: number, facteurDetour: number, vitesseKmh: number): Promise<VoisinProjet[]> {
    return this.dataSource.query(
      `SELECT * FROM (
         SELECT o.id, o.nom, o.type, o.etape, o.commune_code AS "communeCode", c.nom AS "communeNom",
                round((ST_Distance(a.centre_metrique, c.centre_metrique) / 1000 * $3::float8 / $4::float8 * 60)::numeric, 1)::float8 AS minutes
           FROM projet p JOIN commune a ON a.code = p.commune_code
           JOIN projet o ON o.id <> p.id JOIN commune c ON c.code = o.commune_code AND c.srid_metrique = a.srid_metrique
          WHERE p.id = $1 AND ST_DWithin(a.centre_metrique, c.centre_metrique, $2::float8 / 60 * $4::float8 / $3::float8 * 1000)) v
        WHERE v.minutes <= $2::float8 ORDER BY v.minutes, v.nom`,
      [id, minutes, facteurDetour, vitesseKmh],
    );
  }

  /**
   * Communes within `minutes` of a commune (itself at 0), from the access engine's `trajet` table (pairs are
   * stored both ways), with their département — where to look for neighbouring structures.
   */
  async communesProchesParTrajet(communeCode: string, minutes: number): Promise<CommuneProche[]> {
    return this.dataSource.query(
      `SELECT c.code, c.nom, c.departement_code AS "departementCode", t.minutes
         FROM (SELECT destination_code AS code, minutes::float8 FROM trajet WHERE origine_code = $1::text AND destination_code <> $1::text AND minutes <= $2::float8
               UNION ALL SELECT $1::text, 0::float8) t
         JOIN commune c ON c.code = t.code
        ORDER BY minutes, c.code`,
      [communeCode, minutes],
    );
  }

  /** Same without the `trajet` table: straight-line distance × detour ÷ speed (the engine's documented model). */
  async communesProchesADistance(communeCode: string, minutes: number, facteurDetour: number, vitesseKmh: number): Promise<CommuneProche[]> {
    return this.dataSource.query(
      `SELECT * FROM (
         SELECT c.code, c.nom, c.departement_code AS "departementCode",
                CASE WHEN c.code = a.code THEN 0
                     ELSE round((ST_Distance(a.centre_metrique, c.centre_metrique) / 1000 * $3::float8 / $4::float8 * 60)::numeric, 1)::float8 END AS minutes
           FROM commune a JOIN commune c ON c.srid_metrique = a.srid_metrique
            AND ST_DWithin(a.centre_metrique, c.centre_metrique, $2::float8 / 60 * $4::float8 / $3::float8 * 1000)
          WHERE a.code = $1) v
        WHERE v.minutes <= $2::float8 ORDER BY v.minutes, v.code`,
      [communeCode, minutes, facteurDetour, vitesseKmh],
    );
  }

  /** Legal population (INSEE 2026) of a set of communes: the population a CPTS project covers. */
  async populationDesCommunes(codes: string[]): Promise<number> {
    const [{ population }] = await this.dataSource.query(`SELECT coalesce(sum(population), 0)::int AS population FROM commune WHERE code = ANY($1::text[])`, [
      codes,
    ]);
    return population;
  }
}

export interface CommuneProche {
  code: string;
  nom: string;
  departementCode: string;
  minutes: number;
}

export interface VoisinProjet {
  id: string;
  nom: string;
  type: string;
  etape: string;
  communeCode: string;
  communeNom: string;
  minutes: number;
}
