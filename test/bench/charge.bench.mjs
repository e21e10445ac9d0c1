// Load test (autocannon): 200 concurrent connections on the main read endpoints — territory card, indicator
// payload, vector tiles, aids of a commune (eligibility) — first each family alone, then all mixed for the full
// duration. Figures are printed (p50/p99 latency, throughput, errors), never asserted. Requests say
// `Accept-Encoding: gzip` like a browser; « erreurs » counts socket errors and timeouts (20 s) together.
// Options: MAILLAGE_CHARGE_CONNEXIONS (200), MAILLAGE_CHARGE_DUREE (60 s, mixed run), MAILLAGE_CHARGE_DUREE_FAMILLE (10 s).
import autocannon from 'autocannon';

const CODES = ['31555', '42218', '2A004', '97611', '75056', '13055', '69123', '33063', '59350', '67482'];
// Tiles around Toulouse, Lyon and Paris at zoom 8 and 10 (x/y of the slippy-map grid).
const TUILES = ['communes/8/129/94', 'communes/8/131/91', 'communes/8/129/88', 'departements/6/32/23', 'communes/10/519/376', 'epci/8/131/90'];

const FAMILLES = {
  'fiche territoire': CODES.map((c) => ({ method: 'GET', path: `/api/territoires/commune/${c}` })),
  'indicateurs (APL)': [
    { method: 'GET', path: '/api/acces/communes?indicateur=apl' },
    ...CODES.slice(0, 5).map((c) => ({ method: 'GET', path: `/api/acces/commune/${c}` })),
  ],
  tuiles: TUILES.map((t) => ({ method: 'GET', path: `/api/tuiles/${t}.pbf` })),
  'aides (éligibilité par commune)': CODES.map((c) => ({ method: 'GET', path: `/api/aides/communes/${c}` })),
};

function tirer(baseUrl, requests, duration, connections) {
  return new Promise((resolve, reject) => {
    autocannon({ url: baseUrl, connections, duration, requests, timeout: 20, headers: { 'accept-encoding': 'gzip, deflate, br' } }, (err, r) =>
      err ? reject(err) : resolve(r),
    );
  });
}

const resume = (r) =>
  `p50 ${r.latency.p50} ms · p99 ${r.latency.p99} ms · ${Math.round(r.requests.average)} req/s · ` +
  `erreurs ${r.errors} · délais ${r.timeouts} · non-2xx ${r.non2xx}`;

export default async function ({ baseUrl }) {
  const connexions = Number(process.env.MAILLAGE_CHARGE_CONNEXIONS ?? 200);
  const duree = Number(process.env.MAILLAGE_CHARGE_DUREE ?? 60);
  const dureeFamille = Number(process.env.MAILLAGE_CHARGE_DUREE_FAMILLE ?? 10);
  const chiffres = {};
  const disponibles = [];
  for (const [nom, requetes] of Object.entries(FAMILLES)) {
    // An endpoint family another feature has not shipped yet is reported, not benchmarked.
    const statuts = await Promise.all(
      requetes.map((q) =>
        fetch(baseUrl + q.path).then(
          (r) => r.status,
          () => 0,
        ),
      ),
    );
    const ok = requetes.filter((_, i) => statuts[i] === 200);
    if (!ok.length) {
      chiffres[`${nom}`] = `indisponible (statuts ${[...new Set(statuts)].join(', ')})`;
      continue;
    }
    disponibles.push(...ok);
    chiffres[`${nom} — ${connexions} connexions ${dureeFamille} s`] = resume(await tirer(baseUrl, ok, dureeFamille, connexions));
  }
  if (disponibles.length) {
    chiffres[`mélange — ${connexions} connexions ${duree} s`] = resume(await tirer(baseUrl, disponibles, duree, connexions));
  }
  return chiffres;
}
