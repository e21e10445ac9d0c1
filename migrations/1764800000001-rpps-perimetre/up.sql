-- RPPS imports are scoped (ADR 0005, issue 10 finding 6): an ARS loads its région, an administrator what the
-- file covers (the whole country for a national extract). Each site carries its commune's département, and each
-- département is served by exactly one import: a new import takes over the départements it covers and leaves
-- the others to the imports that had them.
ALTER TABLE medecin_generaliste_site ADD COLUMN departement_code text;
UPDATE medecin_generaliste_site s SET departement_code = c.departement_code FROM commune c WHERE c.code = s.commune_code;
CREATE INDEX medecin_generaliste_site_import_dep_idx ON medecin_generaliste_site (import_id, departement_code);

CREATE TABLE rpps_import_departement (
  departement_code  text PRIMARY KEY,
  import_id         integer NOT NULL REFERENCES rpps_import (id) ON DELETE CASCADE
);
-- The import active before this migration keeps the départements it has sites in.
INSERT INTO rpps_import_departement (departement_code, import_id)
  SELECT DISTINCT s.departement_code, s.import_id FROM medecin_generaliste_site s JOIN rpps_import i ON i.id = s.import_id
   WHERE i.actif AND s.departement_code IS NOT NULL
  ON CONFLICT DO NOTHING;
ALTER TABLE rpps_import ADD COLUMN auteur_email text;
-- The upload it comes from: its sites are written before the import's transaction, invisible until the import
-- takes over its départements (actif = published); an upload that fails or is cancelled drops them.
ALTER TABLE rpps_import ADD COLUMN televersement_id uuid;
