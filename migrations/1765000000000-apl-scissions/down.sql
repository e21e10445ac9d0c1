ALTER TABLE apl_commune DROP COLUMN IF EXISTS scission;
