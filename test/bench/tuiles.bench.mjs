// Vector tiles over HTTP (communes layer, the heaviest), zooms 5 to 12, métropole and DROM.
// Cold: the first request of a tile in this server process (not in the tile cache yet); warm: the same
// tiles asked again. The national view (zooms 4-5) is rendered ahead by the server once the first tile
// is asked, so "z5 cold" is what a user meets after that, not the rendering itself.
// Targets (issue 5): p95 < 50 ms warm, < 300 ms cold. Printed, never asserted.

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
const ZOOMS = [5, 6, 7, 8, 9, 10, 11, 12];
const COUCHE = 'communes';

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
  return +tries[Math.min(tries.length - 1, Math.floor(p * tries.length))].toFixed(1);
};

async function chronometrer(url) {
  const t0 = performance.now();
  const reponse = await fetch(url);
  const corps = await reponse.arrayBuffer();
  if (!reponse.ok && reponse.status !== 204) throw new Error(`${url} : HTTP ${reponse.status}`);
  return { ms: performance.now() - t0, octets: corps.byteLength };
}

export default async function ({ baseUrl }) {
  const url = ({ z, x, y }) => `${baseUrl}/api/tuiles/${COUCHE}/${z}/${x}/${y}.pbf`;
  const chiffres = {};
  // The server's very first tile also loads every geometry in memory on the embedded database (then renders the
  // national view); when the browser suite ran before, that was already paid.
  const premiere = await chronometrer(url(tuileDe(LIEUX[0], 8)));
  chiffres['première tuile de la suite (ms ; inclut le chargement de la géométrie si aucune carte n’a encore été affichée)'] = +premiere.ms.toFixed(0);
  await new Promise((r) => setTimeout(r, 3000));

  const froids = [];
  const chauds = [];
  for (const z of ZOOMS) {
    const tuiles = tuilesDuZoom(z).filter((t) => `${t.z}/${t.x}/${t.y}` !== `${8}/${tuileDe(LIEUX[0], 8).x}/${tuileDe(LIEUX[0], 8).y}`);
    const froid = [];
    let octets = 0;
    for (const t of tuiles) {
      const m = await chronometrer(url(t));
      froid.push(m.ms);
      octets += m.octets;
    }
    const chaud = [];
    for (let tour = 0; tour < 3; tour++) for (const t of tuiles) chaud.push((await chronometrer(url(t))).ms);
    froids.push(...froid);
    chauds.push(...chaud);
    chiffres[`z${z} froid p50/p95 (ms, ${tuiles.length} tuiles, ${Math.round(octets / tuiles.length / 1024)} Kio moy.)`] =
      `${quantile(froid, 0.5)} / ${quantile(froid, 0.95)}`;
    chiffres[`z${z} chaud p50/p95 (ms)`] = `${quantile(chaud, 0.5)} / ${quantile(chaud, 0.95)}`;
  }
  chiffres['z5–12 froid p95 (ms, cible < 300)'] = quantile(froids, 0.95);
  chiffres['z5–12 chaud p95 (ms, cible < 50)'] = quantile(chauds, 0.95);
  return chiffres;
}
