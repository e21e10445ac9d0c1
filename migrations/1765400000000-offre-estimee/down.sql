DROP TABLE IF EXISTS offre_mg_estimee_ajustement;
DROP TABLE IF EXISTS offre_mg_estimee;
