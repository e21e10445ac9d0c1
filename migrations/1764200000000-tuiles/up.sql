-- maillage_tuile(couche, z, x, y): one Mapbox Vector Tile of a boundary layer, for a PostGIS
-- built with protobuf (ST_AsMVT). The MVT layer is named after the couche; each feature carries
-- `code` and `nom` only: indicator values are joined by code in the browser, so changing indicator
-- never re-requests geometry.
-- The embedded database (PGlite) lacks protobuf: the application builds the same tiles in memory
-- there (backend/src/tuiles/generateur-memoire.ts). The function is still created, and fails if
-- called, which is how the application detects the path to use.
CREATE OR REPLACE FUNCTION maillage_tuile(couche text, z integer, x integer, y integer)
RETURNS bytea
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
  WITH
  -- The tile in Web Mercator, and the same square plus a 64/4096 margin in WGS84 so that the
  -- GiST index on geom (SRID 4326) selects the candidates.
  emprise AS (
    SELECT ST_TileEnvelope(z, x, y) AS mercator,
           ST_Transform(ST_TileEnvelope(z, x, y, margin => 64.0 / 4096), 4326) AS wgs84,
           -- one screen pixel of a 512 px tile (8 units of the 4096 extent), in degrees at the
           -- equator: finer vertices are invisible (same tolerance as the in-memory path)
           360.0 / (512 * 2 ^ z) AS pixel
  ),
  -- Only the branch of the requested couche reads its table (the others are pruned by the
  -- constant condition). Table names are never built from input.
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
    SELECT t.code, t.nom,
           ST_AsMVTGeom(ST_Transform(ST_Simplify(t.geom, e.pixel, true), 3857), e.mercator, 4096, 64, true) AS geom
      FROM territoire t, emprise e
     WHERE t.geom && e.wgs84
  )
  SELECT COALESCE(
    (SELECT ST_AsMVT(entite, couche, 4096, 'geom') FROM entite WHERE geom IS NOT NULL),
    ''::bytea
  );
$$;

COMMENT ON FUNCTION maillage_tuile(text, integer, integer, integer) IS
  'Tuile vectorielle (MVT) d''une couche de contours : communes, epci, departements ou regions ; propriétés code et nom.';
