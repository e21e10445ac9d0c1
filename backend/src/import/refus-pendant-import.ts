import type { NextFunction, Request, Response } from 'express';
import { EtatImport } from './etat-import';
import { libelleProgression, pourcentageImport } from './progression-import';

/** Routes that answer during the import: the readiness probe (from memory) and the API's documentation. */
const TOUJOURS_SERVIES = [/^\/api\/sante(\/|$)/, /^\/api\/docs/];

/**
 * While the shipped data is being imported (first start, or a changed file at start-up), the API answers 503 at once
 * with the progress instead of queuing behind the import's transactions (the embedded database runs one query at a
 * time: a request used to wait 5 to 12 s, then failed). `Retry-After` tells clients when to try again. Express
 * middleware, mounted before the routes (app.factory.ts).
 */
export function refuserPendantImport(etat: () => EtatImport) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const import_ = etat();
    if (!import_.enCours || !req.path.startsWith('/api/') || TOUJOURS_SERVIES.some((r) => r.test(req.path))) return next();
    res
      .status(503)
      .setHeader('Retry-After', '5')
      .json({
        statut: 503,
        code: 'DONNEES_NON_CHARGEES',
        message: `Chargement des données ouvertes en cours (${libelleProgression(import_)}) : réessayez dans quelques secondes.`,
        details: [],
        chargement: { pourcentage: pourcentageImport(import_), jeuxTermines: import_.jeuxTermines, jeuxTotal: import_.jeuxTotal, etape: import_.etape },
      });
  };
}
