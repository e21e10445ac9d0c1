-- Coverage as data (ADR 0005): the territories each loaded dataset is complete for, recorded at import.
-- A figure drawn from a dataset exists only where the dataset covers the territory; elsewhere the API answers
-- null with the reason and how to load the missing data — never 0.
--   theme   what the data answers (structures FINESS, CPTS members, RPPS GPs, zonage of a profession, QPV, APL…)
--   niveau  'national' (code ''), 'region' or 'departement' (code = INSEE code of the région / département)
--   jeu     the dataset (shipped code, or the upload that brought it) — a re-import replaces that dataset's rows
--   complet false: the dataset is known to be partial there (e.g. QPV 2024 list: 1,493 of about 1,600 QPV)
CREATE TABLE couverture_jeu (
  theme      text NOT NULL,
  niveau     text NOT NULL CHECK (niveau IN ('national', 'region', 'departement')),
  code       text NOT NULL DEFAULT '',
  jeu        text NOT NULL,
  millesime  text NOT NULL,
  complet    boolean NOT NULL DEFAULT true,
  note       text,
  PRIMARY KEY (theme, niveau, code, jeu),
  CHECK ((niveau = 'national') = (code = ''))
);
CREATE INDEX couverture_jeu_jeu_idx ON couverture_jeu (jeu);

-- true: complete for the commune; false: known partial there; NULL: not covered at all.
CREATE FUNCTION couverture_commune(p_theme text, p_commune text)
RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT bool_or(cj.complet)
    FROM couverture_jeu cj JOIN commune c ON c.code = p_commune
   WHERE cj.theme = p_theme
     AND (cj.niveau = 'national'
          OR (cj.niveau = 'region' AND cj.code = c.region_code)
          OR (cj.niveau = 'departement' AND cj.code = c.departement_code))
$$;
