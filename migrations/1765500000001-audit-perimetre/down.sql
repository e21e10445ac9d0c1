-- The computations' rows removed by up.sql are not restored (they were not writes).
ALTER TABLE journal_audit DROP COLUMN IF EXISTS perimetre;
