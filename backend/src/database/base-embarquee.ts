import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { postgis } from '@electric-sql/pglite-postgis';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { verrouillerDossier } from './verrou-dossier';

/**
 * The embedded default: real Postgres + PostGIS compiled to WebAssembly (PGlite), served over the
 * PostgreSQL wire protocol so that the application talks to it through `pg` and TypeORM exactly as it
 * talks to a PostGIS server.
 *
 * PGlite accepts any user and password as superuser: it is served on a **Unix socket** in a folder only this
 * system user can open (0700), never on a TCP port that any local process could reach (issue 10 finding 9).
 * The data folder is locked for this process (`verrou-dossier.ts`): a second server on it is refused.
 *
 * PGlite runs one query at a time: the application uses a single pooled connection with it.
 */
export interface BaseEmbarquee {
  /** `postgres://postgres@localhost/postgres?host=<socket folder>&port=<n>`, for pg / TypeORM / psql -h. */
  url: string;
  /** Folder holding the socket `.s.PGSQL.<port>` (psql -h <dossierSocket> -p <port>). */
  dossierSocket: string;
  /** Stops the socket server then PGlite, then releases the data folder; a plain function, safe to pass around. */
  arreter: () => Promise<void>;
}

/** sun_path holds 107 bytes on Linux: longer socket paths go to a private folder under the system temp dir. */
const LONGUEUR_MAX_SOCKET = 100;

export async function demarrerBaseEmbarquee(dossierDonnees: string, port = 5432): Promise<BaseEmbarquee> {
  const liberer = await verrouillerDossier(dossierDonnees, (e) => {
    // the lock was taken from us (folder deleted, clock jump): going on could corrupt the data
    console.error(`Verrou du dossier de données perdu (${e.message}) : arrêt immédiat pour ne pas corrompre la base.`);
    process.exit(1);
  });
  let serveur: PGLiteSocketServer | null = null;
  let db: PGlite | null = null;
  let dossierSocket = '';
  let temporaire = false;
  try {
    const dossier = path.join(dossierDonnees, 'pglite');
    mkdirSync(dossier, { recursive: true });
    // pg_trgm: the territory search tolerates spelling mistakes by trigram similarity, on both targets.
    db = await PGlite.create({ dataDir: dossier, extensions: { postgis, pg_trgm } });
    const numero = port || 5432;
    dossierSocket = path.join(path.resolve(dossierDonnees), 'socket');
    if (path.join(dossierSocket, `.s.PGSQL.${numero}`).length > LONGUEUR_MAX_SOCKET) {
      dossierSocket = mkdtempSync(path.join(tmpdir(), 'maillage-'));
      temporaire = true;
    }
    mkdirSync(dossierSocket, { recursive: true, mode: 0o700 });
    chmodSync(dossierSocket, 0o700);
    const socket = path.join(dossierSocket, `.s.PGSQL.${numero}`);
    // a socket file left by a process killed -9 (we hold the folder's lock: nobody else uses it)
    rmSync(socket, { force: true });
    serveur = new PGLiteSocketServer({ db, path: socket, maxConnections: 8 });
    await serveur.start();
    chmodSync(socket, 0o600);
    const url = `postgres://postgres@localhost/postgres?host=${encodeURIComponent(dossierSocket)}&port=${numero}`;
    const s = serveur;
    const d = db;
    return {
      url,
      dossierSocket,
      arreter: async () => {
        try {
          await s.stop();
          await d.close();
        } finally {
          if (temporaire) rmSync(dossierSocket, { recursive: true, force: true });
          await liberer();
        }
      },
    };
  } catch (e) {
    await serveur?.stop().catch(() => undefined);
    await db?.close().catch(() => undefined);
    if (temporaire) rmSync(dossierSocket, { recursive: true, force: true });
    await liberer();
    throw e;
  }
}
