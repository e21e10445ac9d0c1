DROP TABLE IF EXISTS lien_mot_de_passe;
DROP TABLE IF EXISTS demande_acces;
