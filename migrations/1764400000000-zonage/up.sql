-- Zonage (médecins, infirmiers), QPV and rurality flags.
-- A zonage is a *version*: one arrêté (or one published export) for one profession, national or for one ARS
-- région, valid from `debut` to `fin` (NULL = still in force). Versions are never overwritten: a new arrêté is
-- a new row, so history is kept and two versions can be compared (GET /api/zonages/diff).
-- Commune codes are COG 2026 (raw files in older COG are mapped on import); no foreign key to `commune` so
-- that a re-import of the territories never cascades into the zonage history.

CREATE TABLE zonage_version (
  id            serial PRIMARY KEY,
  profession    text NOT NULL CHECK (profession IN ('medecin', 'infirmier')),
  niveau        text NOT NULL DEFAULT 'commune' CHECK (niveau IN ('commune', 'qpv')),
  libelle       text NOT NULL,
  region_code   text,                          -- NULL: national file (every ARS at once)
  arrete        text,                          -- reference of the arrêté, NULL when unknown
  date_arrete   date,                          -- NULL when unknown (never guessed)
  debut         date NOT NULL,                 -- start of validity
  debut_connu   boolean NOT NULL DEFAULT true, -- false: start taken from the file's vintage, arrêté date unknown
  fin           date,                          -- NULL: in force
  source        text NOT NULL,                 -- file / publisher, shown with every value
  jeu           text,                          -- dataset code when shipped with the product, NULL for uploads
  cree_le       timestamptz NOT NULL DEFAULT now(),
  CHECK (fin IS NULL OR fin >= debut)
);
CREATE INDEX zonage_version_recherche_idx ON zonage_version (profession, niveau, debut);

-- Class of each commune in a version: ZIP, ZAC, HZ, ZAR (médecins) or the nurses' categories.
CREATE TABLE zonage_commune (
  version_id     integer NOT NULL REFERENCES zonage_version (id) ON DELETE CASCADE,
  commune_code   text NOT NULL,
  classe         text NOT NULL,
  classe_source  text NOT NULL,                -- label as written in the source file (e.g. 1_ZIP)
  region_code    text,                         -- région of the commune: a regional version overrides the national one there
  PRIMARY KEY (version_id, commune_code)
);
CREATE INDEX zonage_commune_commune_idx ON zonage_commune (commune_code);

-- QPV (quartiers prioritaires de la politique de la ville, 2024 list) and the communes they touch.
CREATE TABLE qpv (
  code    text PRIMARY KEY,                    -- e.g. QN00401M
  nom     text NOT NULL,
  source  text NOT NULL
);
CREATE TABLE qpv_commune (
  qpv_code      text NOT NULL REFERENCES qpv (code) ON DELETE CASCADE,
  commune_code  text NOT NULL,
  PRIMARY KEY (qpv_code, commune_code)
);
CREATE INDEX qpv_commune_commune_idx ON qpv_commune (commune_code);

-- QPV-level zonage (version with niveau = 'qpv', e.g. ARS PACA): class of each QPV.
CREATE TABLE zonage_qpv (
  version_id  integer NOT NULL REFERENCES zonage_version (id) ON DELETE CASCADE,
  qpv_code    text NOT NULL,
  qpv_nom     text NOT NULL,
  classe      text NOT NULL CHECK (classe IN ('ZIP', 'ZAC')),
  communes    text[] NOT NULL DEFAULT '{}',
  PRIMARY KEY (version_id, qpv_code)
);

-- Rurality: France Ruralités Revitalisation (FRR, July 2025) and the former ZRR flag.
CREATE TABLE ruralite_commune (
  commune_code  text PRIMARY KEY,
  frr           text,                          -- 'FRR', 'FRR+', 'FRR bénéficiaire', 'non classée', 'FRR partiel'...
  frr_source    text,
  zrr           text,                          -- 'C' classée, 'NC' non classée, 'P' partiellement
  zrr_source    text
);
