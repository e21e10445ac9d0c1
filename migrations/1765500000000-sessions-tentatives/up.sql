-- Sessions that end: every token carries its account's session version; changing the password, the role,
-- deactivating the account or « se déconnecter partout » increments it, and older tokens are refused.
ALTER TABLE utilisateur ADD COLUMN version_session integer NOT NULL DEFAULT 1;

-- Failed logins as counters, one row per key (`ip:…`, `compte-ip:…`, `compte:…`), counted before the password
-- is checked by one INSERT … ON CONFLICT DO UPDATE: the row lock orders parallel attempts (issue 10, item 7).
CREATE TABLE tentative_connexion (
  cle      text PRIMARY KEY,
  echecs   integer NOT NULL,
  debut    timestamptz NOT NULL,   -- start of the counting window
  dernier  timestamptz NOT NULL    -- last attempt counted (progressive delays run from it)
);
CREATE INDEX tentative_connexion_dernier_idx ON tentative_connexion (dernier);

DROP TABLE echec_connexion;
