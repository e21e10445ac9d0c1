// Restart of an already-imported server (issue 14, « speed as people feel it »): for each route the first screens
// call (home: labels, parameters, indicator values, coverage, prospective; commune card; zones table; tiles;
// eligibility; simulation), the time from the process's spawn to its first successful answer, and from « listening »
// (the port accepts connections) to that answer. Target: ≤ 2 s. Printed, never asserted.
// Run by test/bench/run.mjs after each campaign's server is stopped (`redemarrage`): the embedded target restarts
// with no DATABASE_URL on the campaign's data folder (PGlite opened by the server itself), the native one on the
// campaign's PostGIS database. A first start (not measured) lets the server persist what it keeps between restarts;
// then RESTARTS measured starts, each route polled from the spawn on until it answers 2xx.
import { spawn } from 'node:child_process';
import net from 'node:net';

const RESTARTS = 3;
const COMMUNE = '23031'; // Boussac
const GP = {
  situation: 'installation',
  profession: 'medecin-generaliste',
  premiereInstallation: true,
  typeCabinet: 'principal',
  dateInstallation: '2025-05-01',
  secteur: 'secteur-1',
  modeExercice: 'groupe',
  aidesAnterieures: [],
  commune: COMMUNE,
  date: '2026-03-01',
};
const json = (corps) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(corps) });

/** What the home page, the commune card, the zones table, the aids and the simulation ask first (seen in chromium). */
const ROUTES = [
  ['accueil : paramètres', '/api/acces/parametres'],
  ['accueil : valeurs APL des communes', '/api/acces/communes?indicateur=apl'],
  ['accueil : classes des communes', '/api/acces/communes?indicateur=classe'],
  ['accueil : noms des lieux', '/api/territoires/etiquettes?niveau=principales'],
  ['accueil : couverture de l’APL', '/api/couverture-donnees/apl'],
  ['accueil : hypothèses de prospective', '/api/prospective/hypotheses'],
  ['accueil : tuile communes z4', '/api/tuiles/communes/4/8/5.pbf'],
  ['accueil : tuile départements z4', '/api/tuiles/departements/4/8/5.pbf'],
  ['fiche commune : territoire', `/api/territoires/commune/${COMMUNE}`],
  ['fiche commune : accès', `/api/acces/commune/${COMMUNE}`],
  ['fiche commune : zonage', `/api/zonages/communes/${COMMUNE}`],
  ['tableau des zones', '/api/acces/zones-sous-dotees?territoire=departement:23'],
  ['éligibilité aux aides', '/api/aides/eligibilite', json(GP)],
  ['simulation', '/api/acces/simulation', json({ changements: [{ type: 'ouverture_msp', commune: COMMUNE, nombre: 3 }] })],
];

const attendre = (ms) => new Promise((r) => setTimeout(r, ms));

/** A port nobody listens on (the OS picks it), so that a restart never meets another server's port. */
const portLibre = () =>
  new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

/** First time the port accepts a TCP connection (ms since t0). */
async function ecoute(port, t0, fin) {
  while (!fin.arrete) {
    const ok = await new Promise((resolve) => {
      const s = net.connect(port, '127.0.0.1');
      s.once('connect', () => (s.destroy(), resolve(true)));
      s.once('error', () => resolve(false));
    });
    if (ok) return performance.now() - t0;
    await attendre(20);
  }
  return null;
}

/** Polls `chemin` until it answers 2xx: time of that answer, and the statuses met before (connection refused aside). */
async function premiereReponse(baseUrl, chemin, options, t0, fin) {
  const statuts = {};
  while (!fin.arrete) {
    try {
      const r = await fetch(`${baseUrl}${chemin}`, options);
      await r.arrayBuffer();
      if (r.ok) return { ms: performance.now() - t0, statuts };
      statuts[r.status] = (statuts[r.status] ?? 0) + 1;
    } catch {
      /* not listening yet */
    }
    await attendre(25);
  }
  return { ms: null, statuts };
}

function lancer(racine, env, port) {
  const t0 = performance.now();
  const app = spawn(process.execPath, ['backend/dist/main.js'], { cwd: racine, env: { ...env, PORT: String(port) }, stdio: ['ignore', 'ignore', 'inherit'] });
  const arreter = () =>
    new Promise((ok) => {
      if (app.exitCode !== null) return ok();
      app.once('exit', ok);
      app.kill('SIGTERM');
    });
  return { t0, app, arreter };
}

