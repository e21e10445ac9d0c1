#!/usr/bin/env node
// Construit la géométrie territoriale livrée dans geo-data/territoires/ à partir des données brutes.
//
//   node geo-data/scripts/build-territoires.mjs [chemin/vers/shared/data]   (défaut : ../shared/data)
//
// Entrées :
//   - <data>/communes-cog2024-france-merged.geojson : polygones des communes, COG 2024 (dérivé ADMIN EXPRESS IGN)
//   - @etalab/decoupage-administratif@6 : liste des communes COG 2026, EPCI, départements, régions
//   - <data>/communes-geofla2016-neussargues-en-pinatelle-DERIVED.geojson : les 5 communes (COG 2016, IGN GEOFLA 2.2)
//     qui formaient Neussargues en Pinatelle, pour découper son polygone 2024 entre les communes rétablies en 2025
// Sorties (geo-data/territoires/) :
//   communes.geojson.gz, epci.geojson.gz, departements.geojson.gz, regions.geojson.gz, reconciliation.json
//
// Étapes :
//   1. Réconciliation COG 2024 -> COG 2026 : chaque polygone 2024 est affecté à la commune 2026 dont le code est
//      le sien, ou qui le porte dans `anciensCodes`, ou qui est le `chefLieu` de la commune déléguée/associée
//      portant ce code (les deux dernières sources sont vérifiées concordantes).
//   2. mapshaper -clean : comblement des interstices / chevauchements de l'assemblage source (< 1 km²).
//   3. mapshaper -dissolve par commune 2026 (fusions de communes).
//   4. mapshaper -simplify (Visvalingam pondéré, topologie préservée, keep-shapes) puis -snap : arrondi à 1e-5°
//      avec correction des intersections que l'arrondi pourrait créer.
//   5. mapshaper -dissolve des communes simplifiées en EPCI, départements, régions (frontières identiques).
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const mapshaper = require('mapshaper');
const polygonClipping = require('polygon-clipping');

// ---------------------------------------------------------------- paramètres
const SIMPLIFY_PERCENT = process.env.SIMPLIFY_PERCENT || '50%'; // part des sommets « supprimables » conservés
const SIMPLIFY_WEIGHTING = 0.7;
const PRECISION = 0.00001; // 5 décimales (~1 m)
const GAP_FILL_AREA = '1km2'; // interstices entre communes comblés par -clean (l'enclave de Llívia, 12 km², est conservée)
const ZONES = new Set(['metro', 'drom']); // métropole + 971 972 973 974 976 ; COM exclues

// Communes rétablies (défusions) absentes du fond 2024 : leur territoire est inclus dans le polygone 2024 de la
// commune nouvelle dont elles ont été détachées. Le référentiel 2026 ne porte pas ce lien (aucun anciensCodes ni
// chefLieu) : il est documenté ici et contrôlé ci-dessous (même département, même EPCI 2026, nom du parent modifié).
//   Neussargues en Pinatelle (15141, commune nouvelle 2017) -> rétablissement au 1er janvier 2025 de Celles,
//   Chalinargues, Chavagnac, Sainte-Anastasie ; 15141 redevient Neussargues-Moissac.
const RETABLIES = { 15031: '15141', 15035: '15141', 15047: '15141', 15171: '15141' };

const here = path.dirname(fileURLToPath(import.meta.url));
const geoDir = path.resolve(here, '..');
const outDir = path.join(geoDir, 'territoires');
const dataDir = path.resolve(process.argv[2] || '../shared/data');
const SOURCE = path.join(dataDir, 'communes-cog2024-france-merged.geojson');
// Limites antérieures à la commune nouvelle (COG 2016) des communes rétablies : IGN GEOFLA 2.2 (28 juin 2016), via
// gregoiredavid/france-geojson@cd65fc65 (departements/15-cantal/communes-15-cantal.geojson), 5 communes extraites.
const SOURCE_RETABLIES = path.join(dataDir, 'communes-geofla2016-neussargues-en-pinatelle-DERIVED.geojson');

