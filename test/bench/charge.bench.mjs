// Load test (autocannon, issue 10 finding 15): 200 concurrent connections over requests that miss every cache —
// random commune cards (territory card and access card with its ranks), random vector tiles at zooms 8 to 12,
// random eligibility bodies and random simulations — first each family alone, then all mixed for 45 s.
// Uncached for real: communes and tile addresses are drawn without replacement over the 35,000 communes (a tile or
// a card is asked once in the whole run), eligibility and simulation bodies are random (commune, date, situation,
// changes). Figures are printed (p50/p99 latency, throughput, errors, per-family latency inside the mix, RSS of the
// application's processes and the load average of the machine), never asserted. Requests say
// `Accept-Encoding: gzip` like a browser; « erreurs » counts socket errors and timeouts (20 s) together.
// Options: MAILLAGE_CHARGE_CONNEXIONS (200), MAILLAGE_CHARGE_DUREE (45 s, mixed run), MAILLAGE_CHARGE_DUREE_FAMILLE
// (10 s; 0 skips the families), MAILLAGE_CHARGE_FAMILLES (comma-separated subset of the family keys below).
import { readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import autocannon from 'autocannon';
import pg from 'pg';

const SITUATIONS = ['etudiant', 'interne', 'docteur-junior', 'installation', 'installe', 'maitre-de-stage', 'structure', 'collectivite'];
const SECTEURS = ['secteur-1', 'optam', 'secteur-2', 'non-conventionne'];
const COUCHES = ['communes', 'communes', 'communes', 'epci', 'departements'];

/** Deterministic pseudo-random numbers (mulberry32): two runs draw the same requests. */
function aleatoire(graine) {
  let a = graine >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const tuileDe = (lon, lat, z) => {
  const n = 2 ** z;
  const rad = (lat * Math.PI) / 180;
  return { x: Math.floor(((lon + 180) / 360) * n), y: Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * n) };
};

const jour = (hasard) => {
  const debut = Date.UTC(2024, 0, 1);
  return new Date(debut + Math.floor(hasard() * 3 * 365) * 86_400_000).toISOString().slice(0, 10);
};

/** Communes with their inner point, and whether they have an APL (simulations need one), read from the database. */
async function lireCommunes(databaseUrl) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT c.code, ST_X(c.centre) AS lon, ST_Y(c.centre) AS lat,
              EXISTS (SELECT 1 FROM apl_commune a WHERE a.commune_code = c.code AND a.annee = (SELECT max(annee) FROM apl_millesime)) AS apl
         FROM commune c WHERE c.centre IS NOT NULL ORDER BY c.code`,
    );
    const { rows: annees } = await client.query(`SELECT annee FROM apl_millesime ORDER BY annee`);
    return { communes: rows, annees: annees.map((a) => a.annee) };
  } finally {
    await client.end();
  }
}

/** The request generators of each family; each draw is a request never made before in this run. */
function familles({ communes, annees }, hasard) {
  const avecApl = communes.filter((c) => c.apl);
  const tirer = (liste) => liste[Math.floor(hasard() * liste.length)];
  // without replacement: a shuffled deck per family, dealt from the top
  const paquet = (liste) => {
    const p = [...liste];
    for (let i = p.length - 1; i > 0; i--) {
      const j = Math.floor(hasard() * (i + 1));
      [p[i], p[j]] = [p[j], p[i]];
    }
    let k = 0;
    return () => p[k++ % p.length];
  };
  const fichesTerritoire = paquet(communes);
  const fichesAcces = paquet(communes.flatMap((c) => annees.map((annee) => ({ code: c.code, annee }))));
  const centres = paquet(communes);
  const tuilesVues = new Set();
  const tuile = () => {
    for (let essai = 0; ; essai++) {
      const c = centres();
      const z = 8 + Math.floor(hasard() * 5);
      const couche = tirer(COUCHES);
      // a little jitter so that neighbouring communes do not all fall on the same low-zoom tile
      const { x, y } = tuileDe(c.lon + (hasard() - 0.5) * 0.2, c.lat + (hasard() - 0.5) * 0.2, z);
      const cle = `${couche}/${z}/${x}/${y}`;
      if (!tuilesVues.has(cle) || essai > 50) {
        tuilesVues.add(cle);
        return `/api/tuiles/${cle}.pbf`;
      }
    }
  };
  const eligibilite = () => {
    const situation = tirer(SITUATIONS);
    const corps = { commune: tirer(communes).code, date: jour(hasard), situation };
    if (situation === 'structure' || situation === 'collectivite') corps.typeProjet = tirer(['msp', 'cpts', 'centre-de-sante']);
    else corps.profession = 'medecin-generaliste';
    if (situation === 'installation' || situation === 'installe') {
      corps.premiereInstallation = hasard() < 0.5;
      corps.dateInstallation = jour(hasard);
      corps.secteur = tirer(SECTEURS);
      corps.joursParSemaine = 1 + Math.floor(hasard() * 5);
      if (hasard() < 0.3) corps.aidesAnterieures = [];
    }
    if (situation === 'structure' && corps.typeProjet === 'msp')
      corps.structure = { medecinsGeneralistes: 1 + Math.floor(hasard() * 6), projetDeSante: hasard() < 0.5 };
    return corps;
  };
  const simulation = () => {
    const n = 1 + Math.floor(hasard() * 3);
    const changements = Array.from({ length: n }, () => {
      const r = hasard();
      const commune = tirer(avecApl).code;
      if (r < 0.5) return { type: 'ajout_medecins', commune, nombre: 1 + Math.floor(hasard() * 3) };
      if (r < 0.75) return { type: 'retrait_medecins', commune, nombre: 1 };
      return { type: 'ajout_consultations', commune, consultations: 500 + Math.floor(hasard() * 5000) };
    });
    return { annee: annees.at(-1), changements };
  };
  const json = (corps) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(corps) });
  return {
    'fiche territoire': () => ({ method: 'GET', path: `/api/territoires/commune/${fichesTerritoire().code}` }),
    'fiche accès (rangs)': () => {
      const f = fichesAcces();
      return { method: 'GET', path: `/api/acces/commune/${f.code}?annee=${f.annee}` };
    },
    'tuiles z8–12': () => ({ method: 'GET', path: tuile() }),
    éligibilité: () => ({ path: '/api/aides/eligibilite', ...json(eligibilite()) }),
    simulation: () => ({ path: '/api/acces/simulation', ...json(simulation()) }),
  };
}

const quantile = (tries, p) => (tries.length ? Math.round(tries[Math.min(tries.length - 1, Math.floor(p * tries.length))]) : null);

/** One autocannon run; each request is drawn by `tirer()`, its latency recorded under its family. */
function lancer(baseUrl, generateurs, duree, connexions) {
  const parFamille = new Map(Object.keys(generateurs).map((f) => [f, []]));
  const statuts = new Map();
  const noms = Object.keys(generateurs);
  let k = 0;
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: baseUrl,
        connections: connexions,
        duration: duree,
        timeout: 20,
        headers: { 'accept-encoding': 'gzip, deflate, br' },
        requests: [
          {
            setupRequest: (req, contexte) => {
              const famille = noms[k++ % noms.length];
              contexte.famille = famille;
              contexte.debut = performance.now();
              const q = generateurs[famille]();
              return { ...req, method: q.method, path: q.path, body: q.body, headers: { ...req.headers, ...(q.headers ?? {}) } };
            },
            onResponse: (statut, _corps, contexte) => {
              parFamille.get(contexte.famille)?.push(performance.now() - contexte.debut);
              if (statut >= 300) statuts.set(`${statut} ${contexte.famille}`, (statuts.get(`${statut} ${contexte.famille}`) ?? 0) + 1);
            },
          },
        ],
      },
      (err, r) => (err ? reject(err) : resolve({ r, parFamille, statuts })),
    );
  });
}

/** RSS (MB) of a process and all its descendants (the cluster's workers), from /proc. */
function rss(pid) {
  const pids = [pid];
  for (let i = 0; i < pids.length; i++) {
    try {
      for (const t of readdirSync(`/proc/${pids[i]}/task`)) {
        const enfants = readFileSync(`/proc/${pids[i]}/task/${t}/children`, 'utf8').trim();
        if (enfants) pids.push(...enfants.split(/\s+/).map(Number));
      }
    } catch {
      /* gone */
    }
  }
  let total = 0;
  for (const p of pids) {
    try {
      const m = readFileSync(`/proc/${p}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
      if (m) total += Number(m[1]);
    } catch {
      /* gone */
    }
  }
  return { mo: Math.round(total / 1024), processus: pids.length };
}

