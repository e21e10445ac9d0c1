-- Accounts and roles. Passwords are argon2id hashes (PHC string); an account created through the state's
-- identity provider (OIDC, ProConnect) may have no local password.
CREATE TABLE utilisateur (
  id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  email              text NOT NULL UNIQUE CHECK (email = lower(email)),
  nom                text,
  mot_de_passe_hash  text,
  role               text NOT NULL CHECK (role IN ('elu', 'porteur', 'ars', 'admin')),
  -- Territories the account acts for: [{"type":"region","code":"76"}, {"type":"commune","code":"42218"}]
  territoires        jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(territoires) = 'array'),
  actif              boolean NOT NULL DEFAULT true,
  oidc_sujet         text UNIQUE,
  cree_le            timestamptz NOT NULL DEFAULT now(),
  modifie_le         timestamptz NOT NULL DEFAULT now(),
  derniere_connexion timestamptz
);

-- Failed logins, kept in the database (not in memory) so that throttling holds across API replicas.
-- Rows older than the throttling window are purged on each failed attempt.
CREATE TABLE echec_connexion (
  id     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  email  text NOT NULL,
  ip     text NOT NULL,
  le     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX echec_connexion_email_idx ON echec_connexion (email, le);
CREATE INDEX echec_connexion_ip_idx ON echec_connexion (ip, le);
