// `npm run bench`: measures on this machine (figures printed, never asserted by tests).
// 1. first-start import of every shipped dataset into a fresh embedded database (cold);
// 2. then every test/bench/*.bench.mjs against the running app: each exports
//    `default async function ({ baseUrl, databaseUrl, mesurer }) => Record<string, string|number>`.
// Options: MAILLAGE_BENCH_NATIF=1 also runs the suites against a native PostGIS cluster;
// MAILLAGE_BENCH=acces,structures to run only some suites; MAILLAGE_BENCH_DOSSIER=<dir> keeps the embedded database
// in that folder between runs (unchanged datasets are not imported again); MAILLAGE_BENCH_EMBARQUEE=0 skips it;
// MAILLAGE_BENCH_NATIF_URL=<postgres url> uses that PostGIS database instead of a throw-away cluster;
// MAILLAGE_BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=…" adds Node options to the application's process.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { demarrerBaseEmbarqueeProcessus } from '../../scripts/base-embarquee.mjs';
import { demarrerPostgisNatif } from '../../scripts/postgis-natif.mjs';
import { mesurer } from './mesurer.mjs';

const racine = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const filtre = process.env.MAILLAGE_BENCH?.split(',');
const resultats = [];
/** Suites that restart a server of their own on the imported database once the campaign's server has stopped. */
let redemarrages = [];

async function attendre(url, delai = 120_000) {
  const fin = Date.now() + delai;
  while (Date.now() < fin) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} ne répond pas`);
}

/** The start-up warm-up (tiles, access engine) done, as a readiness probe would wait for it. */
async function attendrePrechauffage(url, delai = 300_000) {
  const fin = Date.now() + delai;
  while (Date.now() < fin) {
    const etat = await fetch(url).then(
      (r) => r.json(),
      () => null,
    );
    if (etat?.prechauffage?.termine !== false) return;
    await new Promise((r) => setTimeout(r, 500));
  }
}

async function campagne(nom, base, embarquee) {
  const env = { ...process.env, DATABASE_URL: base.url, MAILLAGE_BASE_EMBARQUEE: embarquee ? '1' : '0', MAILLAGE_IMPORT_AU_DEMARRAGE: 'non' };
  const t0 = performance.now();
  const imp = spawnSync(process.execPath, ['backend/dist/cli/import.js'], { cwd: racine, env, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  if (imp.status !== 0) throw new Error(`import en échec :\n${imp.stdout}`);
  const duree = (performance.now() - t0) / 1000;
  console.log(
    imp.stdout
      .split('\n')
      .filter((l) => /importé|inchangé/.test(l))
      .join('\n'),
  );
  resultats.push({ campagne: nom, mesure: 'import complet au premier démarrage (s)', valeur: duree.toFixed(1) });
  const port = 38000 + Math.floor(Math.random() * 1000);
  // a bootstrap administrator for the suites that write (televersements), and room for the generated 200 MB FINESS file
  const admin = { email: 'admin-banc@maillage.test', motDePasse: 'banc-essai-Maillage-2026!x7Qp' };
  const nodeArgs = process.env.MAILLAGE_BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  const app = spawn(process.execPath, [...nodeArgs, 'backend/dist/main.js'], {
    cwd: racine,
    // one IP sends the whole load: the per-IP limit of computations (POST) would refuse most of it
    env: {
      MAILLAGE_LIMITE_ECRITURES: '1000000',
      ...env,
      PORT: String(port),
      MAILLAGE_ADMIN_EMAIL: admin.email,
      MAILLAGE_ADMIN_MOT_DE_PASSE: admin.motDePasse,
      MAILLAGE_TAILLE_MAX_FINESS: '260',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    const baseUrl = `http://127.0.0.1:${port}`;
    await attendre(`${baseUrl}/api/sante`);
    await attendrePrechauffage(`${baseUrl}/api/sante`);
    const suites = readdirSync(path.join(racine, 'test/bench'))
      .filter((f) => f.endsWith('.bench.mjs'))
      .sort();
    for (const fichier of suites) {
      const suite = fichier.replace('.bench.mjs', '');
      if (filtre && !filtre.includes(suite)) continue;
      const module = await import(pathToFileURL(path.join(racine, 'test/bench', fichier)).href);
      if (module.redemarrage) redemarrages.push({ suite, module });
      const chiffres = await module.default({ baseUrl, databaseUrl: base.url, mesurer, embarquee, admin, pidApplication: app.pid, pidBase: base.pid });
      for (const [mesure, valeur] of Object.entries(chiffres)) resultats.push({ campagne: nom, mesure: `${suite} — ${mesure}`, valeur });
    }
  } finally {
    // stopped before the next campaign or restart opens the same data (SIGKILL if it does not stop within 30 s)
    await new Promise((ok) => {
      if (app.exitCode !== null) return ok();
      const force = setTimeout(() => app.kill('SIGKILL'), 30_000);
      app.once('exit', () => (clearTimeout(force), ok()));
      app.kill('SIGTERM');
    });
  }
}

/** `redemarrage` suites, once the campaign's server (and, embedded, its database process) is stopped: `env` starts a server on the same data. */
async function apresArret(nom, envBase) {
  const env = { ...process.env, MAILLAGE_LIMITE_ECRITURES: '1000000', ...envBase };
  if (!envBase.DATABASE_URL) delete env.DATABASE_URL;
  for (const { suite, module } of redemarrages) {
    const chiffres = await module.redemarrage({ racine, env, mesurer });
    for (const [mesure, valeur] of Object.entries(chiffres)) resultats.push({ campagne: nom, mesure: `${suite} — ${mesure}`, valeur });
  }
  redemarrages = [];
}

spawnSync('node', ['scripts/build-if-needed.mjs'], { cwd: racine, stdio: 'inherit' });
if (process.env.MAILLAGE_BENCH_EMBARQUEE !== '0') {
  const garde = process.env.MAILLAGE_BENCH_DOSSIER;
  const dossier = garde ? path.resolve(garde) : mkdtempSync(path.join(os.tmpdir(), 'maillage-bench-'));
  const base = await demarrerBaseEmbarqueeProcessus(dossier);
  let baseArretee = false;
  const arreterBase = async () => {
    if (baseArretee) return;
    baseArretee = true;
    await base.arreter();
  };
  try {
    await campagne('embarquée (PGlite)', base, true);
    await arreterBase();
    // the server opens PGlite itself on the data folder, as without DATABASE_URL
    await apresArret('embarquée (PGlite)', { MAILLAGE_DOSSIER_DONNEES: dossier, MAILLAGE_BASE_EMBARQUEE: '1' });
  } finally {
    await arreterBase();
    if (!garde) rmSync(dossier, { recursive: true, force: true });
  }
}
if (process.env.MAILLAGE_BENCH_NATIF === '1') {
  const url = process.env.MAILLAGE_BENCH_NATIF_URL;
  const natif = url ? { url, arreter: () => undefined } : await demarrerPostgisNatif(Number(process.env.MAILLAGE_BENCH_PORT_NATIF ?? 55433));
  try {
    await campagne('PostGIS natif', natif, false);
    await apresArret('PostGIS natif', { DATABASE_URL: natif.url, MAILLAGE_BASE_EMBARQUEE: '0' });
  } finally {
    natif.arreter();
  }
}
console.log(`\nMesures (${os.cpus().length} cœurs, ${(os.totalmem() / 2 ** 30).toFixed(0)} Gio, Node ${process.version})`);
console.table(resultats);
