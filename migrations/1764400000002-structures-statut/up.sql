-- Some listings (ARS PACA CPTS, January 2026) do not give the status of each structure: say so rather than guess.
ALTER TABLE structure DROP CONSTRAINT structure_statut_check;
ALTER TABLE structure ADD CONSTRAINT structure_statut_check CHECK (statut IN ('projet', 'ouverte', 'fermee', 'non précisé'));
