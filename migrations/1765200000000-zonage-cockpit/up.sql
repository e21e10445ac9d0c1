-- Zonage cockpit (issue 13): an ARS planner drafts the next zonage médecins of its région with the national method,
-- then publishes it as a zonage version (origine 'cockpit', ADR 0004).
--
-- Units: the territoire de vie-santé (TVS). Its composition is not open data: the default unit is the INSEE bassin de
-- vie 2022 (`commune_bassin_de_vie`, loaded by the demographics dataset), "approximation ouverte des TVS"; an ARS can
-- upload its TVS composition (versioned, one active per région).
CREATE TABLE composition_tvs (
  id           serial PRIMARY KEY,
  region_code  text NOT NULL,
  version      integer NOT NULL,                -- 1, 2, … per région
  fichier      text NOT NULL,
  empreinte    text NOT NULL,                   -- sha256 of the uploaded file
  lignes       integer NOT NULL,
  unites       integer NOT NULL,
  auteur       text NOT NULL,                   -- e-mail of the account that uploaded it
  cree_le      timestamptz NOT NULL DEFAULT now(),
  active       boolean NOT NULL DEFAULT true,
  UNIQUE (region_code, version)
);
-- One row per commune (COG 2026) or Paris/Lyon/Marseille arrondissement listed in the file.
CREATE TABLE composition_tvs_commune (
  composition_id  integer NOT NULL REFERENCES composition_tvs (id) ON DELETE CASCADE,
  commune_code    text NOT NULL,
  tvs_code        text NOT NULL,
  tvs_nom         text NOT NULL,
  ligne           integer NOT NULL,
  PRIMARY KEY (composition_id, commune_code)
);

-- APL of the Paris/Lyon/Marseille arrondissements as published by the DREES (apl_commune holds the cities only):
-- an uploaded TVS composition may split a city between TVS.
CREATE TABLE apl_arrondissement (
  code                     text NOT NULL,        -- e.g. 75112, 69381, 13201
  commune_code             text NOT NULL,        -- the city (75056, 69123, 13055)
  annee                    integer NOT NULL,
  apl                      real NOT NULL,
  apl_moins_65             real NOT NULL,
  population_standardisee  real NOT NULL,
  population_totale        integer NOT NULL,
  PRIMARY KEY (code, annee)
);

-- "Beyond APL" indicators by bassin de vie 2022 (INSEE statistiques locales): share aged 75+, poverty rate, median
-- standard of living. No foreign key to bassin_de_vie: a re-import of the demographics must not wipe them.
CREATE TABLE indicateur_unite_bv (
  bv_code     text NOT NULL,
  indicateur  text NOT NULL,                   -- part_75_ans_plus, taux_pauvrete, niveau_vie_median
  annee       integer NOT NULL,
  valeur      real,                            -- NULL: not published (statistical secrecy)
  source      text NOT NULL,
  PRIMARY KEY (bv_code, indicateur)
);

-- Parameters of the national method (thresholds, regional ceilings, marge dérogatoire, derogation) as data, each
-- with the text and date it comes from (shipped: geo-data/zonage-cockpit/zonage-mg-methode-parametres-2025.csv).
CREATE TABLE parametre_zonage (
  id           serial PRIMARY KEY,
  region_code  text NOT NULL,                   -- 'FR' for the national rule
  parametre    text NOT NULL CHECK (parametre IN ('plafond_zip', 'plafond_zac', 'marge_derogatoire', 'seuil_selection_nationale', 'seuil_vivier', 'region_derogatoire')),
  valeur       real,                            -- NULL: text found but no value
  texte        text NOT NULL,
  date_texte   text NOT NULL,                   -- '2017-11-13', '2021-10', '2021'…
  sources      text[] NOT NULL DEFAULT '{}',
  note         text
);
CREATE INDEX parametre_zonage_region_idx ON parametre_zonage (region_code, parametre);

