ALTER TABLE rpps_import DROP COLUMN IF EXISTS televersement_id;
ALTER TABLE rpps_import DROP COLUMN IF EXISTS auteur_email;
DROP TABLE IF EXISTS rpps_import_departement;
DROP INDEX IF EXISTS medecin_generaliste_site_import_dep_idx;
ALTER TABLE medecin_generaliste_site DROP COLUMN IF EXISTS departement_code;
