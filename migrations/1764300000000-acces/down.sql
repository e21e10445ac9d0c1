DROP TABLE IF EXISTS offre_mg_commune;
DROP TABLE IF EXISTS trajet;
DROP TABLE IF EXISTS apl_commune;
DROP TABLE IF EXISTS apl_millesime;
