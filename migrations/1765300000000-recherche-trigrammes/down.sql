DROP INDEX IF EXISTS commune_codes_postaux_gin;
DROP INDEX IF EXISTS region_nom_recherche_trgm;
DROP INDEX IF EXISTS departement_nom_recherche_trgm;
DROP INDEX IF EXISTS epci_nom_recherche_trgm;
DROP INDEX IF EXISTS commune_nom_recherche_trgm;
DROP EXTENSION IF EXISTS pg_trgm;
