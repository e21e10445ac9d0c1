// Estimated national supply and scenarios (issue 15). Targets: inversion at import ≤ 60 s (2 cores); national
// recompute on the estimated supply ≤ 20 ms; a whole-country scenario at two horizons ≤ 200 ms. Also prints the fit
// of the estimated supply (the engine on it against the published APL). Figures only, never asserted.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

const racine = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const require = createRequire(import.meta.url);
const dist = (f) => require(path.join(racine, 'backend/dist', f));
const pct = (x) => `${(x * 100).toFixed(1)} %`;

export default async function ({ baseUrl, databaseUrl, mesurer, embarquee }) {
  const resultats = {};

  // 1. The inversion itself, as at first start (both vintages).
  const env = { ...process.env, DATABASE_URL: databaseUrl, MAILLAGE_BASE_EMBARQUEE: embarquee ? '1' : '0' };
  const imp = spawnSync(process.execPath, ['backend/dist/cli/import.js', 'offre-estimee', '--forcer'], { cwd: racine, env, encoding: 'utf8' });
  const duree = /offre-estimee\s+importé : (\d+) lignes.*\((\d+) ms\)/.exec(imp.stdout);
  resultats['inversion de l’APL à l’import, 2 millésimes (s)'] = duree ? (Number(duree[2]) / 1000).toFixed(1) : `échec : ${imp.stderr.slice(-200)}`;

  // 2. The fit, as stored by the import.
  const { Client } = require('pg');
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  for (const r of (await client.query('SELECT annee, ajustement, effectifs, parametres, duree_ms FROM offre_mg_estimee_ajustement ORDER BY annee')).rows) {
    for (const [cle, nom] of [
      ['apl', 'APL'],
      ['aplMoins65', 'APL<65'],
    ]) {
      const m = r.ajustement[cle];
      resultats[`ajustement ${nom} ${r.annee} : communes à 1 % / 5 %`] = `${pct(m.partA1Pourcent)} / ${pct(m.partA5Pourcent)} (${m.communes} communes)`;
      resultats[`ajustement ${nom} ${r.annee} : habitants à 1 % / 5 %, écart médian`] =
        `${pct(m.partPopulationA1Pourcent)} / ${pct(m.partPopulationA5Pourcent)}, ${pct(m.ecartRelatifMedian)}`;
      resultats[`ajustement ${nom} ${r.annee} : départements à 1 % / 5 %`] = `${m.departementsA1Pourcent} / ${m.departementsA5Pourcent} sur ${m.departements}`;
    }
    resultats[`ajustement APL ${r.annee} : pires communes`] = r.ajustement.apl.pires
      .slice(0, 5)
      .map((p) => `${p.nom} ${p.publiee.toFixed(2)}→${p.recalculee.toFixed(2)}`)
      .join(' ; ');
    const e = r.effectifs;
    resultats[`ETP implicites ${r.annee} (à ${e.consultationsParEtp} consultations) vs généralistes libéraux ameli 2024`] =
      `${Math.round(e.etpEstimes)} vs ${e.effectifAmeli} ; rapport médian par département ${e.rapportMedian.toFixed(2)}, ${pct(e.partEntre80Et125)} entre 0,8 et 1,25`;
    resultats[`inversion ${r.annee} : communes support / avec offre, balayages`] =
      `${r.parametres.communesSupport} / ${r.parametres.communesAvecOffre}, ${r.parametres.balayages}`;
  }

  // 3. National recompute on the estimated supply (the engine's graph, standardised populations of 2023).
  const { indexerTrajets, grapheDepuisPaires } = dist('acces/moteur/graphe-depuis-trajets.js');
  const { calculerApl, calculerDemande } = dist('acces/moteur/apl-2sfca.js');
  const codes = (await client.query('SELECT code FROM commune ORDER BY code')).rows.map((r) => r.code);
  const index = new Map(codes.map((c, i) => [c, i]));
  const paires = indexerTrajets(
    index,
    (await client.query(`SELECT origine_code AS o, string_agg(destination_code || ' ' || minutes::text, ' ') AS d FROM trajet GROUP BY origine_code`)).rows,
  );
  const n = codes.length;
  const graphe = grapheDepuisPaires(n, paires);
  const pop = new Float64Array(n);
  const popTot = new Float64Array(n);
  const apl = new Float64Array(n).fill(NaN);
  const apl65 = new Float64Array(n).fill(NaN);
  for (const r of (await client.query('SELECT * FROM apl_commune WHERE annee = 2023')).rows) {
    const i = index.get(r.commune_code);
    pop[i] = r.population_standardisee;
    popTot[i] = r.population_totale;
    apl[i] = r.apl;
    apl65[i] = r.apl_moins_65;
  }
  const offre = new Float64Array(n);
  const offre65 = new Float64Array(n);
  for (const r of (await client.query('SELECT * FROM offre_mg_estimee WHERE annee = 2023')).rows) {
    offre[index.get(r.commune_code)] = r.consultations;
    offre65[index.get(r.commune_code)] = r.consultations_65_plus;
  }
  await client.end();
  const demande = calculerDemande(graphe, pop);
  const recalcul = await mesurer(async () => calculerApl(graphe, offre, pop, demande), { n: 30 });
  resultats['recalcul national sur l’offre estimée (ms) p50/p95'] = `${recalcul.p50} / ${recalcul.p95}`;
  // User parameters: other decay steps, then demand and APL — the engine re-weights its pair structure in place
  // (spare weight arrays overwritten, as POST /api/acces/recalcul does); the former full rebuild for comparison.
  const { repondererGraphe } = dist('acces/moteur/graphe-trajets.js');
  const jeux = [
    [
      { jusqua: 8, poids: 1 },
      { jusqua: 14, poids: 0.6 },
      { jusqua: 20, poids: 0.25 },
    ],
    [
      { jusqua: 10, poids: 1 },
      { jusqua: 15, poids: 0.5 },
      { jusqua: 20, poids: 0.2 },
    ],
  ];
  let spare;
  const repondere = await mesurer(
    async (i) => {
      spare = repondererGraphe(graphe, jeux[i % 2], spare);
      return calculerApl(spare, offre, pop, calculerDemande(spare, pop));
    },
    { n: 30 },
  );
  resultats['recalcul national avec d’autres paliers de distance (poids du graphe recalculés en place, ms) p50/p95'] = `${repondere.p50} / ${repondere.p95}`;
  const poidsSeuls = await mesurer(async (i) => (spare = repondererGraphe(graphe, jeux[i % 2], spare)), { n: 30 });
  resultats['  dont le recalcul des poids seul (ms) p50/p95'] = `${poidsSeuls.p50} / ${poidsSeuls.p95}`;
  const parametre = await mesurer(
    async (i) => {
      const g = grapheDepuisPaires(n, paires, jeux[i % 2]);
      return calculerApl(g, offre, pop, calculerDemande(g, pop));
    },
    { n: 10 },
  );
  resultats['  pour comparaison : graphe reconstruit depuis les 2 M paires (ms) p50/p95'] = `${parametre.p50} / ${parametre.p95}`;
  resultats['charge moyenne de la machine (1 min) pendant ces mesures'] = os.loadavg()[0].toFixed(1);

  // 4. A whole-country scenario at two horizons (observed C / target A on issue 1, in memory).
  const { lireCatalogueProspective, leviersDuScenario, modeleAges } = dist('prospective/hypotheses/catalogue-prospective.js');
  const { projeter } = dist('prospective/moteur/projection.js');
  const catalogue = lireCatalogueProspective(path.join(racine, 'geo-data/prospective/hypotheses-2026.json'));
  const ages = modeleAges(catalogue);
  const plus65 = offre65.map((x, j) => Math.min(x, offre[j]));
  const base = {
    graphe,
    demande,
    populationStandardisee: pop,
    populationTotale: popTot,
    apl,
    aplMoins65: apl65,
    offreMoins65: offre.map((x, j) => x - plus65[j]),
    offrePlus65: plus65,
    zoneFragile: Uint8Array.from(apl, (a) => (a < 4 ? 1 : 0)),
    sousDotee: Uint8Array.from(apl, (a) => (a < 2.5 ? 1 : 0)),
    poleUrbain: Uint8Array.from(popTot, (p) => (p >= 20000 ? 1 : 0)),
  };
  const cible = { 1: 'A', 2: 'A', 3: 'A', 4: 'A', 5: 'A', 6: 'A' };
  const scenario = await mesurer(
    async () => {
      for (const h of [5, 10]) {
        projeter(base, leviersDuScenario(catalogue, { 1: 'C' }, h), h, ages);
        projeter(base, leviersDuScenario(catalogue, cible, h), h, ages);
      }
    },
    { n: 20 },
  );
  resultats['scénarios observé + cible, France entière, 2031 et 2036 (en mémoire, ms) p50/p95'] = `${scenario.p50} / ${scenario.p95}`;

  // 5. Over HTTP: the national recompute under user parameters.
  const recalculer = (corps) =>
    fetch(`${baseUrl}/api/acces/recalcul`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(corps) }).then((r) =>
      r.json(),
    );
  const reponse = await recalculer({ populations: 'legales-2026', porteeMinutes: 15 });
  resultats['POST /api/acces/recalcul : calcul serveur (populations 2026, portée 15 min, premier appel, ms)'] = reponse.dureeCalculMs;
  const http = await mesurer((i) => recalculer(i % 2 ? { populations: 'legales-2026' } : { porteeMinutes: 15 }), { n: 10 });
  resultats['POST /api/acces/recalcul aller-retour, carte nationale (ms) p50/p95'] = `${http.p50} / ${http.p95}`;
  const calculs = [];
  const paliersHttp = await mesurer((i) => recalculer({ paliers: jeux[i % 2] }).then((r) => calculs.push(r.dureeCalculMs)), { n: 10 });
  calculs.sort((a, b) => a - b);
  resultats['POST /api/acces/recalcul, paliers changés à chaque appel : aller-retour p50/p95, calcul serveur médian (ms)'] =
    `${paliersHttp.p50} / ${paliersHttp.p95}, ${calculs[Math.floor(calculs.length / 2)]}`;

  // 6. Over HTTP: the Creuse with map arrays and gaps per lever; France without the per-lever detail.
  const poster = (corps) =>
    fetch(`${baseUrl}/api/prospective/scenarios`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(corps) }).then((r) =>
      r.json(),
    );
  await poster({ territoire: 'departement:23', observe: {}, cible: {} });
  const creuse = await mesurer(() => poster({ territoire: 'departement:23', observe: { hypotheses: { 1: 'C' } }, cible: { hypotheses: cible }, carte: true }), {
    n: 10,
  });
  resultats['POST scénarios, Creuse, cartes + écarts par levier (ms) p50/p95'] = `${creuse.p50} / ${creuse.p95}`;
  const france = await mesurer(() => poster({ observe: { hypotheses: { 1: 'C' } }, cible: { hypotheses: cible }, detailLeviers: false }), { n: 10 });
  resultats['POST scénarios, France entière, sans écarts par levier (ms) p50/p95'] = `${france.p50} / ${france.p95}`;
  const franceDetail = await mesurer(() => poster({ observe: { hypotheses: { 1: 'C' } }, cible: { hypotheses: cible } }), { n: 5, echauffement: 1 });
  resultats['POST scénarios, France entière, avec écarts par levier et par enjeu (ms) p50/p95'] = `${franceDetail.p50} / ${franceDetail.p95}`;
  return resultats;
}
