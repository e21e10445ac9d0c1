import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { Client } from 'pg';
import { cible } from '../support/application';

const racine = path.join(__dirname, '..', '..');
const CLI_BASE = path.join(racine, 'backend/dist/cli/base-embarquee.js');
const CLI_IMPORT = path.join(racine, 'backend/dist/cli/import.js');

/** Starts `node backend/dist/cli/base-embarquee.js <dossier>` and resolves with its URL once it listens. */
function demarrerBase(dossier: string): Promise<{ enfant: ChildProcess; url: string }> {
  // the lock is refreshed every second here (every minute in production): refreshes happen during the test
  const enfant = spawn(process.execPath, [CLI_BASE, dossier], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, MAILLAGE_VERROU_RAFRAICHISSEMENT_MS: '1000' },
  });
  return new Promise((resolve, reject) => {
    let sortie = '';
    enfant.stdout.on('data', (d) => {
      sortie += d;
      const m = /PRET (\S+)/.exec(sortie);
      if (m) resolve({ enfant, url: m[1] });
    });
    enfant.stderr.on('data', (d) => (sortie += d));
    enfant.on('exit', (code) => reject(new Error(`base arrêtée (code ${code}) : ${sortie}`)));
  });
}

function arreter(enfant: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  return new Promise((ok) => {
    if (enfant.exitCode !== null || enfant.signalCode !== null) return ok();
    enfant.once('exit', () => ok());
    enfant.kill(signal);
  });
}

/**
 * Issue 10, findings 1 and 9: one process per embedded data folder (a second server, or `npm run import`, is
 * refused with a French message naming the holder; a lock left by kill -9 is taken over), and the embedded
 * database is only reachable through a Unix socket that this system user alone can open.
 * The target-independent part of the suite: it starts its own embedded databases in temporary folders.
 */
(cible() === 'embarquee' ? describe : describe.skip)('Base embarquée : un seul processus par dossier de données, socket privée', () => {
  let dossier: string;
  let premiere: { enfant: ChildProcess; url: string } | null = null;
  beforeAll(async () => {
    dossier = mkdtempSync(path.join(tmpdir(), 'maillage-verrou-'));
    premiere = await demarrerBase(dossier);
  }, 120_000);
  afterAll(async () => {
    if (premiere) await arreter(premiere.enfant);
    rmSync(dossier, { recursive: true, force: true });
  });

  it('serves the database on a Unix socket in a 0700 folder (no TCP port for other local users)', async () => {
    const url = new URL(premiere!.url);
    const dossierSocket = url.searchParams.get('host')!;
    expect(dossierSocket.startsWith('/')).toBe(true);
    expect(statSync(dossierSocket).mode & 0o777).toBe(0o700);
    expect(statSync(path.join(dossierSocket, `.s.PGSQL.${url.searchParams.get('port')}`)).mode & 0o777).toBe(0o600);
    const client = new Client({ connectionString: premiere!.url });
    await client.connect();
    await client.query('CREATE TABLE IF NOT EXISTS ecriture (n integer PRIMARY KEY)');
    await client.query('INSERT INTO ecriture SELECT generate_series(1, 40) ON CONFLICT DO NOTHING');
    await client.end();
  });

  it('refuses a second server on the same folder, naming the process that holds it, and the first keeps its data', async () => {
    await new Promise((r) => setTimeout(r, 3000)); // a few refreshes of the lock: it stays ours
    expect(premiere!.enfant.exitCode).toBeNull();
    const seconde = spawnSync(process.execPath, [CLI_BASE, dossier], { encoding: 'utf8', timeout: 60_000 });
    expect(seconde.status).not.toBe(0);
    expect(seconde.stderr).toContain(`est déjà utilisé par le processus ${premiere!.enfant.pid}`);
    expect(seconde.stderr).toContain('base-embarquee.js');
    const client = new Client({ connectionString: premiere!.url });
    await client.connect();
    expect((await client.query('SELECT count(*)::int AS n FROM ecriture')).rows[0].n).toBe(40);
    await client.end();
  }, 90_000);

  it('refuses `npm run import` next to the running server the same way', () => {
    const env = { ...process.env, MAILLAGE_DOSSIER_DONNEES: dossier, DATABASE_URL: '', MAILLAGE_BASE_EMBARQUEE: '' };
    const imp = spawnSync(process.execPath, [CLI_IMPORT, 'territoires'], { encoding: 'utf8', env, timeout: 60_000 });
    expect(imp.status).not.toBe(0);
    expect(imp.stderr).toContain(`est déjà utilisé par le processus ${premiere!.enfant.pid}`);
    expect(imp.stderr).toContain('écran « Données »');
  }, 90_000);

  it('takes over the lock left by a server killed with -9 (stale lock), data intact', async () => {
    await arreter(premiere!.enfant, 'SIGKILL');
    premiere = await demarrerBase(dossier);
    const client = new Client({ connectionString: premiere.url });
    await client.connect();
    expect((await client.query('SELECT count(*)::int AS n FROM ecriture')).rows[0].n).toBe(40);
    await client.end();
  }, 120_000);
});
