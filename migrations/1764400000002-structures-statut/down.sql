UPDATE structure SET statut = 'ouverte' WHERE statut = 'non précisé';
ALTER TABLE structure DROP CONSTRAINT structure_statut_check;
ALTER TABLE structure ADD CONSTRAINT structure_statut_check CHECK (statut IN ('projet', 'ouverte', 'fermee'));
