import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import * as http from 'node:http';
import * as path from 'node:path';
import { processusVivant } from '../../backend/src/common/processus/processus-vivant';
import { ApplicationDeTest, cible, demarrerApplication } from '../support/application';
import { assurerCompteDeTest, emailDeTest } from '../support/auth';

const racine = path.join(__dirname, '..', '..');
const MAIN = path.join(racine, 'backend/dist/main.js');

/** Children of a process, from /proc (the cluster's workers of a primary). */
function enfants(pid: number): number[] {
  const r = spawnSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' });
  return r.stdout
    .split('\n')
    .map((l) => Number(l.trim()))
    .filter((n) => n > 0);
}

async function attendre<T>(lire: () => Promise<T>, ok: (v: T) => boolean, delaiMs: number, message: string): Promise<T> {
  const fin = Date.now() + delaiMs;
  for (;;) {
    const v = await lire();
    if (ok(v)) return v;
    if (Date.now() > fin) throw new Error(message);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * A request on a new connection each time (the cluster shares connections between its workers, not requests; fetch
 * would reuse a kept-alive connection, hence one worker).
 */
function demander(url: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; json: () => Promise<unknown> }>((resolve, reject) => {
    const req = http.request(url, { method: init.method ?? 'GET', headers: init.headers, agent: false }, (res) => {
      let corps = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (corps += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, json: async () => JSON.parse(corps) }));
    });
    req.on('error', reject);
    req.end(init.body);
  });
}

/**
 * `npm start` on a PostgreSQL server runs several serving processes (ADR 0006): they share the port, a token signed
 * by one is valid on the others, and when the primary is killed -9 its workers stop at once. On the embedded
 * database, several processes are refused with the reason.
 */
describe('Plusieurs processus de service (grappe Node)', () => {
  let t: ApplicationDeTest;
  let serveur: ChildProcess | null = null;
  let ouvriers: number[] = [];

  beforeAll(async () => {
    t = await demarrerApplication();
    await assurerCompteDeTest(t.app, 'admin');
  });
  afterAll(async () => {
    if (serveur && serveur.exitCode === null) serveur.kill('SIGKILL');
    for (const pid of ouvriers) if (processusVivant(pid)) process.kill(pid, 'SIGKILL');
    await t.fermer();
  });

  (cible() === 'native' ? it : it.skip)(
    'serves from two processes sharing one token secret; the workers stop when the primary is killed -9',
    async () => {
      const port = 45_000 + Math.floor(Math.random() * 5000);
      serveur = spawn(process.execPath, [MAIN], {
        env: { ...process.env, PORT: String(port), MAILLAGE_IMPORT_AU_DEMARRAGE: 'non', MAILLAGE_PROCESSUS: '2', MAILLAGE_JWT_SECRET: '' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let journal = '';
      serveur.stdout!.on('data', (d) => (journal += String(d)));
      serveur.stderr!.on('data', (d) => (journal += String(d)));
      const url = `http://127.0.0.1:${port}`;
      type Sante = { prechauffage?: { termine?: boolean }; processus?: number };
      const sante = () =>
        demander(`${url}/api/sante`).then(
          async (r) => (r.status === 200 ? ((await r.json()) as Sante) : null),
          () => null,
        );
      // ready once every worker is (the health route says so only then)
      await attendre(sante, (s) => s?.prechauffage?.termine === true, 300_000, `la grappe ne démarre pas :\n${journal}`);
      const pids = new Set<number>();
      await attendre(
        async () => {
          const s = await sante();
          if (s?.processus) pids.add(s.processus);
          return pids.size;
        },
        (n) => n >= 2,
        30_000,
        'un seul processus répond',
      );
      ouvriers = enfants(serveur.pid!);
      expect(new Set(ouvriers)).toEqual(pids);
      expect(pids.has(serveur.pid!)).toBe(false);

      // a token from one worker opens the others (the secret drawn by the primary, MAILLAGE_JWT_SECRET unset)
      const connexion = await demander(`${url}/api/auth/connexion`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: emailDeTest('admin'), motDePasse: 'mot-de-passe-de-test-admin' }),
      });
      expect(connexion.status).toBe(200);
      const { jeton } = (await connexion.json()) as { jeton: string };
      const statuts = await Promise.all(
        Array.from({ length: 6 }, () => demander(`${url}/api/auth/moi`, { headers: { authorization: `Bearer ${jeton}` } }).then((r) => r.status)),
      );
      expect(statuts).toEqual([200, 200, 200, 200, 200, 200]);

      serveur.kill('SIGKILL');
      await new Promise((r) => serveur!.once('exit', r));
      await attendre(
        async () => ouvriers.filter((pid) => processusVivant(pid)).length,
        (n) => n === 0,
        10_000,
        'des processus de service survivent à leur primaire',
      );
    },
    600_000,
  );

  (cible() === 'embarquee' ? it : it.skip)('refuses several processes on the embedded database, saying why', () => {
    const r = spawnSync(process.execPath, [MAIN], {
      env: { ...process.env, PORT: '0', MAILLAGE_PROCESSUS: '2' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('MAILLAGE_PROCESSUS=2 demande une base PostgreSQL (DATABASE_URL) ; la base embarquée ne sert qu’un processus.');
  });
});
