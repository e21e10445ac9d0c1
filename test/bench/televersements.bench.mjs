// Import of generated 200 MB official files through the upload pipeline (issue 10 finding 3, issue 11):
// a national-size RPPS extract and a FINESS extract, each uploaded, analysed and imported by an administrator,
// while another client keeps reading other routes. Figures: time of each phase, peak RSS of the application (and
// of the embedded database's process), slowest request to the other routes meanwhile, requests over 1 s.
// Targets: RSS growth ≤ 300 MB, no request slower than 1 s. Size: MAILLAGE_BENCH_TAILLE_MO (200 by default).
// The slowest requests of the other routes (route, phase, time) go to the error output for diagnosis.
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import pg from 'pg';

const racine = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const require = createRequire(path.join(racine, 'backend/package.json'));
const TAILLE = Number(process.env.MAILLAGE_BENCH_TAILLE_MO ?? 200) * 1024 ** 2;
/** MAILLAGE_BENCH_TELEVERSEMENTS=rpps (or finess) measures one file type only. */
const types = (process.env.MAILLAGE_BENCH_TELEVERSEMENTS ?? 'rpps,finess').split(',');

const rss = (pid) => {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) * 1024;
  } catch {
    return 0;
  }
};
const mo = (octets) => Math.round(octets / 1024 ** 2);

/** Writes lines until the file reaches `taille` bytes (backpressure respected). */
async function ecrire(chemin, entete, ligne, taille) {
  const flux = createWriteStream(chemin);
  let ecrits = 0;
  let i = 0;
  const ecrireUne = (texte) => {
    ecrits += Buffer.byteLength(texte);
    return flux.write(texte);
  };
  for (const e of entete) ecrireUne(e + '\n');
  while (ecrits < taille) {
    if (!ecrireUne(ligne(i++) + '\n')) await new Promise((r) => flux.once('drain', r));
  }
  await new Promise((r) => flux.end(r));
  return i;
}

/** RPPS: the official 52-column header; one line in 7 a GP (profession 10, SM54) on a real commune, the others other professions. */
async function genererRpps(chemin, communes) {
  const { ENTETE_RPPS } = require(path.join(racine, 'backend/dist/demographie/lecture-rpps.js'));
  const vide = Array(ENTETE_RPPS.length).fill('');
  return ecrire(
    chemin,
    [ENTETE_RPPS.join('|') + '|'],
    (i) => {
      const c = communes[(i * 7919) % communes.length];
      const champs = [...vide];
      champs[0] = '8';
      champs[1] = String(10000000000 + Math.floor(i / 2));
      champs[2] = '8' + champs[1];
      champs[7] = `NOM${i}`;
      champs[8] = 'Prénom';
      const generaliste = i % 7 === 0;
      champs[9] = generaliste ? '10' : ['60', '50', '21', '40', '70'][i % 5];
      champs[10] = generaliste ? 'Médecin' : 'Autre profession';
      champs[13] = generaliste ? 'S' : '';
      champs[15] = generaliste ? 'SM54' : '';
      champs[16] = generaliste ? 'Médecine générale' : '';
      champs[17] = i % 3 ? 'L' : 'S';
      champs[18] = i % 3 ? 'Libéral' : 'Salarié';
      champs[24] = `CABINET ${i}`;
      champs[35] = c.codePostal;
      champs[36] = c.code;
      champs[37] = c.nom;
      champs[38] = '99000';
      champs[39] = 'France';
      return champs.join('|') + '|';
    },
    TAILLE,
  );
}

