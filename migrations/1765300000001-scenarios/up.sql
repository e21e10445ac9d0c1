-- Simulation scenarios saved by a connected account (issue 14): a name and the changes of the GP supply, as
-- POST /api/acces/simulation takes them. Private to their account: nobody else lists or opens them.
CREATE TABLE scenario_simulation (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  utilisateur_id  uuid NOT NULL REFERENCES utilisateur (id) ON DELETE CASCADE,
  nom             text NOT NULL CHECK (char_length(nom) BETWEEN 1 AND 120),
  -- [{"type": "ouverture_msp", "commune": "23031", "nombre": 3}, {"type": "depart_retraite", "territoire": "departement:42"}]
  changements     jsonb NOT NULL CHECK (jsonb_typeof(changements) = 'array'),
  cree_le         timestamptz NOT NULL DEFAULT now()
);
-- One name per account (case-insensitive): « Reopen » by name is unambiguous.
CREATE UNIQUE INDEX scenario_simulation_nom_idx ON scenario_simulation (utilisateur_id, lower(nom));
