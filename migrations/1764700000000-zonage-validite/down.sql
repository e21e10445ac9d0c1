DROP TABLE IF EXISTS zonage_version_region;
DELETE FROM zonage_version WHERE profession NOT IN ('medecin', 'infirmier');
ALTER TABLE zonage_version DROP CONSTRAINT zonage_version_profession_check;
ALTER TABLE zonage_version ADD CONSTRAINT zonage_version_profession_check CHECK (profession IN ('medecin', 'infirmier'));
ALTER TABLE zonage_version
  DROP CONSTRAINT zonage_version_fin_presumee_check,
  DROP CONSTRAINT zonage_version_origine_check,
  DROP COLUMN modifie_le,
  DROP COLUMN auteur,
  DROP COLUMN origine,
  DROP COLUMN source_fin_presumee,
  DROP COLUMN motif_fin_presumee,
  DROP COLUMN fin_presumee,
  DROP COLUMN lien_arrete;