/** FINESS national format: structureet block then geolocalisation block; 6 % of establishments in the kept categories. */
async function genererFiness(chemin, communes) {
  const n = Math.floor(TAILLE / 330);
  const categorie = (i) => (i % 50 === 0 ? '603' : i % 50 === 1 ? '124' : i % 100 === 2 ? '604' : ['620', '500', '202', '355'][i % 4]);
  const libelle = { 603: 'Maison de santé (L.6223-3)', 124: 'Centre de Santé', 604: 'Communautés professionnelles territoriales de santé (CPTS)' };
  const numero = (i) => `${String(10 + (i % 89)).padStart(2, '0')}${String(i).padStart(7, '0')}`;
  const flux = createWriteStream(chemin);
  const ecrireLigne = async (t) => {
    if (!flux.write(t + '\n')) await new Promise((r) => flux.once('drain', r));
  };
  await ecrireLigne('finess;etalab;95;2026-01-08');
  for (let i = 0; i < n; i++) {
    const c = communes[(i * 7919) % communes.length];
    const cat = categorie(i);
    const f = [
      numero(i),
      numero(i),
      `ETABLISSEMENT ${i}`,
      `ETABLISSEMENT DE BANC D ESSAI ${i}`,
      '',
      '',
      '12',
      'R',
      'DE LA REPUBLIQUE',
      '',
      '',
      c.code.slice(-3),
      c.departementFiness,
      'DEPARTEMENT',
      `${c.codePostal} ${c.nom.toUpperCase()}`,
      '0500000000',
      '',
      cat,
      libelle[cat] ?? 'Autre catégorie',
      '1301',
      'Soins de ville',
      '12345678900012',
      '8621Z',
      '',
      '',
      '',
      '',
      '2020-01-01',
      '2019-12-01',
      '2025-12-01',
      '',
    ];
    await ecrireLigne(['structureet', ...f].join(';'));
  }
  for (let i = 0; i < n; i++) {
    const c = communes[(i * 7919) % communes.length];
    await ecrireLigne(
      `geolocalisation;${numero(i)};${(c.x + (i % 100)).toFixed(1)};${(c.y + (i % 100)).toFixed(1)};1,ATLASANTE,100,IGN,BD_ADRESSE,V2.2,LAMBERT_93;2025-12-01`,
    );
  }
  await new Promise((r) => flux.end(r));
  return n;
}

async function connexion(baseUrl, admin) {
  const r = await fetch(`${baseUrl}/api/auth/connexion`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(admin) });
  if (!r.ok) throw new Error(`connexion administrateur refusée : ${r.status} ${await r.text()}`);
  return (await r.json()).jeton;
}

/** The reading client, in a worker thread: the upload sent by this process (a 200 MB body) does not delay its timings. */
const CODE_LECTEUR = `
const { parentPort, workerData } = require('node:worker_threads');
let arret = false;
parentPort.on('message', () => (arret = true));
(async () => {
  for (let i = 0; !arret; i++) {
    const route = workerData.routes[i % workerData.routes.length];
    const debut = Date.now();
    const t0 = performance.now();
    let statut = 0;
    try {
      const r = await fetch(workerData.baseUrl + route);
      await r.arrayBuffer();
      statut = r.status;
    } catch {
      /* no answer: counted as an error */
    }
    parentPort.postMessage({ route, debut, duree: performance.now() - t0, statut });
    await new Promise((r) => setTimeout(r, 50));
  }
  parentPort.close();
})();
`;

/**
 * Keeps reading other routes (one request at a time, 50 ms apart) until `fin()`: p50 / p99 / max, requests over 1 s
 * (and in which phase of the import they started, `phase()`), the slowest ones with their route.
 */
