DROP TABLE IF EXISTS version_jeu_archive;
DROP TABLE IF EXISTS version_jeu;
DROP TABLE IF EXISTS televersement_ligne;
DROP TABLE IF EXISTS televersement;