/** Samples the RSS every second while `travail` runs: start, peak, end. */
async function suivreRss(pids, travail) {
  const mesure = () => pids.filter(Boolean).reduce((s, p) => s + rss(p).mo, 0);
  const debut = mesure();
  let pic = debut;
  const minuterie = setInterval(() => (pic = Math.max(pic, mesure())), 1000);
  try {
    const resultat = await travail();
    return { resultat, rss: { debut, pic, fin: mesure() } };
  } finally {
    clearInterval(minuterie);
  }
}

const charge = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ');

function resume({ r, parFamille, statuts }) {
  const familles = [...parFamille]
    .filter(([, l]) => l.length)
    .map(([f, l]) => {
      const tries = l.sort((a, b) => a - b);
      return `${f} ${quantile(tries, 0.5)}/${quantile(tries, 0.99)} ms`;
    });
  const refus = [...statuts].map(([s, n]) => `${s}: ${n}`).join(', ');
  return (
    `p50 ${r.latency.p50} ms · p99 ${r.latency.p99} ms · ${Math.round(r.requests.average)} req/s · ` +
    `erreurs ${r.errors} · délais ${r.timeouts} · non-2xx ${r.non2xx}${refus ? ` (${refus})` : ''}` +
    (familles.length > 1 ? ` — par famille p50/p99 : ${familles.join(' ; ')}` : '')
  );
}

