-- Communes split after a DREES vintage (re-created communes, communes déléguées that left a commune nouvelle): the
-- DREES counted all the inhabitants of the former commune in one code. scission records it per vintage (role parent
-- or enfant, the commune before the split with its DREES population, the current communes that share it, whether the
-- APL shown is the one published for the former commune); NULL for every other commune.
ALTER TABLE apl_commune ADD COLUMN scission jsonb;
