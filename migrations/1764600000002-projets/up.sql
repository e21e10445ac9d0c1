-- Health-care facility projects followed by elected officials, project leads and ARS planners:
-- MSP (maison de santé pluriprofessionnelle), PSP (pôle de santé), CPTS, centre de santé.
CREATE TABLE projet (
  id                     uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  nom                    text NOT NULL,
  type                   text NOT NULL CHECK (type IN ('msp', 'psp', 'cpts', 'centre_sante')),
  etape                  text NOT NULL DEFAULT 'idee' CHECK (etape IN ('idee', 'diagnostic', 'etude_faisabilite', 'projet_sante',
                                                       'montage_juridique', 'financement', 'travaux', 'ouverture')),
  -- Territory: the main commune (scope checks, neighbours) and, for a CPTS or multi-site project, the others.
  commune_code           text NOT NULL REFERENCES commune (code),
  communes_couvertes     text[] NOT NULL DEFAULT '{}',
  sites                  geometry(MultiPoint, 4326),
  porteur_type           text NOT NULL CHECK (porteur_type IN ('collectivite', 'professionnels', 'etablissement', 'association', 'autre')),
  porteur_nom            text NOT NULL,
  -- [{"profession": "medecin_generaliste", "nombre": 3}]
  professionnels         jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(professionnels) = 'array'),
  projet_sante_valide    boolean NOT NULL DEFAULT false,
  projet_sante_date      date,
  forme_juridique        text CHECK (forme_juridique IN ('sisa', 'scm', 'sci', 'association', 'gcs', 'centre_sante_municipal', 'spl', 'autre')),
  -- [{"aide": "FIR ARS", "financeur": "ARS", "montant": 50000, "statut": "demande"}]
  plan_financement       jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(plan_financement) = 'array'),
  date_lancement         date,
  date_ouverture_prevue  date,
  date_ouverture         date,
  -- [{"titre": "Projet de santé", "url": "https://…"}]
  documents              jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(documents) = 'array'),
  proprietaire_id        uuid REFERENCES utilisateur (id) ON DELETE SET NULL,
  cree_le                timestamptz NOT NULL DEFAULT now(),
  modifie_le             timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX projet_commune_idx ON projet (commune_code);
CREATE INDEX projet_proprietaire_idx ON projet (proprietaire_id);
CREATE INDEX projet_sites_gix ON projet USING gist (sites);
