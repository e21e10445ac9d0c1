// `npm test`: unit specs, then the integration suite against the embedded database AND against a
// native PostGIS cluster (same tests, two targets), then the browser tests in Debian's chromium.
// Options (environment): MAILLAGE_TEST_NATIF=obligatoire|auto|non (CI: obligatoire),
// MAILLAGE_TEST_E2E=obligatoire|auto|non, MAILLAGE_TEST_CIBLES=embarquee,native (subset),
// MAILLAGE_TEST_FORMAT=oui|non (prettier --check after the lint; on by default),
// MAILLAGE_TEST_ETAPES=lint,unitaires,integration,navigateur (subset of the steps; default all),
// MAILLAGE_TEST_FILTRE=<regex> (jest path pattern for the integration and browser runs).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { demarrerBaseEmbarqueeProcessus } from './base-embarquee.mjs';
import { binairesPostgres, demarrerPostgisNatif } from './postgis-natif.mjs';

const racine = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const dossierTest = path.join(racine, '.data', 'test');
mkdirSync(dossierTest, { recursive: true });
const natif = process.env.MAILLAGE_TEST_NATIF ?? (process.env.CI ? 'obligatoire' : 'auto');
const e2e = process.env.MAILLAGE_TEST_E2E ?? (process.env.CI ? 'obligatoire' : 'auto');
const cibles = (process.env.MAILLAGE_TEST_CIBLES ?? 'embarquee,native').split(',');
const format = process.env.MAILLAGE_TEST_FORMAT ?? 'oui';
const etapes = new Set((process.env.MAILLAGE_TEST_ETAPES ?? 'lint,unitaires,integration,navigateur').split(',').map((e) => e.trim()));
const filtre = process.env.MAILLAGE_TEST_FILTRE ? ['--testPathPattern', process.env.MAILLAGE_TEST_FILTRE, '--passWithNoTests'] : [];
const bilans = [];
const controles = [];
let echec = false;

function executer(titre, cmd, args, env = {}) {
  console.log(`\n━━ ${titre}`);
  const r = spawnSync(cmd, args, { cwd: racine, stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) {
    echec = true;
    console.error(`✗ ${titre} (code ${r.status})`);
  }
  return r.status === 0;
}

function jest(titre, config, env = {}, extra = []) {
  const sortie = path.join(dossierTest, `resultats-${bilans.length}.json`);
  rmSync(sortie, { force: true });
  executer(titre, process.execPath, [path.join(racine, 'node_modules/jest/bin/jest.js'), '-c', config, '--json', `--outputFile=${sortie}`, ...extra], env);
  compter(titre, sortie);
}

/** Adds a jest/vitest JSON report to the summary (a missing report counts as a failure). */
function compter(titre, sortie) {
  if (existsSync(sortie)) {
    const r = JSON.parse(readFileSync(sortie, 'utf8'));
    bilans.push({ titre, passes: r.numPassedTests, echecs: r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0), ignores: r.numPendingTests });
  } else {
    bilans.push({ titre, passes: 0, echecs: 1, ignores: 0 });
  }
}

async function integration(cible) {
  let base;
  if (cible === 'embarquee') {
    base = await demarrerBaseEmbarqueeProcessus(path.join(dossierTest, 'embarquee'));
  } else {
    if (!binairesPostgres()) {
      if (natif === 'obligatoire') {
        echec = true;
        console.error('✗ PostGIS natif requis mais absent (apt-get install -y postgresql-15-postgis-3).');
      } else console.log('\n━━ Intégration (PostGIS natif) ignorée : postgresql-15-postgis-3 absent.');
      return;
    }
    base = await demarrerPostgisNatif(Number(process.env.MAILLAGE_TEST_PORT_NATIF ?? 55432));
  }
  const env = {
    DATABASE_URL: base.url,
    MAILLAGE_BASE_EMBARQUEE: cible === 'embarquee' ? '1' : '0',
    MAILLAGE_TEST_CIBLE: cible,
    MAILLAGE_IMPORT_AU_DEMARRAGE: 'non',
  };
  try {
    if (executer(`Import des données (${cible})`, process.execPath, ['backend/dist/cli/import.js'], env)) {
      if (etapes.has('integration')) jest(`Intégration (${cible})`, 'test/jest.integration.config.js', env, ['--runInBand', ...filtre]);
      if (cible === 'embarquee' && etapes.has('navigateur')) await navigateur(env);
    }
  } finally {
    await base.arreter();
  }
}

