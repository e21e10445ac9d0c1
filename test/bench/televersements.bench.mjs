// Import of generated 200 MB official files through the upload pipeline (issue 10 finding 3, issue 11):
// a national-size RPPS extract and a FINESS extract, each uploaded, analysed and imported by an administrator,
// while another client keeps reading other routes. Figures: time of each phase, peak RSS of the application (and
// of the embedded database's process), slowest request to the other routes meanwhile, requests over 1 s.
// Targets: RSS growth ≤ 300 MB, no request slower than 1 s. Size: MAILLAGE_BENCH_TAILLE_MO (200 by default).
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

const racine = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const require = createRequire(path.join(racine, 'backend/package.json'));
const TAILLE = Number(process.env.MAILLAGE_BENCH_TAILLE_MO ?? 200) * 1024 ** 2;

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

/** Keeps reading other routes (one request at a time) until `fin()`: slowest and requests over 1 s. */
function lecteurConcurrent(baseUrl) {
  let arret = false;
  const durees = [];
  const routes = [
    '/api/territoires/recherche?q=saint',
    '/api/acces/commune/31555',
    '/api/structures?type=msp&territoire=departement:31',
    '/api/sante',
    '/api/territoires/departement/23',
  ];
  const boucle = (async () => {
    for (let i = 0; !arret; i++) {
      const t0 = performance.now();
      try {
        await (await fetch(`${baseUrl}${routes[i % routes.length]}`)).arrayBuffer();
      } catch {
        /* counted as slow below */
      }
      durees.push(performance.now() - t0);
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  return async () => {
    arret = true;
    await boucle;
    durees.sort((a, b) => a - b);
    return {
      requetes: durees.length,
      max: Math.round(durees.at(-1) ?? 0),
      p99: Math.round(durees[Math.floor(0.99 * (durees.length - 1))] ?? 0),
      lentes: durees.filter((d) => d > 1000).length,
    };
  };
}

async function importer(baseUrl, jeton, type, chemin, pids) {
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
  const lecteur = lecteurConcurrent(baseUrl);
  const t0 = performance.now();
  const formulaire = new FormData();
  formulaire.append('fichier', new Blob([readFileSync(chemin)]), path.basename(chemin));
  const envoi = await fetch(`${baseUrl}/api/donnees/televersements/${type}`, { method: 'POST', headers: auth, body: formulaire });
  if (envoi.status !== 202) throw new Error(`${type} : téléversement refusé ${envoi.status} ${await envoi.text()}`);
  const { id } = await envoi.json();
  const tRecu = performance.now();
  phase = 'analyse';
  const attendre = async (statuts) => {
    for (;;) {
      const r = await fetch(`${baseUrl}/api/donnees/televersements/${id}`, { headers: auth }).catch(() => null);
      if (r && r.status === 503) throw new Error(`${type} : base indisponible pendant le travail (${await r.text()})`);
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
  return {
    [`${type} ${mo(statSync(chemin).size)} Mo — lignes retenues`]: analyse.rapport.lignesRetenues,
    [`${type} — réception (s)`]: s(tRecu - t0),
    [`${type} — analyse (s)`]: s(tAnalyse - tRecu),
    [`${type} — import (s)`]: s(tFin - tAnalyse),
    [`${type} — RSS application avant / pic (Mo)`]: `${mo(rssAvant[0])} / ${mo(pics[0])} (+${mo(pics[0] - rssAvant[0])})`,
    [`${type} — RSS application, pic par phase : réception / analyse / import (Mo)`]: Object.values(phases).map(mo).join(' / '),
    ...(pids[1] ? { [`${type} — RSS base embarquée avant / pic (Mo)`]: `${mo(rssAvant[1])} / ${mo(pics[1])} (+${mo(pics[1] - rssAvant[1])})` } : {}),
    [`${type} — autres routes pendant l’import : requêtes, p99 / max (ms), > 1 s`]: `${autres.requetes}, ${autres.p99} / ${autres.max}, ${autres.lentes}`,
  };
}

export default async function ({ baseUrl, databaseUrl, admin, pidApplication, pidBase }) {
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
    await genererRpps(rpps, communes);
    await genererFiness(finess, communes);
    const pids = [pidApplication, pidBase].filter(Boolean);
    return { ...(await importer(baseUrl, jeton, 'rpps', rpps, pids)), ...(await importer(baseUrl, jeton, 'finess', finess, pids)) };
  } finally {
    rmSync(dossier, { recursive: true, force: true });
  }
}
