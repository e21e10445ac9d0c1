-- GP supply estimated from the published APL (distance model), per DREES vintage: the default supply of the full
-- recompute (user parameters, scenarios) until a supply built from individual activity is imported into
-- offre_mg_commune, which then takes precedence. Filled by the dataset « offre-estimee » at import.
CREATE TABLE offre_mg_estimee (
  annee                  integer NOT NULL,          -- DREES vintage whose APL was inverted (no FK: an APL re-import keeps it)
  commune_code           text NOT NULL REFERENCES commune (code) ON DELETE CASCADE,
  consultations          real NOT NULL CHECK (consultations >= 0),          -- S_j, all ages (consultations a year)
  consultations_65_plus  real NOT NULL CHECK (consultations_65_plus >= 0),  -- part of S_j from GPs over 65
  PRIMARY KEY (annee, commune_code),
  CHECK (consultations_65_plus <= consultations * 1.000001)
);

-- How well the engine on that supply reproduces the published APL and APL<65, and the cross-check of implied GP
-- full-time equivalents per département against the ameli headcounts (reported as computed, shown on screen).
CREATE TABLE offre_mg_estimee_ajustement (
  annee        integer PRIMARY KEY,
  source       text NOT NULL,
  parametres   jsonb NOT NULL,   -- support, weighting, solver settings and its convergence
  ajustement   jsonb NOT NULL,   -- {apl: MesureAjustement, aplMoins65: MesureAjustement}
  effectifs    jsonb NOT NULL,   -- ComparaisonEffectifs
  duree_ms     integer NOT NULL,
  calcule_le   timestamptz NOT NULL DEFAULT now()
);
