DROP TABLE IF EXISTS echec_connexion;
DROP TABLE IF EXISTS utilisateur;
