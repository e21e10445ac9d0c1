import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Requeteur } from '../import/importateur';
import { Catalogue, DefinitionAide } from './regles/definition-aide';
import { CommuneDemande } from './eligibilite/demande';

export type ContenuCatalogue = Pick<Catalogue, 'historique' | 'regles' | 'aidesAnterieuresGeneriques' | 'arsParRegion'> & { verification?: string };

export interface LigneCatalogue {
  version: string;
  publie_le: string;
  contenu: ContenuCatalogue;
}

export interface LigneAide {
  id: string;
  origine: 'catalogue' | 'locale';
  definition: DefinitionAide;
  cree_le: string;
}

/** An aid with the territory it is limited to (none: national). */
export interface LigneAideTerritoire extends LigneAide {
  territoire_type: 'region' | 'departement' | 'epci' | 'commune' | null;
  territoire_code: string | null;
}

@Injectable()
export class AidesRepository {
  constructor(private readonly dataSource: DataSource) {}

  // ---- import of the shipped catalogue ---------------------------------------------------------

  /** Replaces the national catalogue (local aids untouched); returns ids refused because a local aid holds them. */
  async remplacerCatalogue(requete: Requeteur, catalogue: Catalogue): Promise<string[]> {
    const ids = catalogue.aides.map((a) => a.id);
    const prises = await requete<{ id: string }>(`SELECT id FROM aide WHERE origine = 'locale' AND id = ANY($1::text[])`, [ids]);
    const refusees = new Set(prises.map((p) => p.id));
    await requete(`DELETE FROM aide WHERE origine = 'catalogue'`);
    await requete(
      `INSERT INTO aide (id, origine, nom, territoire_type, territoire_code, debut, fin, definition, catalogue_version)
       SELECT a.definition->>'id', 'catalogue', a.definition->>'nom', a.definition->'territoire'->>'type', a.definition->'territoire'->>'code',
              (a.definition->'validite'->>'debut')::date, (a.definition->'validite'->>'fin')::date, a.definition, $2
         FROM json_array_elements($1::json) AS a(definition)`,
      [JSON.stringify(catalogue.aides.filter((a) => !refusees.has(a.id))), catalogue.version],
    );
    const contenu: ContenuCatalogue = {
      verification: catalogue.verification,
      historique: catalogue.historique,
      regles: catalogue.regles,
      aidesAnterieuresGeneriques: catalogue.aidesAnterieuresGeneriques,
      arsParRegion: catalogue.arsParRegion ?? {},
    };
    await requete(`UPDATE aide_catalogue SET courant = false WHERE courant`);
    await requete(
      `INSERT INTO aide_catalogue (version, publie_le, contenu, courant) VALUES ($1, $2::date, $3::jsonb, true)
       ON CONFLICT (version) DO UPDATE SET publie_le = EXCLUDED.publie_le, contenu = EXCLUDED.contenu, charge_le = now(), courant = true`,
      [catalogue.version, catalogue.publieLe, JSON.stringify(contenu)],
    );
    return [...refusees];
  }

  // ---- reading --------------------------------------------------------------------------------

  /** Version of the catalogue and the local aids (for the answer cache): loads, publications, count of local aids. */
  async versionDonnees(): Promise<string> {
    const rows: { v: string }[] = await this.dataSource.query(
      `SELECT md5(coalesce((SELECT string_agg(version || '@' || charge_le::text || ':' || courant::text, ',' ORDER BY version) FROM aide_catalogue), '')
                  || '|' ||
                  (SELECT count(*)::text || ':' || coalesce(max(cree_le)::text, '-') FROM aide WHERE origine = 'locale')) AS v`,
    );
    return rows[0].v;
  }

  async catalogueCourant(): Promise<LigneCatalogue | null> {
    const rows = await this.dataSource.query(`SELECT version, to_char(publie_le, 'YYYY-MM-DD') AS publie_le, contenu FROM aide_catalogue WHERE courant`);
    return rows[0] ?? null;
  }

  /** Latest catalogue version published on or before the date (null when none was loaded yet at that date). */
  async versionPublieeAu(date: string): Promise<string | null> {
    const rows = await this.dataSource.query(`SELECT version FROM aide_catalogue WHERE publie_le <= $1::date ORDER BY publie_le DESC, version DESC LIMIT 1`, [
      date,
    ]);
    return rows[0]?.version ?? null;
  }

  /** Every aid, national and local, with its territory (read once per version: `AidesParVersion`). */
  async toutesLesAides(): Promise<LigneAideTerritoire[]> {
    return this.dataSource.query(`SELECT id, origine, definition, cree_le, territoire_type, territoire_code FROM aide ORDER BY id`);
  }

  /** Every catalogue version with its publication day, the latest first (the order of `versionPublieeAu`). */
  async publications(): Promise<{ version: string; publie_le: string }[]> {
    return this.dataSource.query(`SELECT version, to_char(publie_le, 'YYYY-MM-DD') AS publie_le FROM aide_catalogue ORDER BY publie_le DESC, version DESC`);
  }

  /** Catalogue listing: optionally only aids in force at a date, and/or of one territory (national aids included). */
  async lister(filtre: { date?: string; territoire?: { type: string; code: string }; origine?: string }): Promise<LigneAide[]> {
    return this.dataSource.query(
      `SELECT id, origine, definition, cree_le FROM aide
        WHERE ($1::date IS NULL OR ((debut IS NULL OR debut <= $1::date) AND (fin IS NULL OR fin >= $1::date)))
          AND ($2::text IS NULL OR territoire_type IS NULL OR (territoire_type = $2 AND territoire_code = $3))
          AND ($4::text IS NULL OR origine = $4)
        ORDER BY territoire_type NULLS FIRST, id`,
      [filtre.date ?? null, filtre.territoire?.type ?? null, filtre.territoire?.code ?? null, filtre.origine ?? null],
    );
  }

  async trouver(id: string): Promise<LigneAide | null> {
    const rows = await this.dataSource.query(`SELECT id, origine, definition, cree_le FROM aide WHERE id = $1`, [id]);
    return rows[0] ?? null;
  }

  async existe(id: string): Promise<boolean> {
    const rows = await this.dataSource.query(`SELECT 1 FROM aide WHERE id = $1`, [id]);
    return rows.length > 0;
  }

  async creerLocale(definition: DefinitionAide, creePar: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO aide (id, origine, nom, territoire_type, territoire_code, debut, fin, definition, cree_par)
       VALUES ($1, 'locale', $2, $3, $4, $5::date, $6::date, $7::jsonb, $8)`,
      [
        definition.id,
        definition.nom,
        definition.territoire?.type ?? null,
        definition.territoire?.code ?? null,
        definition.validite.debut,
        definition.validite.fin,
        JSON.stringify(definition),
        creePar,
      ],
    );
  }

  /** Every commune as an eligibility request names it (read once per version of the territories: `AidesService`). */
  async communes(): Promise<CommuneDemande[]> {
    return this.dataSource.query(
      `SELECT c.code, c.nom, c.departement_code AS departement, c.region_code AS region, r.nom AS "regionNom", c.epci_code AS epci, c.population
         FROM commune c JOIN region r ON r.code = c.region_code`,
    );
  }

  /** True when the territory exists in the COG 2026 tables. */
  async territoireExiste(type: 'region' | 'departement' | 'epci' | 'commune', code: string): Promise<boolean> {
    const table = { region: 'region', departement: 'departement', epci: 'epci', commune: 'commune' }[type];
    const rows = await this.dataSource.query(`SELECT 1 FROM ${table} WHERE code = $1`, [code]);
    return rows.length > 0;
  }
}
