// Starts a throw-away native PostgreSQL + PostGIS cluster (Debian's postgresql-15-postgis-3) for the
// integration suite's second target. Postgres refuses to run as root: as root, the cluster runs as
// the `postgres` user. Returns { url, arreter }.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, chmodSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export function binairesPostgres() {
  for (const v of ['17', '16', '15']) {
    const bin = `/usr/lib/postgresql/${v}/bin`;
    const postgis = `/usr/share/postgresql/${v}/extension/postgis.control`;
    if (existsSync(path.join(bin, 'pg_ctl')) && existsSync(postgis)) return bin;
  }
  return null;
}

export async function demarrerPostgisNatif(port = 55432) {
  const bin = binairesPostgres();
  if (!bin) throw new Error('PostGIS natif introuvable (apt-get install -y postgresql-15-postgis-3).');
  const dossier = mkdtempSync(path.join(os.tmpdir(), 'maillage-pg-'));
  chmodSync(dossier, 0o777);
  const root = process.getuid?.() === 0;
  const executer = (cmd, args) => {
    const r = root
      ? spawnSync('runuser', ['-u', 'postgres', '--', path.join(bin, cmd), ...args], { encoding: 'utf8' })
      : spawnSync(path.join(bin, cmd), args, { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${cmd} a échoué : ${r.stderr || r.stdout}`);
    return r.stdout;
  };
  const donnees = path.join(dossier, 'data');
  executer('initdb', ['-D', donnees, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8']);
  executer('pg_ctl', [
    '-D',
    donnees,
    '-l',
    path.join(dossier, 'postgres.log'),
    '-w',
    '-o',
    `-p ${port} -k ${dossier} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`,
    'start',
  ]);
  execFileSync(path.join(bin, 'psql'), ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', '-c', 'CREATE DATABASE maillage'], { stdio: 'pipe' });
  return {
    url: `postgres://postgres@127.0.0.1:${port}/maillage`,
    dossier,
    arreter: () => {
      try {
        executer('pg_ctl', ['-D', donnees, '-m', 'fast', '-w', 'stop']);
      } catch {
        /* already stopped */
      }
      rmSync(dossier, { recursive: true, force: true });
    },
    redemarrer: () => executer('pg_ctl', ['-D', donnees, '-l', path.join(dossier, 'postgres.log'), '-w', '-m', 'fast', 'restart']),
    stop: () => executer('pg_ctl', ['-D', donnees, '-m', 'fast', '-w', 'stop']),
    start: () =>
      executer('pg_ctl', [
        '-D',
        donnees,
        '-l',
        path.join(dossier, 'postgres.log'),
        '-w',
        '-o',
        `-p ${port} -k ${dossier} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`,
        'start',
      ]),
  };
}
