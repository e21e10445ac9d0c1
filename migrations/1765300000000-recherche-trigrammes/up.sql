-- Territory search tolerant of spelling mistakes (« Bordo » → Bordeaux): trigram indexes on the normalised names
-- (lower case, no accents, no punctuation), used by the word-similarity operator `<%` of pg_trgm.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX IF NOT EXISTS commune_nom_recherche_trgm ON commune USING gin (nom_recherche gin_trgm_ops);
CREATE INDEX IF NOT EXISTS epci_nom_recherche_trgm ON epci USING gin (nom_recherche gin_trgm_ops);
CREATE INDEX IF NOT EXISTS departement_nom_recherche_trgm ON departement USING gin (nom_recherche gin_trgm_ops);
CREATE INDEX IF NOT EXISTS region_nom_recherche_trgm ON region USING gin (nom_recherche gin_trgm_ops);

-- Postal codes (42000 → Saint-Étienne): `codes_postaux @> ARRAY[$code]` through this index, not a scan of the communes.
CREATE INDEX IF NOT EXISTS commune_codes_postaux_gin ON commune USING gin (codes_postaux);
