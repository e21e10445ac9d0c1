import type { NextFunction, Request, Response } from 'express';
import { ETAT_INITIAL, EtatImport } from './etat-import';
import { refuserPendantImport } from './refus-pendant-import';

function appeler(etat: EtatImport, chemin: string) {
  const res: { statut: number; entetes: Record<string, string>; corps: unknown } = { statut: 0, entetes: {}, corps: undefined };
  const reponse = {
    status(s: number) {
      res.statut = s;
      return this;
    },
    setHeader(n: string, v: string) {
      res.entetes[n] = v;
      return this;
    },
    json(c: unknown) {
      res.corps = c;
      return this;
    },
  } as unknown as Response;
  const suite = jest.fn() as NextFunction;
  refuserPendantImport(() => etat)({ path: chemin } as Request, reponse, suite);
  return { res, suite };
}

describe('API answers during the start-up import', () => {
  const enCours: EtatImport = { ...ETAT_INITIAL, enCours: true, jeuxTotal: 12, jeuxTermines: 4, jeuEnCours: 'acces', etape: 'APL', fait: 50, total: 100 };

  it('refuses a data route at once with 503, the progress and Retry-After', () => {
    const { res, suite } = appeler(enCours, '/api/territoires/recherche');
    expect(suite).not.toHaveBeenCalled();
    expect(res.statut).toBe(503);
    expect(res.entetes['Retry-After']).toBe('5');
    expect(res.corps).toMatchObject({
      code: 'DONNEES_NON_CHARGEES',
      message: 'Chargement des données ouvertes en cours (38 %, jeu 5 sur 12 : APL) : réessayez dans quelques secondes.',
      chargement: { pourcentage: 38, jeuxTermines: 4, jeuxTotal: 12 },
    });
  });

  it('lets the readiness probe, the API documentation and the dashboard through', () => {
    for (const chemin of ['/api/sante', '/api/docs', '/api/docs/swagger.json', '/', '/glyphes/x.pbf'])
      expect(appeler(enCours, chemin).suite).toHaveBeenCalled();
  });

  it('serves everything once no import runs', () => {
    expect(appeler(ETAT_INITIAL, '/api/territoires/recherche').suite).toHaveBeenCalled();
  });
});