async function attendrePrechauffage(baseUrl, app) {
  for (let i = 0; i < 1200 && app.exitCode === null; i++) {
    const etat = await fetch(`${baseUrl}/api/sante`).then(
      (r) => r.json(),
      () => null,
    );
    if (etat && etat.import?.enCours === false && etat.prechauffage?.termine !== false) return;
    await attendre(250);
  }
}

async function unRedemarrage(racine, env) {
  const port = await portLibre();
  const baseUrl = `http://127.0.0.1:${port}`;
  const { t0, app, arreter } = lancer(racine, env, port);
  const fin = { arrete: false };
  app.once('exit', () => (fin.arrete = true)); // a server that stopped answers nothing: no endless polling
  const delai = setTimeout(() => (fin.arrete = true), 180_000);
  try {
    const [ecouteMs, ...reponses] = await Promise.all([
      ecoute(port, t0, fin),
      ...ROUTES.map(([, chemin, options]) => premiereReponse(baseUrl, chemin, options, t0, fin)),
    ]);
    await attendrePrechauffage(baseUrl, app);
    return { ecouteMs, reponses };
  } finally {
    clearTimeout(delai);
    fin.arrete = true;
    await arreter();
  }
}

const arrondi = (ms) => (ms === null ? 'pas de réponse' : Math.round(ms));
const mediane = (valeurs) => {
  const v = valeurs.filter((x) => x !== null).sort((a, b) => a - b);
  return v.length ? v[Math.floor(v.length / 2)] : null;
};

/** `env`: the environment of a server on the already-imported database (see run.mjs). */
export async function redemarrage({ racine, env }) {
  // 1. first start after the import (not measured): warms up and keeps what it may keep between restarts
  {
    const port = await portLibre();
    const { app, arreter } = lancer(racine, env, port);
    try {
      const baseUrl = `http://127.0.0.1:${port}`;
      for (
        let i = 0;
        i < 600 &&
        !(await fetch(`${baseUrl}/api/sante`).then(
          (r) => r.ok,
          () => false,
        ));
        i++
      )
        await attendre(250);
      await attendrePrechauffage(baseUrl, app);
    } finally {
      await arreter();
    }
  }
  // 2. measured restarts
  const essais = [];
  for (let i = 0; i < RESTARTS; i++) essais.push(await unRedemarrage(racine, env));
  const resultats = {
    [`redémarrage → port à l’écoute, médiane (ms, ${RESTARTS} redémarrages)`]: arrondi(mediane(essais.map((e) => e.ecouteMs))),
  };
  let pire = 0;
  let pireDepuisEcoute = 0;
  ROUTES.forEach(([libelle], k) => {
    const depuisLancement = mediane(essais.map((e) => e.reponses[k].ms));
    const depuisEcoute = mediane(essais.map((e) => (e.reponses[k].ms === null || e.ecouteMs === null ? null : e.reponses[k].ms - e.ecouteMs)));
    const refus = {};
    for (const e of essais) for (const [s, n] of Object.entries(e.reponses[k].statuts)) refus[s] = (refus[s] ?? 0) + n;
    const refusTexte = Object.keys(refus).length
      ? ` ; réponses non 2xx avant : ${Object.entries(refus)
          .map(([s, n]) => `${n}× ${s}`)
          .join(', ')}`
      : '';
    resultats[`1re réponse ${libelle}, depuis le lancement / depuis l’écoute, médiane (ms, cible ≤ 2000)`] =
      `${arrondi(depuisLancement)} / ${arrondi(depuisEcoute)}${refusTexte}`;
    pire = Math.max(pire, depuisLancement ?? Infinity);
    pireDepuisEcoute = Math.max(pireDepuisEcoute, depuisEcoute ?? Infinity);
  });
  resultats['redémarrage → 1re réponse de chaque route principale, la plus lente (ms, cible ≤ 2000) : depuis le lancement / depuis l’écoute'] =
    `${arrondi(pire)} / ${arrondi(pireDepuisEcoute)}`;
  return resultats;
}

// Nothing to measure on the campaign's running server: this suite restarts its own (see `redemarrage`).
export default async function () {
  return {};
}
