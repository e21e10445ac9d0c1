-- A coverage row may hold only for a period: a zonage version loaded for a région applies from its start to its end
-- (ADR 0004). Null bounds: the row holds whatever the date (every other dataset).
ALTER TABLE couverture_jeu ADD COLUMN debut date;
ALTER TABLE couverture_jeu ADD COLUMN fin date;
ALTER TABLE couverture_jeu ADD CONSTRAINT couverture_jeu_validite CHECK (debut IS NULL OR fin IS NULL OR fin >= debut);
-- Zonage uploads recorded their start date as the vintage.
UPDATE couverture_jeu SET debut = millesime::date WHERE theme LIKE 'zonage-%' AND millesime ~ '^\d{4}-\d{2}-\d{2}$';
