import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface ContourCommune {
  code: string;
  chemin: string;
}

export interface EmpriseMetrique {
  xmin: number;
  ymin: number;
  xmax: number;
  ymax: number;
}

@Injectable()
export class RapportsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Bounding box of communes in a metric CRS (Lambert-93, or the DROM's UTM), in metres, and its width in degrees
   * (to simplify in the source CRS before projecting: the page shows no detail finer than a few hundred metres).
   */
  async emprise(codes: readonly string[], srid: number): Promise<(EmpriseMetrique & { largeurDegres: number }) | null> {
    const [l] = await this.dataSource.query<{ xmin: number | null; ymin: number; xmax: number; ymax: number; largeur: number }[]>(
      `WITH e AS (SELECT ST_Extent(ST_Transform(geom, $2::int)) AS m, ST_Extent(geom) AS g FROM commune WHERE code = ANY($1::text[]) AND geom IS NOT NULL)
       SELECT ST_XMin(m) AS xmin, ST_YMin(m) AS ymin, ST_XMax(m) AS xmax, ST_YMax(m) AS ymax,
              GREATEST(ST_XMax(g) - ST_XMin(g), ST_YMax(g) - ST_YMin(g)) AS largeur FROM e`,
      [codes, srid],
    );
    if (!l || l.xmin === null) return null;
    return { xmin: Number(l.xmin), ymin: Number(l.ymin), xmax: Number(l.xmax), ymax: Number(l.ymax), largeurDegres: Number(l.largeur) };
  }

  /**
   * Outlines of communes as SVG paths (`ST_AsSVG`: absolute, y negated, whole metres) in the metric CRS `srid`,
   * simplified by `toleranceDegres` first (collapsed small communes kept as a dot rather than dropped).
   */
  async contours(codes: readonly string[], srid: number, toleranceDegres: number): Promise<ContourCommune[]> {
    return this.dataSource.query(
      `SELECT code, ST_AsSVG(ST_Transform(ST_Simplify(geom, $3::float8, true), $2::int), 0, 0) AS chemin
         FROM commune WHERE code = ANY($1::text[]) AND geom IS NOT NULL ORDER BY code`,
      [codes, srid, toleranceDegres],
    );
  }
}
