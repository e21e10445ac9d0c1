import { lireConfiguration } from '../config/configuration';
import { demarrerBaseEmbarquee } from '../database/base-embarquee';
import { DossierVerrouille } from '../database/verrou-dossier';

/**
 * Serves the embedded PostgreSQL + PostGIS on its own (for tests, benchmarks or psql):
 * `node backend/dist/cli/base-embarquee.js [dossier] [port]` prints `PRET <url>` once listening, on the Unix socket
 * `<dossier>/socket/.s.PGSQL.<port>` (5432 by default): `psql -h <dossier>/socket -p <port> -U postgres postgres`.
 */
async function principal(): Promise<void> {
  const dossier = process.argv[2] ?? lireConfiguration().dossierDonnees;
  const port = Number(process.argv[3] ?? 0);
  const base = await demarrerBaseEmbarquee(dossier, port);
  process.stdout.write(`PRET ${base.url}\n`);
  // A signal handler can't await: a failed stop is reported and exits non-zero instead of an unhandled rejection.
  const arret = () => {
    base.arreter().then(
      () => process.exit(0),
      (e: unknown) => {
        console.error(e);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', arret);
  process.once('SIGTERM', arret);
}

principal().catch((e) => {
  // a data folder held by another process: the French message says who, no stack trace needed
  console.error(e instanceof DossierVerrouille ? e.message : e);
  process.exit(1);
});
