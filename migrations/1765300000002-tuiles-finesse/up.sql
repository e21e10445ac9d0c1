-- maillage_tuile(couche, z, x, y, extent, avec_nom): the tile of migration 1764200000000-tuiles drawn on the grid
-- and with the properties the application chooses for the zoom (backend/src/tuiles/finesse-tuile.ts, the same rule
-- as the in-memory path): a coarser grid at low zoom (ST_AsMVTGeom rounds each vertex to it, merges repeated ones
-- and drops the polygons that collapse), and `nom` left out when avec_nom is false (ST_AsMVT skips NULL values).
-- Simplification stays one pixel of a 512 px tile; the buffer stays 1/64 of the tile.
-- A polygon of at least one pixel² that the simplification or the grid folds away (a commune of a few pixels at
-- zoom 5–6) would leave a hole in the choropleth: a one-pixel square at a point inside it stands for it (the in-memory path draws a thin
-- diamond along the folded segment instead, backend/src/tuiles/grille-tuile.ts).
CREATE OR REPLACE FUNCTION maillage_tuile(couche text, z integer, x integer, y integer, extent integer, avec_nom boolean)
RETURNS bytea
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
  WITH
  emprise AS (
    SELECT ST_TileEnvelope(z, x, y) AS mercator,
           ST_Transform(ST_TileEnvelope(z, x, y, margin => 1.0 / 64), 4326) AS wgs84,
           360.0 / (512 * 2 ^ z) AS pixel,
           -- half a pixel in Web Mercator metres
           40075016.685578488 / (1024 * 2 ^ z) AS demi_pixel
  ),
  territoire AS (
    SELECT code, nom, geom FROM commune WHERE couche = 'communes' AND geom IS NOT NULL
    UNION ALL
    SELECT code, nom, geom FROM epci WHERE couche = 'epci' AND geom IS NOT NULL
    UNION ALL
    SELECT code, nom, geom FROM departement WHERE couche = 'departements' AND geom IS NOT NULL
    UNION ALL
    SELECT code, nom, geom FROM region WHERE couche = 'regions' AND geom IS NOT NULL
  ),
  entite AS (
    SELECT t.code, CASE WHEN avec_nom THEN t.nom END AS nom,
           COALESCE(
             ST_AsMVTGeom(ST_Transform(ST_Simplify(t.geom, e.pixel, true), 3857), e.mercator, extent, extent / 64, true),
             CASE WHEN ST_Area(ST_Transform(t.geom, 3857)) >= 4 * e.demi_pixel ^ 2 THEN
               ST_AsMVTGeom(ST_Expand(ST_Transform(ST_PointOnSurface(t.geom), 3857), e.demi_pixel), e.mercator, extent, 0, true)
             END
           ) AS geom
      FROM territoire t, emprise e
     WHERE t.geom && e.wgs84
  )
  SELECT COALESCE(
    (SELECT ST_AsMVT(entite, couche, extent, 'geom') FROM entite WHERE geom IS NOT NULL),
    ''::bytea
  );
$$;

COMMENT ON FUNCTION maillage_tuile(text, integer, integer, integer, integer, boolean) IS
  'Tuile vectorielle (MVT) d''une couche de contours sur une grille de extent unités ; propriétés code, et nom si avec_nom.';
