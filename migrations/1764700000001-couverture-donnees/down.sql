DROP FUNCTION IF EXISTS couverture_commune(text, text);
DROP TABLE IF EXISTS couverture_jeu;