const t0 = Date.now();
const log = (...a) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...a);

// ---------------------------------------------------------------- référentiel 2026
const ref = require('@etalab/decoupage-administratif/data/communes.json');
const epciRef = require('@etalab/decoupage-administratif/data/epci.json');
const depRef = require('@etalab/decoupage-administratif/data/departements.json');
const regRef = require('@etalab/decoupage-administratif/data/regions.json');
const refVersion = require('@etalab/decoupage-administratif/package.json').version;

const actuelles = ref.filter((c) => c.type === 'commune-actuelle' && ZONES.has(c.zone));
const actuelleByCode = new Map(actuelles.map((c) => [c.code, c]));
const comCodes = new Set(ref.filter((c) => c.type === 'commune-actuelle' && !ZONES.has(c.zone)).map((c) => c.code));

const parAnciensCodes = new Map();
for (const c of actuelles) {
  for (const a of c.anciensCodes || []) {
    if (parAnciensCodes.has(a) && parAnciensCodes.get(a) !== c.code) throw new Error(`ancien code ${a} ambigu`);
    parAnciensCodes.set(a, c.code);
  }
}
const parChefLieu = new Map();
for (const c of ref) {
  if ((c.type === 'commune-deleguee' || c.type === 'commune-associee') && c.chefLieu && c.chefLieu !== c.code) {
    if (parChefLieu.has(c.code) && parChefLieu.get(c.code) !== c.chefLieu) throw new Error(`déléguée ${c.code} ambiguë`);
    parChefLieu.set(c.code, c.chefLieu);
  }
}

const epciByCommune = new Map();
const epciNom = new Map();
for (const e of epciRef) {
  epciNom.set(e.code, e.nom);
  for (const m of e.membres) epciByCommune.set(m.code, e.code);
}
const depNom = new Map(depRef.map((d) => [d.code, d.nom]));
const regNom = new Map(regRef.map((r) => [r.code, r.nom]));

// ---------------------------------------------------------------- réconciliation
log(`lecture ${SOURCE}`);
const source = JSON.parse(readFileSync(SOURCE, 'utf8'));
const polygonesNonAffectes = [];
const anciensParCible = new Map(); // code 2026 -> [codes 2024]
const features = [];
for (const f of source.features) {
  const code = f.properties.code;
  let cible = null;
  let via = null;
  if (actuelleByCode.has(code)) {
    cible = code;
    via = 'code';
  } else {
    const a = parAnciensCodes.get(code);
    const d = parChefLieu.get(code);
    if (a && d && a !== d) throw new Error(`${code} : anciensCodes -> ${a} mais chefLieu -> ${d}`);
    cible = a || d || null;
    via = a ? 'anciensCodes' : d ? 'chefLieu' : null;
  }
  if (!cible || !actuelleByCode.has(cible)) {
    polygonesNonAffectes.push({
      code,
      nom: f.properties.nom,
      motif:
        comCodes.has(code) || (/^9[78]/.test(code) && !/^97[1-46]/.test(code))
          ? "collectivité d'outre-mer (COM), hors périmètre (métropole + 5 DROM)"
          : 'aucune commune 2026 correspondante',
    });
    continue;
  }
  if (!anciensParCible.has(cible)) anciensParCible.set(cible, []);
  anciensParCible.get(cible).push({ code, nom: f.properties.nom, via });
  const c = actuelleByCode.get(cible);
  const epci = epciByCommune.get(cible) || null;
  features.push({
    type: 'Feature',
    properties: {
      cible,
      nom: c.nom,
      epci,
      epciNom: epci ? epciNom.get(epci) : null,
      dep: c.departement,
      depNom: depNom.get(c.departement),
      reg: c.region,
      regNom: regNom.get(c.region),
    },
    geometry: f.geometry,
  });
}