/** Issue 10 finding 15: the mixed load's targets on each database target. */
function objectif({ r }, memoire, embarquee) {
  const erreurs = r.errors + r.timeouts + r.non2xx;
  // stable: the RSS at the end within 10 % of the start (the peak is printed beside it)
  const stable = memoire.fin <= memoire.debut * 1.1;
  const tenu = embarquee ? r.latency.p99 <= 2000 : r.latency.p99 <= 1000 && r.requests.average >= 400;
  const cible = embarquee ? 'embarquée : p99 ≤ 2 s' : 'PostGIS natif : p99 ≤ 1 s et ≥ 400 req/s';
  return (
    `${cible}, 0 erreur, RSS stable — ${tenu && erreurs === 0 && stable ? 'ATTEINT' : 'NON ATTEINT'} ` +
    `(p99 ${r.latency.p99} ms, ${Math.round(r.requests.average)} req/s, ${erreurs} erreurs ou non-2xx, RSS ${memoire.debut} → ${memoire.fin} Mo)`
  );
}

export default async function ({ baseUrl, databaseUrl, pidApplication, pidBase, embarquee }) {
  const connexions = Number(process.env.MAILLAGE_CHARGE_CONNEXIONS ?? 200);
  const duree = Number(process.env.MAILLAGE_CHARGE_DUREE ?? 45);
  const dureeFamille = Number(process.env.MAILLAGE_CHARGE_DUREE_FAMILLE ?? 10);
  const choix = process.env.MAILLAGE_CHARGE_FAMILLES?.split(',').map((f) => f.trim());
  const donnees = await lireCommunes(databaseUrl);
  const tous = familles(donnees, aleatoire(20261201));
  const retenus = Object.fromEntries(Object.entries(tous).filter(([nom]) => !choix || choix.some((c) => nom.startsWith(c))));
  const chiffres = { communes: donnees.communes.length, 'charge de la machine au début (1 / 5 / 15 min)': charge() };
  // the database process too when it is apart (embedded PGlite served by its own process)
  const pids = [pidApplication, pidBase];
  if (dureeFamille > 0) {
    for (const [nom, generateur] of Object.entries(retenus)) {
      const { resultat } = await suivreRss(pids, () => lancer(baseUrl, { [nom]: generateur }, dureeFamille, connexions));
      chiffres[`${nom} — ${connexions} connexions ${dureeFamille} s`] = resume(resultat);
    }
  }
  const { resultat, rss: memoire } = await suivreRss(pids, () => lancer(baseUrl, retenus, duree, connexions));
  chiffres[`mélange — ${connexions} connexions ${duree} s`] = resume(resultat);
  chiffres['RSS des processus de l’application pendant le mélange (Mo, début / pic / fin)'] = `${memoire.debut} / ${memoire.pic} / ${memoire.fin}`;
  chiffres['processus de l’application (primaire et processus de service, base embarquée comprise)'] = pids
    .filter(Boolean)
    .reduce((n, p) => n + rss(p).processus, 0);
  chiffres['objectif du mélange (issue 10, constat 15)'] = objectif(resultat, memoire, embarquee);
  chiffres['charge de la machine à la fin (1 / 5 / 15 min)'] = charge();
  return chiffres;
}
