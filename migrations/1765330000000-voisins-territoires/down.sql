DROP TABLE IF EXISTS territoire_voisin;
