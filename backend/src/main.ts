import 'reflect-metadata';
import cluster from 'node:cluster';
import { Logger } from '@nestjs/common';
import { creerApplication } from './app.factory';
import { lireConfiguration } from './config/configuration';
import { demarrerBaseEmbarquee } from './database/base-embarquee';
import { DossierVerrouille } from './database/verrou-dossier';
import { LienGrappe } from './grappe/lien-grappe';
import { ENV_ROLE, RoleOuvrier } from './grappe/messages-grappe';
import { lireNombreProcessus } from './grappe/nombre-processus';
import { demarrerPrimaire } from './grappe/primaire';
import { afficherProgression } from './import/barre-progression';
import { ImportService } from './import/import.service';
import { DonneesAccesService } from './acces/donnees-acces';
import { lancerPrechauffage } from './sante/lancer-prechauffage';
import { Prechauffage } from './sante/prechauffage';

/**
 * `npm start`. On a PostgreSQL server with several processes (MAILLAGE_PROCESSUS, one per core by default, ADR 0006)
 * this process is the cluster's primary (grappe/primaire.ts) and each worker runs `servir`; otherwise (embedded
 * database, or one process) it serves by itself.
 */
async function demarrer(): Promise<void> {
  if (cluster.isPrimary) {
    const config = lireConfiguration();
    const nombre = lireNombreProcessus(config.baseEmbarquee);
    if (nombre > 1) return demarrerPrimaire(nombre);
  }
  return servir(cluster.isWorker ? (process.env[ENV_ROLE] as RoleOuvrier) : null);
}

/**
 * One serving process: alone (`role` null), the cluster's first worker (migrations, start-up import, warm-up while
 * it already answers), or a following one (warm-up before it listens, no import).
 */
async function servir(role: RoleOuvrier | null): Promise<void> {
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
  const grappe = role ? new LienGrappe(app.get(ImportService), app.get(DonneesAccesService)) : null;

  // A signal handler can't await: a failed shutdown is reported and exits non-zero instead of an unhandled rejection.
  // Ctrl-C reaches a worker twice (its own SIGINT, then the primary's SIGTERM): it closes once.
  let enArret = false;
  const arret = () => {
    if (enArret) return;
    enArret = true;
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
  process.on('SIGINT', arret);
  process.on('SIGTERM', arret);
  // The primary vanished (kill -9): stop at once, no graceful close — an upload's transaction still open must not
  // commit after the server was killed (the database rolls it back when the connection drops).
  if (cluster.isWorker) process.once('disconnect', () => process.exit(1));

  // The access engine's data, then the tile geometry and the national view, loaded before the first visitor asks
  // (here only: the tests' applications must not hold the embedded database's single connection with background
  // work). /api/sante says when it is done (a readiness probe, or the test harness, waits for it) — in a cluster,
  // when every worker is.
  const prechauffage = app.get(Prechauffage);

  if (role === 'suivant') {
    // the first worker answers meanwhile: this one takes connections once its data is in memory (reported failed)
    await lancerPrechauffage(app).catch(() => undefined);
    await app.listen(config.port, config.hote);
    grappe!.pret();
    prechauffage.suivre(grappe!.grappePrete);
    return;
  }

  await app.listen(config.port, config.hote);
  logger.log(`Tableau de bord : http://localhost:${config.port}  —  API : http://localhost:${config.port}/api/docs`);

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
  const travail = lancerPrechauffage(app); // reported by Prechauffage (/api/sante)
  if (grappe) {
    // the following workers start once this one is warm (or gave up warming: they would fail alike)
    prechauffage.suivre(travail.finally(() => grappe.pret()).then(() => grappe.grappePrete));
  } else void travail.catch(() => undefined);
}

demarrer().catch((e) => {
  // a data folder held by another process: the French message says who, no stack trace needed
  console.error(e instanceof DossierVerrouille ? e.message : e);
  process.exit(1);
});
