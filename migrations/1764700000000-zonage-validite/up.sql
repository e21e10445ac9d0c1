-- Zonage versions v2 (ADR 0004): every version says how long it is valid, what the arrêté is, where it comes from.
--  * `fin` is the known end (the arrêté's own end, or the day before the next version of the same ARS starts).
--  * `fin_presumee` is the end we *presume* when none is known — e.g. the national 2024-2025 export, replaced by the
--    ARS zonages of 2026 (arrêté du 9 mai 2025) that are not loaded: past it, answers say the zonage in force at that
--    date is not loaded instead of applying the old classes as if they were current. A national version can carry a
--    different presumed end per région (zonage_version_region).
--  * `origine`: shipped with the product (`livre`), uploaded from an arrêté file (`televerse`), published from a
--    zonage draft in the ARS cockpit (`cockpit`).
ALTER TABLE zonage_version
  ADD COLUMN lien_arrete text,
  ADD COLUMN fin_presumee date,
  ADD COLUMN motif_fin_presumee text,
  ADD COLUMN source_fin_presumee text,
  ADD COLUMN origine text NOT NULL DEFAULT 'livre',
  ADD COLUMN auteur text,
  ADD COLUMN modifie_le timestamptz,
  ADD CONSTRAINT zonage_version_origine_check CHECK (origine IN ('livre', 'televerse', 'cockpit')),
  ADD CONSTRAINT zonage_version_fin_presumee_check CHECK (fin_presumee IS NULL OR fin_presumee >= debut);

UPDATE zonage_version SET origine = 'televerse' WHERE jeu IS NULL;

-- Professions whose zonage can be loaded (only médecins and infirmiers are shipped; the others can be uploaded).
ALTER TABLE zonage_version DROP CONSTRAINT zonage_version_profession_check;
ALTER TABLE zonage_version ADD CONSTRAINT zonage_version_profession_check
  CHECK (profession IN ('medecin', 'infirmier', 'sage-femme', 'masseur-kinesitherapeute', 'chirurgien-dentiste', 'orthophoniste', 'orthoptiste'));

-- Presumed end of a national version in one région (the ARS of each région replaces it on its own date).
CREATE TABLE zonage_version_region (
  version_id    integer NOT NULL REFERENCES zonage_version (id) ON DELETE CASCADE,
  region_code   text NOT NULL,
  fin_presumee  date,                          -- NULL: no presumed end known in this région
  motif         text NOT NULL,                 -- shown to users: why the version is presumed over there
  source        text,                          -- URL of the ARS page or text
  PRIMARY KEY (version_id, region_code)
);
