-- Aid catalogue (single window). Each aid is stored whole as data (`definition`: funder, targets, amount
-- table, criteria, sources — see backend/src/aides/regles/definition-aide.ts); a few columns are copied out
-- of it to filter by territory and validity. National aids come from geo-data/aides/catalogue.json
-- (origine 'catalogue', replaced at each import); local aids are created through the API (origine 'locale')
-- and never deleted by an import. Aids are not edited in place: a change is a new aid with its own validity,
-- so an answer for a past date can be reproduced.
CREATE TABLE aide (
  id                 text PRIMARY KEY,
  origine            text NOT NULL CHECK (origine IN ('catalogue', 'locale')),
  nom                text NOT NULL,
  territoire_type    text CHECK (territoire_type IN ('region', 'departement', 'epci', 'commune')),
  territoire_code    text,
  debut              date,                       -- NULL: before the catalogue's horizon
  fin                date,                       -- NULL: open-ended
  definition         jsonb NOT NULL,
  catalogue_version  text,                       -- version of the shipped catalogue (origine 'catalogue')
  cree_par           text,                       -- account id (origine 'locale')
  cree_le            timestamptz NOT NULL DEFAULT now(),
  CHECK ((territoire_type IS NULL) = (territoire_code IS NULL)),
  CHECK (fin IS NULL OR debut IS NULL OR fin >= debut)
);
CREATE INDEX aide_territoire_idx ON aide (territoire_type, territoire_code);

-- Every version of the shipped catalogue ever loaded, with its transversal rules (10-year rule…) and the
-- generic previous aids a user may declare: the answer names the version used and the one published at the
-- date asked.
CREATE TABLE aide_catalogue (
  version     text PRIMARY KEY,
  publie_le   date NOT NULL,
  contenu     jsonb NOT NULL,                    -- { verification, historique, regles, aidesAnterieuresGeneriques }
  charge_le   timestamptz NOT NULL DEFAULT now(),
  courant     boolean NOT NULL DEFAULT false
);
CREATE UNIQUE INDEX aide_catalogue_courant_idx ON aide_catalogue (courant) WHERE courant;