// ---------------------------------------------------------------- communes rétablies : découpage du parent
// Le polygone 2024 du parent (ADMIN EXPRESS) est partagé selon les limites d'avant la fusion (GEOFLA 2016) : chaque
// commune rétablie reçoit parent ∩ son ancien contour ; le contour extérieur reste celui d'ADMIN EXPRESS. Les
// liserés du parent que les anciens contours ne couvrent pas (généralisations différentes des deux sources) vont à la
// pièce avec laquelle ils partagent le plus de sommets (à défaut, la plus proche).
const decoupages = [];
{
  const anciens = JSON.parse(readFileSync(SOURCE_RETABLIES, 'utf8')).features;
  const parents = [...new Set(Object.values(RETABLIES))];
  for (const parent of parents) {
    const i = features.findIndex((f) => f.properties.cible === parent);
    if (i < 0) throw new Error(`parent ${parent} des communes rétablies introuvable`);
    const enfants = Object.keys(RETABLIES).filter((c) => RETABLIES[c] === parent);
    const codes = [parent, ...enfants];
    const contours = new Map(anciens.filter((f) => codes.includes(f.properties.code)).map((f) => [f.properties.code, f.geometry.coordinates]));
    for (const c of codes) if (!contours.has(c)) throw new Error(`contour 2016 de ${c} absent de ${SOURCE_RETABLIES}`);
    const geomParent = features[i].geometry;
    const P = geomParent.type === 'Polygon' ? [geomParent.coordinates] : geomParent.coordinates;
    const pieces = new Map(codes.map((c) => [c, polygonClipping.intersection(P, contours.get(c))]));
    const liseres = polygonClipping.difference(P, ...pieces.values());
    const sommets = new Map(
      codes.map((c) => [
        c,
        new Set(
          pieces
            .get(c)
            .flat(2)
            .map((p) => p.join(',')),
        ),
      ]),
    );
    const centre = (mp) => {
      const pts = mp.flat(2);
      return [pts.reduce((s, p) => s + p[0], 0) / pts.length, pts.reduce((s, p) => s + p[1], 0) / pts.length];
    };
    let surfaceLiseres = 0;
    for (const l of liseres) {
      const pts = l.flat(1).map((p) => p.join(','));
      let choix = null;
      let meilleur = 0;
      for (const c of codes) {
        const n = pts.filter((p) => sommets.get(c).has(p)).length;
        if (n > meilleur) [choix, meilleur] = [c, n];
      }
      if (!choix) {
        const [x, y] = centre([l]);
        choix = codes.reduce((a, b) => {
          const d = (c) => Math.hypot(centre(pieces.get(c))[0] - x, centre(pieces.get(c))[1] - y);
          return d(a) <= d(b) ? a : b;
        });
      }
      pieces.set(choix, polygonClipping.union(pieces.get(choix), [l]));
      surfaceLiseres += aireApprocheeKm2([l]);
    }
    const base = features[i];
    features.splice(i, 1);
    for (const c of codes) {
      const a = actuelleByCode.get(c);
      const epci = epciByCommune.get(c) || null;
      features.push({
        type: 'Feature',
        properties: { ...base.properties, cible: c, nom: a.nom, epci, epciNom: epci ? epciNom.get(epci) : null },
        geometry: { type: 'MultiPolygon', coordinates: pieces.get(c) },
      });
    }
    decoupages.push({
      parent,
      communes: codes,
      surfacesKm2: Object.fromEntries(codes.map((c) => [c, Math.round(aireApprocheeKm2(pieces.get(c)) * 100) / 100])),
      liseresReaffectes: liseres.length,
      surfaceLiseresKm2: Math.round(surfaceLiseres * 100) / 100,
      source: 'IGN GEOFLA 2.2 (COG 2016), via gregoiredavid/france-geojson@cd65fc65',
    });
    log(`découpage de ${parent} : ${codes.join(', ')} ; ${liseres.length} liserés réaffectés (${surfaceLiseres.toFixed(2)} km²)`);
  }
}

