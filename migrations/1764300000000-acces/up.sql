-- Accès aux soins de médecine générale (APL, DREES) : valeurs officielles par commune, paires de communes à moins
-- de 20 minutes (modèle de temps de trajet), offre de soins par commune pour le recalcul complet.

-- Millésimes DREES chargés : source, année de population et paramètres publiés (feuille « Paramètres »).
CREATE TABLE apl_millesime (
  annee              integer PRIMARY KEY,          -- millésime de l'APL (ex. 2023)
  annee_population   integer NOT NULL,             -- population standardisée / totale utilisée (ex. 2021)
  source             text NOT NULL,                -- libellé complet de la source
  poids_age          jsonb NOT NULL                -- [{tranche, poids}] de la feuille Paramètres pour ce millésime
);

-- APL officielle par commune du COG 2026 (communes fusionnées agrégées : APL pondérée par la population
-- standardisée, populations sommées). Mayotte n'a pas d'APL (champ DREES : France hors Mayotte).
CREATE TABLE apl_commune (
  commune_code             text NOT NULL REFERENCES commune (code) ON DELETE CASCADE,
  annee                    integer NOT NULL REFERENCES apl_millesime (annee) ON DELETE CASCADE,
  apl                      real NOT NULL,
  apl_moins_65             real NOT NULL,
  population_standardisee  real NOT NULL,
  population_totale        integer NOT NULL,
  codes_source             text[] NOT NULL,       -- codes COG 2022/2023 agrégés dans cette commune 2026
  PRIMARY KEY (commune_code, annee)
);
CREATE INDEX apl_commune_annee_idx ON apl_commune (annee);

-- Paires de communes à 20 minutes au plus (portée de l'APL), dans les deux sens, plus la paire (c, c).
-- Temps approché : distance à vol d'oiseau × facteur de détour ÷ vitesse (approximation du distancier
-- INSEE Metric, absent hors ligne) ; paramètres dans geo-data/acces/modele-trajet.json et GET /api/acces/parametres.
CREATE TABLE trajet (
  origine_code      text NOT NULL,
  destination_code  text NOT NULL,
  distance_km       real NOT NULL,
  minutes           real NOT NULL,
  PRIMARY KEY (origine_code, destination_code)
);
CREATE INDEX trajet_destination_idx ON trajet (destination_code);

-- Offre de médecine générale par commune (actes retenus par an, après plafonds DREES), remplie par un import
-- (RPPS + activité). Vide par défaut : la simulation s'appuie alors sur l'APL officielle (formule incrémentale).
CREATE TABLE offre_mg_commune (
  commune_code            text PRIMARY KEY REFERENCES commune (code) ON DELETE CASCADE,
  consultations           real NOT NULL CHECK (consultations >= 0),
  consultations_65_plus   real NOT NULL DEFAULT 0 CHECK (consultations_65_plus >= 0),
  medecins                integer,
  medecins_65_plus        integer,
  source                  text NOT NULL,
  millesime               text NOT NULL,
  CHECK (consultations_65_plus <= consultations)
);
