import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { creerApplication } from './app.factory';
import { lireConfiguration } from './config/configuration';
import { demarrerBaseEmbarquee } from './database/base-embarquee';
import { DossierVerrouille } from './database/verrou-dossier';
import { afficherProgression } from './import/barre-progression';
import { ImportService } from './import/import.service';
import { lancerPrechauffage } from './sante/lancer-prechauffage';

async function demarrer(): Promise<void> {
  const logger = new Logger('Maillage');
  let config = lireConfiguration();
  let arreterBase: (() => Promise<void>) | null = null;
  if (!config.databaseUrl) {
    logger.log(`Base embarquée PostgreSQL + PostGIS (PGlite), données dans ${config.dossierDonnees}`);
    const base = await demarrerBaseEmbarquee(config.dossierDonnees);
    config = { ...config, databaseUrl: base.url, baseEmbarquee: true };
    arreterBase = base.arreter;
  }
  const app = await creerApplication(config);
  await app.listen(config.port, config.hote);
  logger.log(`Tableau de bord : http://localhost:${config.port}  —  API : http://localhost:${config.port}/api/docs`);

  // A signal handler can't await: a failed shutdown is reported and exits non-zero instead of an unhandled rejection.
  const arret = () => {
    app
      .close()
      .then(() => arreterBase?.())
      .then(
        () => process.exit(0),
        (e: unknown) => {
          logger.error(e);
          process.exit(1);
        },
      );
  };
  process.once('SIGINT', arret);
  process.once('SIGTERM', arret);

  if (config.importAuDemarrage) {
    const imports = app.get(ImportService);
    imports.suivre(afficherProgression());
    try {
      const bilans = await imports.importer();
      const importes = bilans.filter((b) => b.statut === 'importe');
      if (importes.length) logger.log(`Données chargées : ${importes.map((b) => `${b.code} (${b.lignes})`).join(', ')}`);
      else logger.log('Données déjà à jour.');
    } catch (e) {
      logger.error(`Import interrompu, la base est restée dans son état précédent : ${(e as Error).message}`);
    }
  }
  // Tile geometry, the national view and the access engine's data loaded before the first visitor asks (here
  // only: the tests' applications must not hold the embedded database's single connection with background work).
  // /api/sante says when it is done (a readiness probe, or the test harness, waits for it).
  void lancerPrechauffage(app).catch(() => undefined); // reported by Prechauffage (/api/sante)
}

demarrer().catch((e) => {
  // a data folder held by another process: the French message says who, no stack trace needed
  console.error(e instanceof DossierVerrouille ? e.message : e);
  process.exit(1);
});
