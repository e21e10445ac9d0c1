DROP FUNCTION IF EXISTS zonage_classes_a_date(text, date);
DROP FUNCTION IF EXISTS communes_du_territoire(text, text);
DROP VIEW IF EXISTS structure_soins_mg;
