DROP TABLE IF EXISTS cpts_perimetre;
DROP TABLE IF EXISTS cpts_commune;
DROP TABLE IF EXISTS structure;
