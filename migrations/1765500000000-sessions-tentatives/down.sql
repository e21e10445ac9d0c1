CREATE TABLE echec_connexion (
  id     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  email  text NOT NULL,
  ip     text NOT NULL,
  le     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX echec_connexion_email_idx ON echec_connexion (email, le);
CREATE INDEX echec_connexion_ip_idx ON echec_connexion (ip, le);

DROP TABLE IF EXISTS tentative_connexion;
ALTER TABLE utilisateur DROP COLUMN IF EXISTS version_session;