/** Area of a WGS84 multipolygon in km² (equirectangular approximation at the ring's latitude, enough for a report). */
function aireApprocheeKm2(mp) {
  let a = 0;
  for (const poly of mp) {
    poly.forEach((ring, k) => {
      let s = 0;
      const lat = (ring.reduce((t, p) => t + p[1], 0) / ring.length) * (Math.PI / 180);
      for (let j = 0; j + 1 < ring.length; j++) s += ring[j][0] * ring[j + 1][1] - ring[j + 1][0] * ring[j][1];
      a += (k === 0 ? 1 : -1) * Math.abs(s / 2) * 111.32 * 111.32 * Math.cos(lat);
    });
  }
  return a;
}

// Noms COG 2024 disparus du COG 2026 (communes fusionnées sans commune déléguée, communes renommées) : des fichiers
// de millésime 2024 désignent encore les communes par ces noms (export CartoSanté par code postal et nom).
const cibleDuCode2024 = new Map([...anciensParCible].flatMap(([cible, srcs]) => srcs.map((s) => [s.code, cible])));
const nomsCog2024 = source.features
  .filter((f) => cibleDuCode2024.has(f.properties.code) && actuelleByCode.get(f.properties.code)?.nom !== f.properties.nom)
  .map((f) => ({ code: f.properties.code, nom: f.properties.nom, commune: cibleDuCode2024.get(f.properties.code) }))
  .sort((a, b) => a.code.localeCompare(b.code));

const fusionnees = [];
for (const [code, srcs] of [...anciensParCible].sort(([a], [b]) => a.localeCompare(b))) {
  if (srcs.length > 1 || srcs[0].code !== code) {
    fusionnees.push({
      code,
      nom: actuelleByCode.get(code).nom,
      anciens: srcs.map((s) => s.code).sort(),
      nature: srcs.length > 1 ? 'fusion' : 'changement de code (chef-lieu)',
    });
  }
}

const retablies = [];
const communesSansPolygone = [];
for (const c of actuelles) {
  if (anciensParCible.has(c.code)) continue;
  const parent = RETABLIES[c.code];
  if (parent && anciensParCible.has(parent)) {
    const p = actuelleByCode.get(parent);
    const ok = p.departement === c.departement && epciByCommune.get(parent) === epciByCommune.get(c.code);
    if (!ok) throw new Error(`rétablissement ${c.code} -> ${parent} incohérent`);
    const nom2024 = source.features.find((f) => f.properties.code === parent)?.properties.nom;
    retablies.push({
      code: c.code,
      nom: c.nom,
      parent,
      nomParent2024: nom2024,
      note: `commune rétablie au 1er janvier 2025 ; contour découpé dans le polygone 2024 de ${parent} (${nom2024}) selon ses limites de 2016 (IGN GEOFLA)`,
    });
  } else {
    communesSansPolygone.push({ code: c.code, nom: c.nom });
  }
}
log(
  `réconciliation : ${features.length} polygones 2024 -> ${anciensParCible.size} communes 2026, ` +
    `${fusionnees.length} fusions/changements de code, ${retablies.length} rétablies (contour découpé), ` +
    `${polygonesNonAffectes.length} polygones non affectés, ${communesSansPolygone.length} communes sans polygone`,
);

// ---------------------------------------------------------------- mapshaper
const out = (name) => `-target ${name} -sort 'code' -o ${name}.geojson format=geojson precision=${PRECISION}`;
const commands = [
  '-i communes2024.json name=communes',
  `-clean gap-fill-area=${GAP_FILL_AREA}`,
  '-dissolve cible copy-fields=nom,epci,epciNom,dep,depNom,reg,regNom',
  `-simplify weighting=${SIMPLIFY_WEIGHTING} keep-shapes ${SIMPLIFY_PERCENT}`,
  `-snap precision=${PRECISION} fix-geometry`, // arrondi 1e-5 avant les agrégations
  '-clean', // supprime les micro-nœuds papillon (< 1 m) que l'arrondi peut créer
  '-rename-fields code=cible',
  '-dissolve epci copy-fields=epciNom + name=epci',
  '-filter "epci != null" target=epci',
  '-rename-fields code=epci,nom=epciNom target=epci',
  '-dissolve dep copy-fields=depNom + name=departements target=communes',
  '-rename-fields code=dep,nom=depNom target=departements',
  '-dissolve reg copy-fields=regNom + name=regions target=communes',
  '-rename-fields code=reg,nom=regNom target=regions',
  '-filter-fields code,nom target=communes',
  out('communes'),
  out('epci'),
  out('departements'),
  out('regions'),
].join(' ');
log('mapshaper', commands);
const result = await mapshaper.applyCommands(commands, {
  'communes2024.json': { type: 'FeatureCollection', features },
});

