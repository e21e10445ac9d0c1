-- Audit log: every write, who, when, what changed (before/after as JSON). Append-only for the API.
CREATE TABLE journal_audit (
  id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  le                 timestamptz NOT NULL DEFAULT now(),
  utilisateur_id     uuid,                     -- NULL: anonymous (login attempts) or system (imports)
  utilisateur_email  text,
  role               text,
  action             text NOT NULL,            -- creation, modification, suppression, connexion, or HTTP method
  ressource          text NOT NULL,            -- e.g. projet, compte, aide
  ressource_id       text,
  avant              jsonb,
  apres              jsonb,
  methode            text,
  chemin             text,
  ip                 text
);
CREATE INDEX journal_audit_le_idx ON journal_audit (le DESC);
CREATE INDEX journal_audit_ressource_idx ON journal_audit (ressource, ressource_id);
CREATE INDEX journal_audit_utilisateur_idx ON journal_audit (utilisateur_id);
