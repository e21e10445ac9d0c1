-- Coverage queries of the care offer (GET /api/couverture/:type/:code), as documented SQL objects.

-- Structures that offer general-practice care: MSP, PSP, and centres de santé that are medical or whose
-- nature is not given (dental, nursing and eye centres excluded), open or with an unknown status.
CREATE VIEW structure_soins_mg AS
  SELECT s.id, s.type, s.nature, s.nom, s.commune_code, s.geom
    FROM structure s
   WHERE s.commune_code IS NOT NULL
     AND s.statut IN ('ouverte', 'non précisé')
     AND (s.type IN ('msp', 'psp') OR (s.type = 'cds' AND s.nature IN ('medical', 'non précisée')));

-- Communes (COG 2026) of a territory: commune, epci, departement, region, or cpts (its member communes,
-- p_code = structure id). A Marseille CPTS covering some arrondissements yields the whole commune 13055.
CREATE FUNCTION communes_du_territoire(p_type text, p_code text)
RETURNS TABLE (code text, population integer, region_code text)
LANGUAGE sql STABLE AS $$
  SELECT c.code, c.population, c.region_code
    FROM commune c
   WHERE (p_type = 'commune' AND c.code = p_code)
      OR (p_type = 'epci' AND c.epci_code = p_code)
      OR (p_type = 'departement' AND c.departement_code = p_code)
      OR (p_type = 'region' AND c.region_code = p_code)
      OR (p_type = 'cpts' AND c.code IN (SELECT m.commune_code FROM cpts_commune m WHERE m.structure_id::text = p_code))
$$;

-- Class of every commune in the zonage of a profession at a date: the région's own version when an ARS
-- loaded one, else the national one; the most recent start wins (same rule as ZonageRepository.classesALaDate).
CREATE FUNCTION zonage_classes_a_date(p_profession text, p_date date)
RETURNS TABLE (commune_code text, classe text, version_id integer)
LANGUAGE sql STABLE AS $$
  SELECT DISTINCT ON (zc.commune_code) zc.commune_code, zc.classe, v.id
    FROM zonage_version v JOIN zonage_commune zc ON zc.version_id = v.id
   WHERE v.profession = p_profession AND v.niveau = 'commune'
     AND v.debut <= p_date AND (v.fin IS NULL OR v.fin >= p_date)
     AND (v.region_code IS NULL OR v.region_code = zc.region_code)
   ORDER BY zc.commune_code, (v.region_code IS NOT NULL) DESC, v.debut DESC, v.id DESC
$$;
