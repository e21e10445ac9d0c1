import { Injectable } from '@nestjs/common';
import type { MultiPolygon } from 'geojson';
import { DataSource } from 'typeorm';
import { CoucheTuiles } from './couche-tuiles';
import { finesseTuile } from './finesse-tuile';

export interface TerritoireGeojson {
  code: string;
  nom: string;
  geometrie: MultiPolygon;
}

/**
 * Geometry of each couche for the in-memory path: one fixed query per table (identifiers are
 * never built from input). 6 decimals ≈ 0.1 m, finer than the shipped geometry.
 */
const GEOMETRIES: Record<CoucheTuiles, string> = {
  communes: `SELECT code, nom, ST_AsGeoJSON(geom, 6) AS geometrie FROM commune WHERE geom IS NOT NULL`,
  epci: `SELECT code, nom, ST_AsGeoJSON(geom, 6) AS geometrie FROM epci WHERE geom IS NOT NULL`,
  departements: `SELECT code, nom, ST_AsGeoJSON(geom, 6) AS geometrie FROM departement WHERE geom IS NOT NULL`,
  regions: `SELECT code, nom, ST_AsGeoJSON(geom, 6) AS geometrie FROM region WHERE geom IS NOT NULL`,
};

@Injectable()
export class TuilesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * True when PostGIS can encode vector tiles: it was built with protobuf-c, which
   * postgis_full_version() lists. PGlite's PostGIS is not (its ST_AsMVT raises
   * "Compiled without protobuf-c support"); reading the version avoids logging that error.
   */
  async mvtDisponible(): Promise<boolean> {
    const lignes: { version: string }[] = await this.dataSource.query(`SELECT postgis_full_version() AS version`);
    return /PROTOBUF="/i.test(lignes[0]?.version ?? '');
  }

  /** The SQL function of migration 1765300000002-tuiles-finesse, on the grid and with the properties of the zoom. */
  async tuileMvt(couche: CoucheTuiles, z: number, x: number, y: number): Promise<Buffer> {
    const { extent, avecNom } = finesseTuile(couche, z);
    const lignes: { mvt: Buffer | null }[] = await this.dataSource.query(`SELECT maillage_tuile($1, $2, $3, $4, $5, $6) AS mvt`, [
      couche,
      z,
      x,
      y,
      extent,
      avecNom,
    ]);
    return lignes[0]?.mvt ?? Buffer.alloc(0);
  }

  /** Name of every commune, by INSEE code: the tiles of the national view carry the code only. */
  async nomsCommunes(): Promise<{ code: string; nom: string }[]> {
    return this.dataSource.query(`SELECT code, nom FROM commune ORDER BY code`);
  }

  async geometries(couche: CoucheTuiles): Promise<TerritoireGeojson[]> {
    const lignes: { code: string; nom: string; geometrie: string }[] = await this.dataSource.query(GEOMETRIES[couche]);
    return lignes.map((l) => ({ code: l.code, nom: l.nom, geometrie: JSON.parse(l.geometrie) as MultiPolygon }));
  }

  /** Fingerprint and date of the last territories load: the geometry the tiles are cut from (empty before it). */
  async versionDonnees(): Promise<string> {
    const lignes: { v: string | null }[] = await this.dataSource.query(
      `SELECT empreinte || '@' || importe_le::text AS v FROM jeu_de_donnees WHERE code = 'territoires'`,
    );
    return lignes[0]?.v ?? '';
  }

  /** Population municipale of every commune, the join table of the population choropleth. */
  async populationsCommunes(): Promise<{ code: string; population: number }[]> {
    return this.dataSource.query(`SELECT code, population FROM commune ORDER BY code`);
  }
}