-- Values entered by an ARS planner where the official value is unknown (audited, shown as such). The last entry wins.
CREATE TABLE parametre_zonage_saisie (
  id             serial PRIMARY KEY,
  region_code    text NOT NULL,
  parametre      text NOT NULL CHECK (parametre IN ('plafond_zip', 'plafond_zac', 'marge_derogatoire', 'seuil_selection_nationale', 'seuil_vivier', 'region_derogatoire')),
  valeur         real NOT NULL,
  justification  text NOT NULL,                 -- where the value comes from (text, letter of the DGOS…)
  auteur         text NOT NULL,
  saisi_le       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX parametre_zonage_saisie_idx ON parametre_zonage_saisie (region_code, parametre, saisi_le DESC);

-- QPV population entered by the ARS (the shipped QPV list has none): INSEE population of the QPV.
CREATE TABLE population_qpv_saisie (
  qpv_code     text PRIMARY KEY,
  population   integer NOT NULL CHECK (population >= 0),
  source       text NOT NULL,
  auteur       text NOT NULL,
  saisi_le     timestamptz NOT NULL DEFAULT now()
);

-- A draft zonage of one région.
CREATE TABLE brouillon_zonage (
  id              uuid PRIMARY KEY,
  region_code     text NOT NULL,
  libelle         text NOT NULL,
  unite           text NOT NULL CHECK (unite IN ('bassin_de_vie', 'tvs')),
  composition_id  integer REFERENCES composition_tvs (id),
  annee_apl       integer NOT NULL,
  origine         text NOT NULL CHECK (origine IN ('en_vigueur', 'categories', 'copie')),
  date_reference  date NOT NULL,                -- date of the zonage in force it starts from and is compared with
  copie_de        uuid REFERENCES brouillon_zonage (id) ON DELETE SET NULL,
  statut          text NOT NULL DEFAULT 'brouillon' CHECK (statut IN ('brouillon', 'valide', 'publie')),
  auteur          text NOT NULL,
  cree_le         timestamptz NOT NULL DEFAULT now(),
  modifie_le      timestamptz NOT NULL DEFAULT now(),
  valide_le       timestamptz,
  version_id      integer,                      -- zonage_version published from it
  version_qpv_id  integer,
  publication     jsonb                         -- arrêté number, dates, start, end
);
CREATE INDEX brouillon_zonage_region_idx ON brouillon_zonage (region_code, modifie_le DESC);

-- The class of each unit in a draft. A forced unit (lock lifted) carries its written justification.
CREATE TABLE brouillon_zonage_unite (
  brouillon_id           uuid NOT NULL REFERENCES brouillon_zonage (id) ON DELETE CASCADE,
  unite_code             text NOT NULL,
  classe                 text NOT NULL CHECK (classe IN ('ZIP', 'ZAC', 'ZAR', 'HZ')),
  force                  boolean NOT NULL DEFAULT false,
  justification_forcage  text,
  justification          text,                  -- free text per unit, goes into the exports
  modifie_le             timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (brouillon_id, unite_code),
  CHECK (NOT force OR justification_forcage IS NOT NULL)
);

-- QPV zoned separately from their unit (no row: the QPV follows its unit).
CREATE TABLE brouillon_zonage_qpv (
  brouillon_id  uuid NOT NULL REFERENCES brouillon_zonage (id) ON DELETE CASCADE,
  qpv_code      text NOT NULL,
  classe        text NOT NULL CHECK (classe IN ('ZIP', 'ZAC', 'HZ')),
  PRIMARY KEY (brouillon_id, qpv_code)
);

-- Consultation checklist of a draft (URPS, CRSA, transmission to the DGOS…).
CREATE TABLE brouillon_zonage_etape (
  brouillon_id  uuid NOT NULL REFERENCES brouillon_zonage (id) ON DELETE CASCADE,
  etape         text NOT NULL,
  fait          boolean NOT NULL DEFAULT false,
  date          date,
  note          text,
  modifie_le    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (brouillon_id, etape)
);
