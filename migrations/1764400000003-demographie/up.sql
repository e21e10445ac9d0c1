-- GP demographics layers, each labelled with its source, level and year (shown with every value).
-- Until a user imports an RPPS extract these are the default "GP supply" layers.

-- Bassins de vie 2022 (INSEE): the closest open proxy for the TVS used by the zonage.
CREATE TABLE bassin_de_vie (
  code  text PRIMARY KEY,
  nom   text NOT NULL
);
CREATE TABLE commune_bassin_de_vie (
  commune_code  text PRIMARY KEY,             -- COG 2026
  bv_code       text NOT NULL REFERENCES bassin_de_vie (code) ON DELETE CASCADE
);
CREATE INDEX commune_bassin_de_vie_bv_idx ON commune_bassin_de_vie (bv_code);

-- Indicators by bassin de vie (CartoSanté export): liberal GP density 2024 per 10,000 inhabitants, APL 2023…
CREATE TABLE indicateur_bassin_de_vie (
  bv_code     text NOT NULL REFERENCES bassin_de_vie (code) ON DELETE CASCADE,
  indicateur  text NOT NULL,                  -- e.g. 'densite_mg_liberaux'
  annee       integer NOT NULL,
  valeur      real,                           -- NULL when under statistical secrecy
  secret      boolean NOT NULL DEFAULT false,
  source      text NOT NULL,
  PRIMARY KEY (bv_code, indicateur, annee)
);

-- GP headcounts by département: ameli (liberal GPs, 2024) and INSEE BPE (GPs, 2024).
CREATE TABLE medecins_generalistes_departement (
  departement_code  text NOT NULL,
  source_code       text NOT NULL CHECK (source_code IN ('ameli', 'bpe')),
  annee             integer NOT NULL,
  effectif          integer NOT NULL,
  densite           real,                     -- per 100,000 inhabitants (ameli)
  champ             text NOT NULL,            -- 'médecins généralistes libéraux' / 'médecins généralistes (BPE)'
  source            text NOT NULL,
  PRIMARY KEY (departement_code, source_code, annee)
);

-- Doctors registered in the RPPS per commune of practice (santescope, April 2026 extract). NOT a GP count:
-- doctors without a recorded specialty are counted as GPs there, salaried ones too (1.4–3× the ameli count).
-- Used only as "RPPS doctors present" and, when zero, as "no GP at all in the commune" (a zero of an
-- over-count is reliable).
CREATE TABLE rpps_medecins_commune (
  commune_code                 text PRIMARY KEY,
  medecins_rpps                integer NOT NULL,
  generalistes_rpps_surestimes integer NOT NULL,
  source                       text NOT NULL
);

-- GPs from a user's RPPS / Annuaire Santé import: one row per (GP, practice site) — multi-site practice counted per site.
CREATE TABLE rpps_import (
  id           serial PRIMARY KEY,
  fichier      text NOT NULL,
  encodage     text NOT NULL,
  lignes       integer NOT NULL,
  medecins     integer NOT NULL,
  sites        integer NOT NULL,
  importe_le   timestamptz NOT NULL DEFAULT now(),
  actif        boolean NOT NULL DEFAULT true
);
CREATE TABLE medecin_generaliste_site (
  import_id       integer NOT NULL REFERENCES rpps_import (id) ON DELETE CASCADE,
  identifiant_pp  text NOT NULL,
  commune_code    text NOT NULL,
  mode_exercice   text,                        -- L libéral, S salarié, B bénévole
  finess_site     text,
  siret_site      text,
  ligne           integer NOT NULL,
  PRIMARY KEY (import_id, identifiant_pp, commune_code, ligne)
);
CREATE INDEX medecin_generaliste_site_commune_idx ON medecin_generaliste_site (commune_code);
