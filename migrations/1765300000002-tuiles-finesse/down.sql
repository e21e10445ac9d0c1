DROP FUNCTION IF EXISTS maillage_tuile(text, integer, integer, integer, integer, boolean);
