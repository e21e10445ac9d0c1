/* global window, document, FontFace -- the glyphs are drawn by code run in the browser page (page.evaluate). */
// Generates the map's SDF glyphs once (MapLibre `glyphs`, PBF ranges of 256 code points) from a free font shipped
// on npm, so that place names render with no network: frontend/public/glyphes/<fontstack>/<start>-<end>.pbf.
//
//   node frontend/scripts/generer-glyphes.mjs
//
// Font: Noto Sans (SIL Open Font License 1.1) from @fontsource/noto-sans, regular (400) and bold (700).
// Glyphs: rasterised by the browser (headless Debian chromium through playwright-core) and turned into signed
// distance fields by @mapbox/tiny-sdf — the very code MapLibre uses for the glyphs it draws locally — with the
// parameters of MapLibre's glyph PBFs (font size 24, border 3, radius 8, cutoff 0.25), then encoded with pbf in the
// glyphs.proto layout MapLibre reads. Ranges 0-255 and 256-511 cover every commune name of the COG 2026 (accents, Œ œ).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import Pbf from 'pbf';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const racine = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const sortie = path.join(racine, 'public', 'glyphes');
const fichiersPolice = path.dirname(require.resolve('@fontsource/noto-sans/package.json'));
const sourceTinySdf = readFileSync(require.resolve('@mapbox/tiny-sdf'), 'utf8');

/** MapLibre's PBF glyph parameters; `top` is counted from an origin 27.5 px above the baseline (its local glyphs' own adjustment). */
const TAILLE = 24;
const BORD = 3;
const DECALAGE_HAUT = 27.5;
const PLAGES = [
  [0, 255],
  [256, 511],
];
const GRAISSES = [
  { nom: 'Noto Sans Regular', poids: 400 },
  { nom: 'Noto Sans Bold', poids: 700 },
];

const navigateur = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
try {
  const page = await navigateur.newPage();
  await page.setContent('<!doctype html><meta charset="utf-8"><title>glyphes</title>');
  await page.addScriptTag({ type: 'module', content: sourceTinySdf.replace('export default class TinySDF', 'window.TinySDF = class TinySDF') });
  await page.waitForFunction(() => typeof window.TinySDF === 'function');
  for (const graisse of GRAISSES) {
    const polices = ['latin', 'latin-ext'].map((sousEnsemble) =>
      readFileSync(path.join(fichiersPolice, 'files', `noto-sans-${sousEnsemble}-${graisse.poids}-normal.woff2`)).toString('base64'),
    );
    for (const [debut, fin] of PLAGES) {
      const glyphes = await page.evaluate(
        async ({ polices, poids, debut, fin, taille, bord }) => {
          for (const police of polices) {
            const octets = Uint8Array.from(atob(police), (c) => c.charCodeAt(0));
            const face = new FontFace('Noto Sans Maillage', octets, { weight: String(poids) });
            await face.load();
            document.fonts.add(face);
          }
          const sdf = new window.TinySDF({
            fontSize: taille,
            buffer: bord,
            radius: 8,
            cutoff: 0.25,
            fontFamily: "'Noto Sans Maillage'",
            fontWeight: String(poids),
          });
          const resultat = [];
          for (let id = debut; id <= fin; id++) {
            const caractere = String.fromCodePoint(id);
            // Control and unassigned characters have nothing to draw.
            if (/\p{Cc}|\p{Cn}/u.test(caractere)) continue;
            const g = sdf.draw(caractere);
            resultat.push({
              id,
              data: Array.from(g.data),
              glyphWidth: g.glyphWidth,
              glyphHeight: g.glyphHeight,
              glyphLeft: g.glyphLeft,
              glyphTop: g.glyphTop,
              glyphAdvance: g.glyphAdvance,
            });
          }
          return resultat;
        },
        { polices, poids: graisse.poids, debut, fin, taille: TAILLE, bord: BORD },
      );
      const pbf = new Pbf();
      pbf.writeMessage(1, (_, p) => {
        p.writeStringField(1, graisse.nom);
        p.writeStringField(2, `${debut}-${fin}`);
        for (const g of glyphes) {
          p.writeMessage(3, (__, q) => {
            q.writeVarintField(1, g.id);
            // An empty glyph (a space) has no bitmap: MapLibre then only advances.
            if (g.glyphWidth > 0 && g.glyphHeight > 0) q.writeBytesField(2, Uint8Array.from(g.data));
            q.writeVarintField(3, g.glyphWidth);
            q.writeVarintField(4, g.glyphHeight);
            q.writeSVarintField(5, g.glyphLeft);
            q.writeSVarintField(6, Math.round(g.glyphTop - DECALAGE_HAUT));
            q.writeVarintField(7, Math.round(g.glyphAdvance));
          });
        }
      });
      const dossier = path.join(sortie, graisse.nom);
      mkdirSync(dossier, { recursive: true });
      writeFileSync(path.join(dossier, `${debut}-${fin}.pbf`), pbf.finish());
      console.log(`${graisse.nom} ${debut}-${fin} : ${glyphes.length} glyphes`);
    }
  }
} finally {
  await navigateur.close();
}
