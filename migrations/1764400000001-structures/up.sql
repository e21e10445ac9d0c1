-- Care structures: MSP, PSP (multi-site pôles), centres de santé, CPTS and ESP.
-- Loaded from FINESS (categories 603 MSP, 124 centre de santé, 604 CPTS), from the ARS PACA CPTS listing
-- (with member communes) and created by hand through the API for projects not yet in FINESS.
CREATE TABLE structure (
  id                 serial PRIMARY KEY,
  type               text NOT NULL CHECK (type IN ('msp', 'psp', 'cds', 'cpts', 'esp')),
  nature             text,                      -- centres de santé: medical, dentaire, infirmier, ophtalmologique, non précisée (from the name)
  nom                text NOT NULL,
  finess             text UNIQUE,               -- nofinesset (9 characters), NULL for projects / CPTS outside FINESS
  finess_juridique   text,
  categorie_finess   text,                      -- categetab (603, 124, 604)
  statut             text NOT NULL DEFAULT 'ouverte' CHECK (statut IN ('projet', 'ouverte', 'fermee')),
  date_ouverture     date,
  date_autorisation  date,
  adresse            text,
  commune_code       text,                      -- COG 2026
  siret              text,
  geom               geometry(Point, 4326),
  geom_source        text,                      -- 'FINESS Lambert 93', 'FINESS WGS84', 'saisie', 'centre de la commune'…
  source             text NOT NULL,
  jeu                text,                      -- dataset code when shipped, NULL for manual entries
  cree_le            timestamptz NOT NULL DEFAULT now(),
  modifie_le         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX structure_geom_gix ON structure USING gist (geom);
CREATE INDEX structure_type_idx ON structure (type);
CREATE INDEX structure_commune_idx ON structure (commune_code);
CREATE INDEX structure_jeu_idx ON structure (jeu);

-- CPTS perimeter: its member communes (a CPTS is a set of communes), the union of their polygons and the
-- population covered (legal population 2026 of the members), with the ACI size band.
CREATE TABLE cpts_commune (
  structure_id   integer NOT NULL REFERENCES structure (id) ON DELETE CASCADE,
  commune_code   text NOT NULL,
  partielle      boolean NOT NULL DEFAULT false,   -- only some arrondissements (Marseille)
  arrondissements text[] NOT NULL DEFAULT '{}',
  PRIMARY KEY (structure_id, commune_code)
);
CREATE INDEX cpts_commune_commune_idx ON cpts_commune (commune_code);

CREATE TABLE cpts_perimetre (
  structure_id         integer PRIMARY KEY REFERENCES structure (id) ON DELETE CASCADE,
  perimetre            geometry(MultiPolygon, 4326),
  population_couverte  integer NOT NULL,
  tranche_aci          text NOT NULL CHECK (tranche_aci IN ('< 40 000', '40 000 – 80 000', '80 000 – 175 000', '> 175 000')),
  source_perimetre     text NOT NULL
);
CREATE INDEX cpts_perimetre_gix ON cpts_perimetre USING gist (perimetre);
