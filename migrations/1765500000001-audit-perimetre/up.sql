-- Audit entries are read like the resources they describe (issue 10, item 5): each entry keeps the distinct
-- (région, département) pairs of the communes it is about. An ARS planner reads the entries whose pairs all lie
-- in its régions or départements; NULL (accounts, logins, national data) is for administrators only.
ALTER TABLE journal_audit ADD COLUMN perimetre jsonb CHECK (perimetre IS NULL OR jsonb_typeof(perimetre) = 'array');

-- Past project entries: their commune before and after the change.
UPDATE journal_audit j
   SET perimetre = (SELECT jsonb_agg(DISTINCT jsonb_build_object('region', c.region_code, 'departement', c.departement_code))
                      FROM commune c
                     WHERE c.code IN (j.avant->>'communeCode', j.apres->>'communeCode'))
 WHERE j.ressource = 'projet';

-- The log holds writes: the anonymous computations it recorded (eligibility, simulation, selection, one row
-- per visitor's question with its body) are not writes and are now counted in metrics instead (item 14).
DELETE FROM journal_audit
 WHERE methode = 'POST'
   AND chemin IN ('/api/acces/selection', '/api/acces/simulation', '/api/aides/eligibilite', '/api/aides/eligibilite/imprimable');
