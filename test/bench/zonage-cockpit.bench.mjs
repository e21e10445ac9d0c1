// Zonage cockpit: a class change (PATCH → gauges recomputed, server side) and a full draft diff, for Centre-Val de
// Loire and for the région with the most communes (Grand Est, 5 000+ communes). The bench account is written
// directly in the database (argon2id hash), as the benchmark app starts without a bootstrap administrator.
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const racine = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const require = createRequire(path.join(racine, 'backend', 'package.json'));
const EMAIL = 'bench-cockpit@maillage.test';
const MOT_DE_PASSE = 'Banc-Essai-Cockpit-Zonage-2026!';

async function compte(databaseUrl) {
  const { Client } = require('pg');
  const { hash } = require('@node-rs/argon2');
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO utilisateur (email, nom, mot_de_passe_hash, role, territoires) VALUES ($1, 'Banc d’essai', $2, 'admin', '[]')
       ON CONFLICT (email) DO UPDATE SET mot_de_passe_hash = EXCLUDED.mot_de_passe_hash, role = 'admin', actif = true`,
      [EMAIL, await hash(MOT_DE_PASSE)],
    );
  } finally {
    await client.end();
  }
}

/** The server warms the tiles and the access data at start-up on its one embedded connection: measure after it. */
async function attendrePrechauffage(baseUrl) {
  const fin = Date.now() + 600_000;
  while (Date.now() < fin) {
    const r = await fetch(`${baseUrl}/api/sante`).catch(() => null);
    if (r?.ok && (await r.json()).prechauffage?.termine !== false) return;
    await new Promise((x) => setTimeout(x, 500));
  }
}

export default async function ({ baseUrl, databaseUrl, mesurer }) {
  await attendrePrechauffage(baseUrl);
  await compte(databaseUrl);
  const connexion = await fetch(`${baseUrl}/api/auth/connexion`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: EMAIL, motDePasse: MOT_DE_PASSE }),
  });
  if (!connexion.ok) throw new Error(`connexion du banc d’essai refusée : ${connexion.status} ${await connexion.text()}`);
  const { jeton } = await connexion.json();
  const appel = async (methode, chemin, corps) => {
    const r = await fetch(`${baseUrl}${chemin}`, {
      method: methode,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${jeton}` },
      body: corps === undefined ? undefined : JSON.stringify(corps),
    });
    if (!r.ok) throw new Error(`${methode} ${chemin} : ${r.status} ${await r.text()}`);
    return r.status === 204 ? null : r.json();
  };
  const { calculerJauges } = await import(pathToFileURL(path.join(racine, 'backend/dist/zonage-cockpit/jauges/jauges.js')).href);
  const chiffres = {};
  for (const [region, nom] of [
    ['24', 'Centre-Val de Loire'],
    ['44', 'Grand Est'],
  ]) {
    const t0 = performance.now();
    const vue = await appel('POST', '/api/zonage-cockpit/brouillons', { region, origine: 'categories' });
    chiffres[`${nom} : création d’un brouillon, ${vue.socle.unites.length} unités, ${vue.socle.communes.length} communes (ms)`] = Math.round(
      performance.now() - t0,
    );
    const id = vue.brouillon.id;
    const libres = vue.socle.unites.filter((u) => !u.verrou).map((u) => u.code);
    const classes = ['ZIP', 'ZAC', 'HZ'];
    const changement = await mesurer(
      (i) => appel('PATCH', `/api/zonage-cockpit/brouillons/${id}/unites/${libres[i % libres.length]}`, { classe: classes[i % 3] }),
      {
        n: 100,
        echauffement: 20,
      },
    );
    chiffres[`${nom} : changement de classe → jauges recalculées, aller-retour HTTP p50/p95 (ms)`] = `${changement.p50} / ${changement.p95}`;
    const unites = vue.socle.unites.map((u) => ({
      code: u.code,
      classe: vue.decisions.unites[u.code].classe,
      categorie: u.categorie,
      populationRegion: u.populationRegion,
    }));
    const qpv = vue.socle.qpv.map((q) => ({ code: q.code, parts: q.parts, classe: null }));
    // In-process recompute of the gauges (what the browser does, and the server after saving), in microseconds.
    const durees = [];
    for (let i = 0; i < 2000; i++) {
      unites[i % unites.length].classe = classes[i % 3];
      const t = performance.now();
      calculerJauges(unites, qpv, { plafondZip: 50, plafondZac: 30, margeDerogatoire: 5 });
      durees.push((performance.now() - t) * 1000);
    }
    durees.sort((a, b) => a - b);
    const calcul = { p50: Math.round(durees[1000]), p95: Math.round(durees[1900]) };
    chiffres[`${nom} : recalcul des jauges seul p50/p95 (µs)`] = `${calcul.p50} / ${calcul.p95}`;
    const diffSans = await mesurer(() => appel('GET', `/api/zonage-cockpit/brouillons/${id}/diff?aides=non`), { n: 5, echauffement: 1 });
    chiffres[`${nom} : différences complètes sans les aides p50/max (ms)`] = `${diffSans.p50} / ${diffSans.max}`;
    const t1 = performance.now();
    const diff = await appel('GET', `/api/zonage-cockpit/brouillons/${id}/diff`);
    chiffres[`${nom} : différences complètes avec les aides (${diff.nbCommunesChangees} communes changées, ${diff.aides.groupes.length} groupes) (ms)`] =
      Math.round(performance.now() - t1);
    await appel('DELETE', `/api/zonage-cockpit/brouillons/${id}`);
  }
  return chiffres;
}
