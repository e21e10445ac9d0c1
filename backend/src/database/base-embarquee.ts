import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import * as path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { postgis } from '@electric-sql/pglite-postgis';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/**
 * The embedded default: real Postgres + PostGIS compiled to WebAssembly (PGlite), served over the
 * PostgreSQL wire protocol on a loopback port so that the application talks to it through `pg` and
 * TypeORM exactly as it talks to a PostGIS server.
 *
 * PGlite runs one query at a time: the application uses a single pooled connection with it.
 */
export interface BaseEmbarquee {
  url: string;
  /** Stops the socket server then PGlite; a plain function, safe to pass around. */
  arreter: () => Promise<void>;
}

export async function demarrerBaseEmbarquee(dossierDonnees: string, port = 0): Promise<BaseEmbarquee> {
  const dossier = path.join(dossierDonnees, 'pglite');
  mkdirSync(dossier, { recursive: true });
  const db = await PGlite.create({ dataDir: dossier, extensions: { postgis } });
  const portEffectif = port || (await portLibre());
  const serveur = new PGLiteSocketServer({ db, port: portEffectif, host: '127.0.0.1', maxConnections: 8 });
  await serveur.start();
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${portEffectif}/postgres`,
    arreter: async () => {
      await serveur.stop();
      await db.close();
    },
  };
}

function portLibre(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const adresse = srv.address();
      const port = typeof adresse === 'object' && adresse ? adresse.port : 0;
      srv.close(() => resolve(port));
    });
  });
}