// ---------------------------------------------------------------- écriture
mkdirSync(outDir, { recursive: true });
const tailles = {};
for (const name of ['communes', 'epci', 'departements', 'regions']) {
  const raw = result[`${name}.geojson`];
  const buf = Buffer.isBuffer(raw) ? raw : Buffer.from(raw);
  const fc = JSON.parse(buf.toString('utf8'));
  for (const f of fc.features) {
    if (!f.geometry || !/^(Multi)?Polygon$/.test(f.geometry.type)) throw new Error(`${name} ${f.properties.code} : géométrie ${f.geometry?.type}`);
  }
  const gz = gzipSync(buf, { level: 9 });
  writeFileSync(path.join(outDir, `${name}.geojson.gz`), gz);
  tailles[name] = { entites: fc.features.length, octets: buf.length, octetsGzip: gz.length };
  log(`${name}.geojson.gz : ${fc.features.length} entités, ${(buf.length / 1e6).toFixed(1)} Mo brut, ${(gz.length / 1e6).toFixed(2)} Mo gzip`);
}

const reconciliation = {
  millesimeSource: 'COG 2024',
  millesimeCible: 'COG 2026',
  referentiel: `@etalab/decoupage-administratif@${refVersion} (communes-actuelles, zones metro + drom)`,
  source: 'communes-cog2024-france-merged.geojson',
  parametres: {
    clean: { gapFillArea: GAP_FILL_AREA },
    simplify: { methode: 'Visvalingam pondéré (mapshaper)', weighting: SIMPLIFY_WEIGHTING, pourcentage: SIMPLIFY_PERCENT, keepShapes: true },
    precision: PRECISION,
  },
  effectifs: {
    polygones2024: source.features.length,
    communes2026Reference: actuelles.length,
    communesAvecGeometrie: tailles.communes.entites,
    epci: tailles.epci.entites,
    departements: tailles.departements.entites,
    regions: tailles.regions.entites,
  },
  fusionnees,
  retablies,
  decoupages,
  nomsCog2024,
  polygonesNonAffectes,
  communesSansPolygone,
  tailles,
};
writeFileSync(path.join(outDir, 'reconciliation.json'), JSON.stringify(reconciliation, null, 2) + '\n');

console.log('\nRésumé');
console.log(`  polygones COG 2024 lus          : ${source.features.length}`);
console.log(`  communes COG 2026 (metro+DROM)  : ${actuelles.length}`);
console.log(`  communes livrées avec géométrie : ${tailles.communes.entites}`);
console.log(
  `  fusions / changements de code   : ${fusionnees.length} (${fusionnees.filter((f) => f.nature === 'fusion').length} fusions, ` +
    `${fusionnees.reduce((n, f) => n + f.anciens.length, 0)} polygones 2024 concernés)`,
);
console.log(`  rétablies (contour découpé)     : ${retablies.map((r) => `${r.code} ${r.nom} (⊂ ${r.parent} en 2024)`).join(', ') || '—'}`);
console.log(`  polygones non affectés          : ${polygonesNonAffectes.map((p) => `${p.code} ${p.nom}`).join(', ') || '—'}`);
console.log(`  communes sans polygone          : ${communesSansPolygone.map((p) => `${p.code} ${p.nom}`).join(', ') || '—'}`);
console.log(`  EPCI ${tailles.epci.entites}, départements ${tailles.departements.entites}, régions ${tailles.regions.entites}`);
log('terminé');
if (communesSansPolygone.length) process.exitCode = 1;
