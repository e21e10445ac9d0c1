// Vector tiles over HTTP, every couche the map shows, at the zooms where the map asks for them (the sources'
// minzoom–maxzoom, frontend/src/app/carte/couches/sources-tuiles.ts), around métropole and the DROM.
// Weight: the largest tile per zoom and per couche, as sent (gzip, which every browser asks for) and decoded.
// Time: cold = the first request of a tile to this server process (zooms 4–6 are rendered ahead at start-up, so
// "cold" there is what a visitor meets after the warm-up), warm = the same tiles asked again (tile cache).
// Targets (issue 14): no tile over 300 kB at zoom ≤ 8; cold p95 ≤ 150 ms. Printed, never asserted.
import { get } from 'node:http';
import { gunzipSync } from 'node:zlib';

/** Places whose tiles are measured: métropole (cities, countryside, mountains, Corsica) and the five DROM. */
const LIEUX = [
  [2.35, 48.86],
  [4.39, 45.43],
  [-4.49, 48.39],
  [7.75, 48.58],
  [1.44, 43.6],
  [3.06, 50.63],
  [-0.58, 44.84],
  [6.08, 44.56],
  [2.44, 44.93],
  [1.87, 46.17],
  [8.74, 41.93],
  [9.15, 42.3],
  [55.45, -20.88],
  [55.48, -21.34],
  [-61.53, 16.24],
  [-61.07, 14.6],
  [-52.33, 4.92],
  [45.23, -12.78],
];
/** The zooms each source is asked at (the map over-zooms the last one). */
const ZOOMS = { communes: [4, 12], epci: [4, 11], departements: [4, 10], regions: [4, 8] };
const BANDES = [
  ['z4–6', 4, 6],
  ['z7–8', 7, 8],
  ['z9–12', 9, 12],
];

function tuileDe([lon, lat], z) {
  const n = 2 ** z;
  const x = Math.floor(((lon + 180) / 360) * n);
  const rad = (lat * Math.PI) / 180;
  const y = Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * n);
  return { z, x, y };
}

/** The tile of each place and its east and south neighbours, without duplicates. */
function tuilesDuZoom(z) {
  const vues = new Map();
  for (const lieu of LIEUX) {
    const { x, y } = tuileDe(lieu, z);
    for (const [dx, dy] of [
      [0, 0],
      [1, 0],
      [0, 1],
    ])
      vues.set(`${z}/${x + dx}/${y + dy}`, { z, x: x + dx, y: y + dy });
  }
  return [...vues.values()];
}

const quantile = (valeurs, p) => {
  const tries = [...valeurs].sort((a, b) => a - b);
  return tries.length ? +tries[Math.min(tries.length - 1, Math.floor(p * tries.length))].toFixed(1) : '—';
};
const kio = (octets) => +(octets / 1024).toFixed(0);

/** Time to the last byte, bytes on the wire (gzip when the server sends it) and decoded. */
function chronometrer(url) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    get(url, { headers: { 'Accept-Encoding': 'gzip' } }, (r) => {
      const morceaux = [];
      r.on('data', (m) => morceaux.push(m));
      r.on('end', () => {
        const ms = performance.now() - t0;
        if (r.statusCode !== 200 && r.statusCode !== 204) return reject(new Error(`${url} : HTTP ${r.statusCode}`));
        const fil = Buffer.concat(morceaux);
        const brut = r.headers['content-encoding'] === 'gzip' ? gunzipSync(fil) : fil;
        resolve({ ms, fil: fil.length, brut: brut.length });
      });
    }).on('error', reject);
  });
}

export default async function ({ baseUrl }) {
  const url = (couche, { z, x, y }) => `${baseUrl}/api/tuiles/${couche}/${z}/${x}/${y}.pbf`;
  const chiffres = {};
  const froids = new Map(BANDES.map(([nom]) => [nom, []]));
  const chauds = new Map(BANDES.map(([nom]) => [nom, []]));
  // the communes alone: the heaviest couche (the others' small tiles pull the all-couches quantiles down)
  const froidsCommunes = new Map(BANDES.map(([nom]) => [nom, []]));
  const bandeDe = (z) => BANDES.find(([, min, max]) => z >= min && z <= max)[0];
  let plusLourdeBasZoom = { fil: 0, brut: 0, ou: '' };
  for (const [couche, [zMin, zMax]] of Object.entries(ZOOMS)) {
    const poids = [];
    for (let z = zMin; z <= zMax; z++) {
      const tuiles = tuilesDuZoom(z);
      let max = { fil: 0, brut: 0 };
      for (const t of tuiles) {
        const m = await chronometrer(url(couche, t));
        froids.get(bandeDe(z)).push(m.ms);
        if (couche === 'communes') froidsCommunes.get(bandeDe(z)).push(m.ms);
        if (m.fil > max.fil) max = { fil: m.fil, brut: m.brut, ou: `${couche} ${z}/${t.x}/${t.y}` };
      }
      for (let tour = 0; tour < 2; tour++) for (const t of tuiles) chauds.get(bandeDe(z)).push((await chronometrer(url(couche, t))).ms);
      poids.push(`z${z} ${kio(max.fil)}/${kio(max.brut)}`);
      if (z <= 8 && max.fil > plusLourdeBasZoom.fil) plusLourdeBasZoom = max;
    }
    chiffres[`${couche} : tuile la plus lourde par zoom (Kio envoyés gzip / décodés)`] = poids.join(' · ');
  }
  chiffres['tuile la plus lourde aux zooms ≤ 8 (Kio envoyés gzip / décodés ; cible ≤ 300 envoyés)'] =
    `${kio(plusLourdeBasZoom.fil)} / ${kio(plusLourdeBasZoom.brut)} (${plusLourdeBasZoom.ou})`;
  for (const [bande] of BANDES) {
    const f = froids.get(bande);
    const c = chauds.get(bande);
    chiffres[`${bande} froid p50/p95/max (ms, ${f.length} tuiles ; cible p95 ≤ 150)`] = `${quantile(f, 0.5)} / ${quantile(f, 0.95)} / ${quantile(f, 1)}`;
    chiffres[`${bande} chaud p50/p95/max (ms)`] = `${quantile(c, 0.5)} / ${quantile(c, 0.95)} / ${quantile(c, 1)}`;
    const fc = froidsCommunes.get(bande);
    chiffres[`${bande} froid, communes seules, p50/p95/max (ms, ${fc.length} tuiles ; cible p95 ≤ 150)`] =
      `${quantile(fc, 0.5)} / ${quantile(fc, 0.95)} / ${quantile(fc, 1)}`;
  }
  const tousFroids = [...froids.values()].flat();
  chiffres['z4–12 toutes couches, froid p95 (ms ; cible ≤ 150)'] = quantile(tousFroids, 0.95);
  return chiffres;
}
