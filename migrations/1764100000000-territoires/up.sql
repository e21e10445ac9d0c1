-- Territorial reference: régions, départements, EPCI, communes (COG 2026), with geometry.
-- geom: WGS84 (SRID 4326) for display and tiles.
-- centre_metrique: the commune's inner point in a metric CRS local to its territory (Lambert-93 for
-- métropole and Corsica, UTM for each DROM), srid in srid_metrique: distances are only computed between
-- communes sharing that CRS (no road crosses an ocean).
CREATE EXTENSION IF NOT EXISTS postgis;

CREATE TABLE region (
  code           text PRIMARY KEY,
  nom            text NOT NULL,
  nom_recherche  text NOT NULL,
  zone           text NOT NULL CHECK (zone IN ('metro', 'drom')),
  population     integer NOT NULL DEFAULT 0,
  geom           geometry(MultiPolygon, 4326)
);

CREATE TABLE departement (
  code           text PRIMARY KEY,
  nom            text NOT NULL,
  nom_recherche  text NOT NULL,
  region_code    text NOT NULL REFERENCES region (code),
  population     integer NOT NULL DEFAULT 0,
  geom           geometry(MultiPolygon, 4326)
);

CREATE TABLE epci (
  code           text PRIMARY KEY,            -- SIREN
  nom            text NOT NULL,
  nom_recherche  text NOT NULL,
  nature         text NOT NULL,               -- CC, CA, CU, METRO, MET69
  population     integer NOT NULL DEFAULT 0,
  geom           geometry(MultiPolygon, 4326)
);

CREATE TABLE commune (
  code              text PRIMARY KEY,          -- code INSEE (COG 2026), e.g. 2A004
  nom               text NOT NULL,
  nom_recherche     text NOT NULL,             -- lower case, no accents, punctuation as spaces
  population        integer NOT NULL,          -- population municipale légale (décret 2026)
  departement_code  text NOT NULL REFERENCES departement (code),
  region_code       text NOT NULL REFERENCES region (code),
  epci_code         text REFERENCES epci (code),
  codes_postaux     text[] NOT NULL DEFAULT '{}',
  srid_metrique     integer NOT NULL,
  geom              geometry(MultiPolygon, 4326),  -- NULL for re-created communes without a polygon yet
  centre            geometry(Point, 4326),
  centre_metrique   geometry(Point)
);

CREATE INDEX commune_geom_gix ON commune USING gist (geom);
CREATE INDEX commune_centre_gix ON commune USING gist (centre);
CREATE INDEX commune_departement_idx ON commune (departement_code);
CREATE INDEX commune_region_idx ON commune (region_code);
CREATE INDEX commune_epci_idx ON commune (epci_code);
CREATE INDEX commune_nom_recherche_idx ON commune (nom_recherche text_pattern_ops);
CREATE INDEX departement_geom_gix ON departement USING gist (geom);
CREATE INDEX region_geom_gix ON region USING gist (geom);
CREATE INDEX epci_geom_gix ON epci USING gist (geom);

-- Every dataset import leaves one row here: what was loaded, from which file, and what was skipped.
CREATE TABLE jeu_de_donnees (
  code          text PRIMARY KEY,              -- e.g. 'territoires', 'apl', 'finess'
  empreinte     text NOT NULL,                 -- sha256 of the source files: same hash = nothing to do
  source        text NOT NULL,
  millesime     text NOT NULL,
  licence       text NOT NULL,
  lignes        integer NOT NULL,
  ignorees      jsonb NOT NULL DEFAULT '[]',
  importe_le    timestamptz NOT NULL DEFAULT now()
);
