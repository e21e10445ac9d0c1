-- Official files uploaded from the « Données » screen (ADR 0005): received on disk, analysed without writing,
-- validated by the user, then imported in one transaction; every load that changes data is a dataset version.

-- One upload: its file, its state, its validation report. Progress while it runs lives in the server's memory.
CREATE TABLE televersement (
  id                  uuid PRIMARY KEY,
  type                text NOT NULL,                  -- uploadable file type (finess, rpps, zonage, cpts-communes…)
  statut              text NOT NULL CHECK (statut IN ('analyse', 'pret', 'refuse', 'import', 'importe', 'echec', 'annule')),
  fichier             text NOT NULL,                  -- name given by the browser
  taille              bigint NOT NULL,
  empreinte           text NOT NULL,                  -- sha256 of the bytes received
  chemin              text,                           -- file in the data folder while the upload is pending, NULL once cleaned
  metadonnees         jsonb NOT NULL DEFAULT '{}',    -- fields sent with the file (arrêté number, dates, profession…)
  rapport             jsonb,                          -- validation report (rows, skipped rows, coverage, differences)
  erreur              jsonb,                          -- French message and details when refused or failed
  auteur_id           uuid,
  auteur_email        text NOT NULL,
  auteur_role         text NOT NULL,
  auteur_territoires  jsonb NOT NULL DEFAULT '[]',
  version_id          integer,                        -- dataset version created by the import
  traite_par          text,                           -- host:pid of the server running its analysis or import
  cree_le             timestamptz NOT NULL DEFAULT now(),
  modifie_le          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX televersement_statut_idx ON televersement (statut, modifie_le);

-- Rows of an upload being analysed, normalised by its file type: compared with the version in place, then
-- imported from here. Written in bounded batches; never read by the application's answers.
CREATE TABLE televersement_ligne (
  televersement_id  uuid NOT NULL REFERENCES televersement (id) ON DELETE CASCADE,
  numero            integer NOT NULL,                 -- line number in the file (first line of the record)
  cle               text NOT NULL,                    -- what identifies the row across versions (FINESS number, commune…)
  donnees           jsonb NOT NULL,
  PRIMARY KEY (televersement_id, numero)
);
CREATE INDEX televersement_ligne_cle_idx ON televersement_ligne (televersement_id, cle);

-- Every load of a dataset that changed data: shipped (geo-data/), uploaded, or published from the zonage cockpit.
--   jeu          the dataset as users know it (finess, rpps, zonage-medecins…), shared by its shipped and uploaded loads
--   couverture   [{theme, niveau, code}] the territories this load replaced and is complete for
--   restauration what the file type needs to undo the load (small; larger snapshots in version_jeu_archive)
--   statut       en_place, or retiree once rolled back (the state before it was restored)
CREATE TABLE version_jeu (
  id                serial PRIMARY KEY,
  jeu               text NOT NULL,
  origine           text NOT NULL CHECK (origine IN ('livre', 'televerse', 'cockpit')),
  type_fichier      text,
  televersement_id  uuid REFERENCES televersement (id) ON DELETE SET NULL,
  libelle           text NOT NULL,
  source            text NOT NULL,
  millesime         text NOT NULL,
  couverture        jsonb NOT NULL DEFAULT '[]',
  fichier           text,
  empreinte         text,
  lignes            integer NOT NULL DEFAULT 0,
  ecartees          integer NOT NULL DEFAULT 0,
  bilan             jsonb NOT NULL DEFAULT '{}',
  restauration      jsonb,
  statut            text NOT NULL DEFAULT 'en_place' CHECK (statut IN ('en_place', 'retiree')),
  auteur_id         uuid,
  auteur_email      text,
  importe_le        timestamptz NOT NULL DEFAULT now(),
  retiree_le        timestamptz,
  retiree_par       text
);
CREATE INDEX version_jeu_jeu_idx ON version_jeu (jeu, id DESC);

-- Rows an import replaced, kept so that the version before it can be restored (e.g. the FINESS structures of
-- the départements a new extract covered). `nature` names what the rows are; `donnees` is one row as JSON.
CREATE TABLE version_jeu_archive (
  version_id  integer NOT NULL REFERENCES version_jeu (id) ON DELETE CASCADE,
  nature      text NOT NULL,
  donnees     jsonb NOT NULL
);
CREATE INDEX version_jeu_archive_idx ON version_jeu_archive (version_id, nature);
