-- Zones rouges (mission de solidarité territoriale « Un médecin près de chez vous », list of 151 EPCI published by the
-- ministère de la Santé in June 2025). No open file exists: the shipped list is PARTIAL (55 of 151, from public pages);
-- an admin or ARS account can upload the complete list (EPCI SIREN codes), which replaces it (history kept).
CREATE TABLE zone_rouge_liste (
  id                 serial PRIMARY KEY,
  libelle            text NOT NULL,
  date_liste         date NOT NULL,             -- publication of the list (June 2025)
  nb_attendu         integer NOT NULL,          -- 151
  partielle          boolean NOT NULL,
  regions_completes  text[] NOT NULL DEFAULT '{}',  -- régions whose EPCI are all listed
  source             text NOT NULL,
  origine            text NOT NULL CHECK (origine IN ('livre', 'televerse')),
  jeu                text,                      -- shipped dataset code
  fichier            text,
  auteur             text,
  active             boolean NOT NULL DEFAULT true,
  cree_le            timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE zone_rouge_epci (
  liste_id   integer NOT NULL REFERENCES zone_rouge_liste (id) ON DELETE CASCADE,
  siren      text NOT NULL,                     -- EPCI SIREN (COG 2026)
  nom        text NOT NULL,
  sources    text[] NOT NULL DEFAULT '{}',
  note       text,
  PRIMARY KEY (liste_id, siren)
);
CREATE INDEX zone_rouge_epci_siren_idx ON zone_rouge_epci (siren);