async function navigateur(env) {
  if (e2e === 'non') return;
  if (!existsSync('/usr/bin/chromium')) {
    if (e2e === 'obligatoire') {
      echec = true;
      console.error('✗ Tests navigateur requis mais chromium absent (apt-get install -y chromium).');
    } else console.log('\n━━ Tests navigateur ignorés : /usr/bin/chromium absent.');
    return;
  }
  if (!existsSync(path.join(racine, 'frontend/dist/browser/index.html'))) {
    echec = true;
    console.error('✗ Tests navigateur : frontend non construit.');
    return;
  }
  const port = 39000 + Math.floor(Math.random() * 1000);
  // The bootstrap administrator: the projects test creates its élu and porteur accounts through /api/comptes.
  const admin = { MAILLAGE_ADMIN_EMAIL: 'admin-e2e@maillage.test', MAILLAGE_ADMIN_MOT_DE_PASSE: 'mot-de-passe-admin-e2e' };
  // A real OpenID Connect provider on this machine, standing in for ProConnect (the accounts test logs in through it).
  const fournisseur = await demarrerFournisseurOidc();
  const oidc = {
    MAILLAGE_OIDC_ISSUER: fournisseur.issuer,
    MAILLAGE_OIDC_CLIENT_ID: fournisseur.clientId,
    MAILLAGE_OIDC_CLIENT_SECRET: fournisseur.clientSecret,
    MAILLAGE_OIDC_REDIRECT_URI: `http://127.0.0.1:${port}/api/auth/oidc/retour`,
  };
  const app = spawn(process.execPath, ['backend/dist/main.js'], {
    cwd: racine,
    env: { ...process.env, ...env, ...admin, ...oidc, PORT: String(port) },
    stdio: 'inherit',
  });
  try {
    await attendre(`http://127.0.0.1:${port}/api/sante`);
    jest('Navigateur (chromium)', 'test/jest.e2e.config.js', { ...env, ...admin, MAILLAGE_URL: `http://127.0.0.1:${port}` }, ['--runInBand', ...filtre]);
  } finally {
    app.kill('SIGTERM');
    fournisseur.processus.kill('SIGTERM');
  }
}

/** Starts test/support/serveur-oidc-de-test.mjs and reads the line it prints once listening (issuer, client). */
async function demarrerFournisseurOidc() {
  const processus = spawn(process.execPath, [path.join(racine, 'test/support/serveur-oidc-de-test.mjs')], {
    cwd: racine,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const ligne = await new Promise((resolve, reject) => {
    let tampon = '';
    processus.stdout.on('data', (d) => {
      tampon += d;
      if (tampon.includes('\n')) resolve(tampon.split('\n')[0]);
    });
    processus.once('exit', (code) => reject(new Error(`fournisseur OIDC de test arrêté (code ${code})`)));
  });
  return { ...JSON.parse(ligne), processus };
}

/** Waits until the server answers /api/sante and has warmed its in-memory data (tiles, access engine). */
async function attendre(url, delai = 180_000) {
  const fin = Date.now() + delai;
  while (Date.now() < fin) {
    try {
      const res = await fetch(url);
      if (res.ok && (await res.json()).prechauffage?.termine !== false) return;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} ne répond pas`);
}

executer('Construction', 'node', ['scripts/build-if-needed.mjs']);
if (!echec) {
  // Lint and format are checks, not tests: a failure fails `npm test` but the tests still run.
  const binaire = (chemin) => path.join(racine, 'node_modules', chemin);
  if (etapes.has('lint'))
    controles.push({ titre: 'Lint (eslint, type-aware)', ok: executer('Lint (eslint, type-aware)', process.execPath, [binaire('eslint/bin/eslint.js'), '.']) });
  if (etapes.has('lint') && format === 'oui')
    controles.push({
      titre: 'Format (prettier --check)',
      ok: executer('Format (prettier --check)', process.execPath, [binaire('prettier/bin/prettier.cjs'), '--check', '--log-level=warn', '.']),
    });
  if (etapes.has('unitaires')) jest('Tests unitaires (backend)', 'backend/jest.config.js');
  if (etapes.has('unitaires') && JSON.parse(readFileSync(path.join(racine, 'frontend/package.json'), 'utf8')).scripts?.test) {
    const sortie = path.join(dossierTest, 'resultats-frontend.json');
    rmSync(sortie, { force: true });
    executer('Tests unitaires (frontend)', 'npm', [
      'test',
      '-w',
      'frontend',
      '--silent',
      '--',
      '--reporter=default',
      '--reporter=json',
      `--outputFile=${sortie}`,
    ]);
    compter('Tests unitaires (frontend)', sortie);
  }
  const cibleNecessaire = etapes.has('integration') || etapes.has('navigateur');
  for (const cible of ['embarquee', 'native'].filter((c) => cibleNecessaire && cibles.includes(c))) {
    await integration(cible);
  }
}
const total = bilans.reduce((a, b) => ({ passes: a.passes + b.passes, echecs: a.echecs + b.echecs, ignores: a.ignores + b.ignores }), {
  passes: 0,
  echecs: 0,
  ignores: 0,
});
console.log('\n━━ Bilan');
for (const c of controles) console.log(`  ${c.ok ? '✓' : '✗'} ${c.titre}`);
for (const b of bilans) console.log(`  ${b.echecs ? '✗' : '✓'} ${b.titre} : ${b.passes} réussis, ${b.echecs} en échec, ${b.ignores} ignorés`);
console.log(`Tests: ${total.passes} passed, ${total.echecs} failed, ${total.ignores} skipped`);
process.exit(echec || total.echecs > 0 ? 1 : 0);
