DROP TABLE IF EXISTS zone_rouge_epci;
DROP TABLE IF EXISTS zone_rouge_liste;