function lecteurConcurrent(baseUrl, phase) {
  const routes = [
    '/api/territoires/recherche?q=saint',
    '/api/acces/commune/31555',
    '/api/structures?type=msp&territoire=departement:31',
    '/api/sante',
    '/api/territoires/departement/23',
  ];
  const t0 = Date.now();
  const phases = [{ depuis: t0, phase: phase() }];
  const suivi = setInterval(() => {
    if (phases.at(-1).phase !== phase()) phases.push({ depuis: Date.now(), phase: phase() });
  }, 20);
  const mesures = [];
  const lecteur = new Worker(CODE_LECTEUR, { eval: true, workerData: { baseUrl, routes } });
  lecteur.on('message', (m) => mesures.push(m));
  const termine = new Promise((r) => lecteur.once('exit', r));
  return async () => {
    clearInterval(suivi);
    lecteur.postMessage('fin');
    await termine;
    const phaseA = (t) => phases.findLast((p) => p.depuis <= t)?.phase ?? phases[0].phase;
    const durees = mesures.map((m) => m.duree).sort((a, b) => a - b);
    const q = (p) => Math.round(durees[Math.floor(p * (durees.length - 1))] ?? 0);
    const lentes = mesures.filter((m) => m.duree > 1000);
    const parPhase = {};
    for (const m of lentes) parPhase[phaseA(m.debut)] = (parPhase[phaseA(m.debut)] ?? 0) + 1;
    return {
      requetes: durees.length,
      p50: q(0.5),
      p99: q(0.99),
      max: Math.round(durees.at(-1) ?? 0),
      lentes: lentes.length,
      erreurs: mesures.filter((m) => m.statut < 200 || m.statut >= 400).length,
      parPhase,
      pires: [...mesures]
        .sort((a, b) => b.duree - a.duree)
        .slice(0, 5)
        .map((m) => `${Math.round(m.duree)} ms ${m.route} (${phaseA(m.debut)}, t+${((m.debut - t0) / 1000).toFixed(1)} s)`),
    };
  };
}

async function importer(baseUrl, jeton, type, chemin, pids, cible) {
  const auth = { Authorization: `Bearer ${jeton}` };
  const rssAvant = pids.map(rss);
  const pics = [...rssAvant];
  // peak of the application per phase (reception, analysis, import): which one grows the heap
  const phases = { réception: 0, analyse: 0, import: 0 };
  let phase = 'réception';
  const sonde = setInterval(() => {
    pids.forEach((p, k) => (pics[k] = Math.max(pics[k], rss(p))));
    phases[phase] = Math.max(phases[phase], rss(pids[0]));
  }, 200);
  const lecteur = lecteurConcurrent(baseUrl, () => phase);
  const t0 = performance.now();
  const formulaire = new FormData();
  formulaire.append('fichier', new Blob([readFileSync(chemin)]), path.basename(chemin));
  const envoi = await fetch(`${baseUrl}/api/donnees/televersements/${type}`, { method: 'POST', headers: auth, body: formulaire });
  if (envoi.status !== 202) throw new Error(`${type} : téléversement refusé ${envoi.status} ${await envoi.text()}`);
  const { id } = await envoi.json();
  const tRecu = performance.now();
  phase = 'analyse';
  // a poll answered 503 (the database's connection held beyond the pool's 10 s wait) is counted, and retried
  let indisponible = 0;
  const attendre = async (statuts) => {
    for (;;) {
      const r = await fetch(`${baseUrl}/api/donnees/televersements/${id}`, { headers: auth }).catch(() => null);
      if (r && r.status === 503) indisponible++;
      const e = r?.ok ? await r.json() : {};
      if (statuts.includes(e.statut)) return e;
      await new Promise((r) => setTimeout(r, 500));
    }
  };
  const analyse = await attendre(['pret', 'refuse', 'echec']);
  if (analyse.statut !== 'pret') throw new Error(`${type} : analyse ${analyse.statut} — ${JSON.stringify(analyse.erreur).slice(0, 300)}`);
  const tAnalyse = performance.now();
  phase = 'import';
  await fetch(`${baseUrl}/api/donnees/televersements/${id}/import`, { method: 'POST', headers: auth });
  const fini = await attendre(['importe', 'echec']);
  if (fini.statut !== 'importe') throw new Error(`${type} : import ${fini.statut} — ${JSON.stringify(fini.erreur).slice(0, 300)}`);
  const tFin = performance.now();
  clearInterval(sonde);
  const autres = await lecteur();
  // undo, so that the next campaign and the app start from the same data
  await fetch(`${baseUrl}/api/donnees/versions/${fini.versionId}/retour`, {
    method: 'POST',
    headers: { ...auth, 'Content-Type': 'application/json' },
    body: '{}',
  });
  const s = (ms) => (ms / 1000).toFixed(1);
  const nom = `${type} ${mo(statSync(chemin).size)} Mo, ${cible}`;
  console.error(`[televersements] ${nom} — requêtes les plus lentes des autres routes : ${autres.pires.join(' ; ')}`);
  return {
    [`${nom} — lignes retenues`]: analyse.rapport.lignesRetenues,
    [`${nom} — réception / analyse / import (s)`]: `${s(tRecu - t0)} / ${s(tAnalyse - tRecu)} / ${s(tFin - tAnalyse)}`,
    [`${nom} — RSS application avant / pic (Mo) [cible : hausse ≤ 300 Mo]`]: `${mo(rssAvant[0])} / ${mo(pics[0])} (+${mo(pics[0] - rssAvant[0])})`,
    [`${nom} — RSS application, pic par phase : réception / analyse / import (Mo)`]: Object.values(phases).map(mo).join(' / '),
    ...(pids[1] ? { [`${nom} — RSS base embarquée avant / pic (Mo)`]: `${mo(rssAvant[1])} / ${mo(pics[1])} (+${mo(pics[1] - rssAvant[1])})` } : {}),
    [`${nom} — autres routes pendant réception + analyse + import : requêtes ; p50 / p99 / max (ms) ; > 1 s [cible : 0]`]: `${autres.requetes} ; ${autres.p50} / ${autres.p99} / ${autres.max} ; ${autres.lentes}`,
    [`${nom} — autres routes > 1 s par phase : réception / analyse / import`]: ['réception', 'analyse', 'import']
      .map((p) => autres.parPhase[p] ?? 0)
      .join(' / '),
    [`${nom} — réponses en erreur : autres routes / suivi du téléversement (503)`]: `${autres.erreurs} / ${indisponible}`,
  };
}

