-- Neighbours of each territory, per level (the territories of the same level whose contour touches or overlaps its
-- own), computed once at the territories import instead of intersecting contours for every card (issue 10, load).
-- Filled here for a database imported before this table existed; the territories import fills it again.
CREATE TABLE territoire_voisin (
  type        text NOT NULL CHECK (type IN ('commune', 'epci', 'departement', 'region')),
  code        text NOT NULL,
  voisin_code text NOT NULL,
  PRIMARY KEY (type, code, voisin_code)
);
INSERT INTO territoire_voisin (type, code, voisin_code)
SELECT 'commune', t.code, n.code FROM commune t JOIN commune n ON n.code <> t.code AND n.geom && t.geom AND ST_Intersects(n.geom, t.geom)
UNION ALL
SELECT 'epci', t.code, n.code FROM epci t JOIN epci n ON n.code <> t.code AND n.geom && t.geom AND ST_Intersects(n.geom, t.geom)
UNION ALL
SELECT 'departement', t.code, n.code FROM departement t JOIN departement n ON n.code <> t.code AND n.geom && t.geom AND ST_Intersects(n.geom, t.geom)
UNION ALL
SELECT 'region', t.code, n.code FROM region t JOIN region n ON n.code <> t.code AND n.geom && t.geom AND ST_Intersects(n.geom, t.geom);
