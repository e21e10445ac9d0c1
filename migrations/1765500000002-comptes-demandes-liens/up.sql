-- Access requests from newcomers (public form, or a first ProConnect login without an account), approved or
-- refused by an administrator, who grants the role and the territories (issue 10, items 16 and 17).
CREATE TABLE demande_acces (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  email          text NOT NULL CHECK (email = lower(email)),
  nom            text,
  organisation   text,
  role_souhaite  text CHECK (role_souhaite IN ('elu', 'porteur', 'ars')),
  territoires    jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(territoires) = 'array'),
  motif          text,
  oidc_sujet     text,              -- the ProConnect subject, when the request comes from a first ProConnect login
  statut         text NOT NULL DEFAULT 'en_attente' CHECK (statut IN ('en_attente', 'approuvee', 'refusee')),
  cree_le        timestamptz NOT NULL DEFAULT now(),
  traitee_le     timestamptz,
  traitee_par    uuid REFERENCES utilisateur (id) ON DELETE SET NULL,
  compte_id      uuid REFERENCES utilisateur (id) ON DELETE SET NULL
);
-- One pending request per e-mail (a new one updates it).
CREATE UNIQUE INDEX demande_acces_en_attente_idx ON demande_acces (email) WHERE statut = 'en_attente';
CREATE INDEX demande_acces_statut_idx ON demande_acces (statut, cree_le DESC);

-- One-time links to set a password, given by an administrator to the person (new account, forgotten password).
-- Only the SHA-256 of the link's secret is kept: the database alone does not give a usable link.
CREATE TABLE lien_mot_de_passe (
  empreinte       text PRIMARY KEY,
  utilisateur_id  uuid NOT NULL REFERENCES utilisateur (id) ON DELETE CASCADE,
  expire_le       timestamptz NOT NULL,
  utilise_le      timestamptz,
  cree_le         timestamptz NOT NULL DEFAULT now(),
  cree_par        uuid REFERENCES utilisateur (id) ON DELETE SET NULL
);
CREATE INDEX lien_mot_de_passe_utilisateur_idx ON lien_mot_de_passe (utilisateur_id);
