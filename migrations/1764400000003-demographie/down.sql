DROP TABLE IF EXISTS medecin_generaliste_site;
DROP TABLE IF EXISTS rpps_import;
DROP TABLE IF EXISTS rpps_medecins_commune;
DROP TABLE IF EXISTS medecins_generalistes_departement;
DROP TABLE IF EXISTS indicateur_bassin_de_vie;
DROP TABLE IF EXISTS commune_bassin_de_vie;
DROP TABLE IF EXISTS bassin_de_vie;
