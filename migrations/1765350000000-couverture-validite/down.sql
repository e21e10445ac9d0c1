ALTER TABLE couverture_jeu DROP CONSTRAINT IF EXISTS couverture_jeu_validite;
ALTER TABLE couverture_jeu DROP COLUMN IF EXISTS fin;
ALTER TABLE couverture_jeu DROP COLUMN IF EXISTS debut;
