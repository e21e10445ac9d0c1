import type { INestApplication } from '@nestjs/common';
import { DonneesAccesService } from '../acces/donnees-acces';
import { TuilesService } from '../tuiles/tuiles.service';
import { Prechauffage } from './prechauffage';

/**
 * Starts the warm-up of what the first screen needs, reported by /api/sante until done: first the access engine's
 * data (parameters, indicator values, cards, zones, simulation), then the tile geometry with the national view.
 * One after the other: the embedded database and the in-memory tiles share the process's single thread, so doing
 * both at once would only delay the first. Nothing waits for it: each route answers as soon as its own data is
 * there (a request meets the load in flight instead of starting another; a tile asked for starts the tiles' part).
 */
export function lancerPrechauffage(app: INestApplication): Promise<void> {
  const travail = (async () => {
    const erreurAcces = await app
      .get(DonneesAccesService)
      .donnees()
      .then(
        () => null,
        (e: unknown) => (e instanceof Error ? e : new Error(String(e))),
      );
    await app.get(TuilesService).prechauffer();
    if (erreurAcces) throw erreurAcces;
  })();
  app.get(Prechauffage).suivre(travail);
  return travail;
}