export default async function ({ baseUrl, databaseUrl, admin, pidApplication, pidBase, embarquee }) {
  if (!admin) return { ignoré: 'pas de compte administrateur (test/bench/run.mjs le crée)' };
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows } = await client.query(
    `SELECT code, nom, departement_code, codes_postaux[1] AS cp, ST_X(ST_Transform(centre, 2154)) AS x, ST_Y(ST_Transform(centre, 2154)) AS y
       FROM commune WHERE departement_code !~ '^97' AND centre IS NOT NULL ORDER BY code`,
  );
  await client.end();
  const communes = rows.map((r) => ({ code: r.code, nom: r.nom, codePostal: r.cp ?? '00000', departementFiness: r.departement_code, x: r.x, y: r.y }));
  // the server's start-up warm-up (tiles, access engine) holds the embedded database's connection: wait for its end
  for (let i = 0; i < 600; i++) {
    const sante = await (await fetch(`${baseUrl}/api/sante`)).json();
    if (sante.prechauffage?.termine !== false) break;
    await new Promise((r) => setTimeout(r, 1000));
  }
  const dossier = mkdtempSync(path.join(os.tmpdir(), 'maillage-banc-imports-'));
  try {
    const jeton = await connexion(baseUrl, admin);
    const rpps = path.join(dossier, 'PS_LibreAcces_Personne_activite_202604070000.txt');
    const finess = path.join(dossier, 'etalab-cs1100507-stock-20260108.csv');
    if (types.includes('rpps')) await genererRpps(rpps, communes);
    if (types.includes('finess')) await genererFiness(finess, communes);
    const pids = [pidApplication, pidBase].filter(Boolean);
    const cible = embarquee ? 'base embarquée' : 'PostGIS natif';
    const chiffres = {};
    if (types.includes('rpps')) Object.assign(chiffres, await importer(baseUrl, jeton, 'rpps', rpps, pids, cible));
    if (types.includes('finess')) Object.assign(chiffres, await importer(baseUrl, jeton, 'finess', finess, pids, cible));
    return chiffres;
  } finally {
    rmSync(dossier, { recursive: true, force: true });
  }
}
