// Access engine: pair table build, full national recompute, what-if round trip, indicator payload for all communes.
// Targets (issue 3): build < 30 s; recompute < 200 ms; what-if p95 < 50 ms; payload < 300 ms. Figures only.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

const racine = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const require = createRequire(import.meta.url);

export default async function ({ baseUrl, databaseUrl, mesurer, embarquee }) {
  const resultats = {};

  // 1. Rebuild of the national pair table from PostGIS (the same step as the first-start import).
  const env = { ...process.env, DATABASE_URL: databaseUrl, MAILLAGE_BASE_EMBARQUEE: embarquee ? '1' : '0' };
  const imp = spawnSync(process.execPath, ['backend/dist/cli/import.js', 'trajets', '--forcer'], { cwd: racine, env, encoding: 'utf8' });
  const duree = /trajets\s+importé : (\d+) lignes.*\((\d+) ms\)/.exec(imp.stdout);
  resultats['table trajet : construction nationale (s)'] = duree ? (Number(duree[2]) / 1000).toFixed(1) : `échec : ${imp.stderr.slice(-200)}`;
  resultats['table trajet : paires'] = duree ? Number(duree[1]) : '—';

  // 2. Full national recompute in memory (CSR from the trajet table, standardised populations of APL 2023).
  //    The supply vector is a timing stand-in (5,400 acts in every inhabited commune), never shown as data.
  const { Client } = require('pg');
  const { construireGraphe } = require(path.join(racine, 'backend/dist/acces/moteur/graphe-trajets.js'));
  const { calculerApl, calculerDemande } = require(path.join(racine, 'backend/dist/acces/moteur/apl-2sfca.js'));
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  const t0 = performance.now();
  const communes = (await client.query('SELECT code FROM commune ORDER BY code')).rows.map((r) => r.code);
  const index = new Map(communes.map((c, i) => [c, i]));
  const lignes = (
    await client.query(`SELECT origine_code AS o, string_agg(destination_code || ' ' || minutes::text, ' ') AS d FROM trajet GROUP BY origine_code`)
  ).rows;
  const o = [],
    d = [],
    m = [];
  for (const l of lignes) {
    const p = l.d.split(' ');
    for (let k = 0; k < p.length; k += 2) (o.push(index.get(l.o)), d.push(index.get(p[k])), m.push(Number(p[k + 1])));
  }
  const graphe = construireGraphe(communes.length, Int32Array.from(o), Int32Array.from(d), Float64Array.from(m));
  resultats['moteur : chargement des paires en mémoire (ms)'] = Math.round(performance.now() - t0);
  const pop = new Float64Array(communes.length);
  for (const r of (await client.query('SELECT commune_code, population_standardisee FROM apl_commune WHERE annee = 2023')).rows)
    pop[index.get(r.commune_code)] = r.population_standardisee;
  await client.end();
  const offre = pop.map((p) => (p > 0 ? 5400 : 0));
  const recalcul = await mesurer(async () => calculerApl(graphe, offre, pop, calculerDemande(graphe, pop)), { n: 20 });
  resultats['recalcul national complet (2 étapes, ms) p50/p95'] = `${recalcul.p50} / ${recalcul.p95}`;

  // 3. What-if over HTTP (incremental formula on the official APL), random communes of the Loire and Corsica.
  const cibles = ['42218', '42207', '42322', '2A004', '2B033', '42187', '97411', '75056'];
  await fetch(`${baseUrl}/api/acces/commune/42218`); // loads the engine's data
  const simulation = await mesurer((i) =>
    fetch(`${baseUrl}/api/acces/simulation`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        changements: [
          { type: 'ouverture_msp', commune: cibles[i % cibles.length], nombre: 1 + (i % 4) },
          { type: 'retrait_medecins', commune: cibles[(i + 3) % cibles.length], nombre: 1 },
        ],
      }),
    }).then((r) => r.json()),
  );
  resultats['simulation (POST, aller-retour) p50/p95 (ms)'] = `${simulation.p50} / ${simulation.p95}`;
  const retraite = await mesurer(
    () =>
      fetch(`${baseUrl}/api/acces/simulation`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ changements: [{ type: 'depart_retraite', territoire: 'region:84' }] }),
      }).then((r) => r.json()),
    { n: 10 },
  );
  resultats['simulation départs en retraite d’une région p50/p95 (ms)'] = `${retraite.p50} / ${retraite.p95}`;

  // 4. Indicator payload for all communes (first call computes, later calls are memoised).
  const t1 = performance.now();
  const premier = await fetch(`${baseUrl}/api/acces/communes?indicateur=fragilite&annee=2022`).then((r) => r.text());
  resultats['indicateur toutes communes, premier appel (ms)'] = Math.round(performance.now() - t1);
  resultats['indicateur toutes communes, taille (Ko)'] = Math.round(premier.length / 1024);
  const payload = await mesurer((i) => fetch(`${baseUrl}/api/acces/communes?indicateur=${['apl', 'classe', 'evolution'][i % 3]}`).then((r) => r.text()));
  resultats['indicateur toutes communes p50/p95 (ms)'] = `${payload.p50} / ${payload.p95}`;
  const fiche = await mesurer((i) =>
    fetch(`${baseUrl}/api/acces/${['commune/42218', 'departement/42', 'region/84', 'epci/244200770'][i % 4]}`).then((r) => r.json()),
  );
  resultats['fiche accès p50/p95 (ms)'] = `${fiche.p50} / ${fiche.p95}`;
  return resultats;
}
