#!/usr/bin/env node
// Contrôle des fichiers livrés dans geo-data/territoires/ :
//   node geo-data/scripts/check-territoires.mjs
// - nombre d'entités, propriétés {code, nom}, types Polygon/MultiPolygon ;
// - intersections de segments (auto-intersections, chevauchements) détectées par mapshaper sur la topologie importée ;
// - présence de la Corse, des DROM, des 101 départements et 18 régions ; emprises de quelques communes témoins.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const I = require('mapshaper').internal;
const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'territoires');

let errors = 0;
const fail = (msg) => {
  errors++;
  console.log('  ERREUR', msg);
};
const bbox = (g) => {
  const b = [Infinity, Infinity, -Infinity, -Infinity];
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  for (const p of polys)
    for (const r of p)
      for (const [x, y] of r) {
        b[0] = Math.min(b[0], x);
        b[1] = Math.min(b[1], y);
        b[2] = Math.max(b[2], x);
        b[3] = Math.max(b[3], y);
      }
  return b.map((v) => +v.toFixed(4));
};

const layers = {};
for (const name of ['communes', 'epci', 'departements', 'regions']) {
  const file = path.join(dir, `${name}.geojson.gz`);
  const gz = readFileSync(file);
  const json = gunzipSync(gz).toString('utf8');
  const fc = JSON.parse(json);
  layers[name] = fc;
  const codes = new Set();
  for (const f of fc.features) {
    const keys = Object.keys(f.properties).sort().join(',');
    if (keys !== 'code,nom') fail(`${name} ${f.properties.code} : propriétés ${keys}`);
    if (!/^(Multi)?Polygon$/.test(f.geometry?.type)) fail(`${name} ${f.properties.code} : ${f.geometry?.type}`);
    if (codes.has(f.properties.code)) fail(`${name} : code en double ${f.properties.code}`);
    codes.add(f.properties.code);
  }
  const dataset = I.importGeoJSON(JSON.parse(json), {});
  const inter = I.findSegmentIntersections(dataset.arcs);
  console.log(
    `${name}: ${fc.features.length} entités, ${(gz.length / 1e6).toFixed(2)} Mo gzip, ` +
      `${dataset.arcs.getPointCount()} sommets topologiques, ${inter.length} intersections de segments`,
  );
  if (inter.length) {
    // Connu (communes) : un micro-nœud papillon d'environ 1e-5° (~1 m) à 1.89982,46.43856 (jonction 36001/36061/23084),
    // créé par l'arrondi à 5 décimales, invisible à l'affichage. Au-delà de 10 intersections : erreur.
    if (inter.length > 10) fail(`${name} : ${inter.length} intersections`);
    else console.log(`  AVERTISSEMENT ${name} : ${inter.length} intersection(s) de segments (micro, voir README)`);
    console.log(
      '   ',
      inter
        .slice(0, 5)
        .map((p) => `${p.x.toFixed(5)},${p.y.toFixed(5)}`)
        .join(' '),
    );
  }
}

const byCode = (name, code) => layers[name].features.find((f) => f.properties.code === code);
console.log('Communes témoins :');
for (const [code, [lon, lat]] of Object.entries({
  '2A004': [8.74, 41.93],
  97411: [55.45, -20.9],
  97611: [45.2, -12.78],
  42218: [4.39, 45.43],
  75056: [2.35, 48.86],
  97105: [-61.73, 16.0],
  97209: [-61.07, 14.62],
  97302: [-52.33, 4.93],
})) {
  const f = byCode('communes', code);
  if (!f) {
    fail(`commune ${code} absente`);
    continue;
  }
  const b = bbox(f.geometry);
  const inside = b[0] <= lon && lon <= b[2] && b[1] <= lat && lat <= b[3];
  const sizeKm = [(b[2] - b[0]) * 111 * Math.cos((lat * Math.PI) / 180), (b[3] - b[1]) * 111].map((v) => v.toFixed(1));
  console.log(`  ${code} ${f.properties.nom} bbox [${b.join(', ')}] ~${sizeKm.join(' x ')} km ${inside ? 'OK' : 'HORS EMPRISE'}`);
  if (!inside) fail(`${code} : emprise inattendue`);
}
const deps = layers.departements.features.map((f) => f.properties.code);
const regs = layers.regions.features.map((f) => f.properties.code);
for (const d of ['2A', '2B', '971', '972', '973', '974', '976']) if (!deps.includes(d)) fail(`département ${d} absent`);
if (deps.length !== 101) fail(`${deps.length} départements au lieu de 101`);
if (regs.length !== 18) fail(`${regs.length} régions au lieu de 18`);
console.log(`Départements : ${deps.length} ; régions : ${regs.length} (${regs.join(' ')})`);
console.log(errors ? `${errors} erreur(s)` : 'OK');
process.exitCode = errors ? 1 : 0;
