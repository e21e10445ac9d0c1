// The dashboard in Debian's chromium (headless, SwiftShader WebGL: no GPU), on localhost.
// - first map paint: navigation start → first MapLibre `idle` with the commune tiles of the first view
//   loaded and drawn (`data-premier-rendu-ms`, set by frontend/src/app/mesures/premier-rendu.directive.ts);
//   the first visit meets a cold tile cache on the server, the next ones a warm one (fresh browser profile each time);
// - indicator switch: the app's own timing (`data-duree-ms` on .tableau__carte: values applied → map painted;
//   `data-duree-totale-ms`: choice → painted, including the values' download the first time).
// Targets (issue 5): first paint < 3 s, switch < 100 ms. Printed, never asserted.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Same launch as test/support/navigateur.ts (the browser tests). */
const ARGUMENTS = [
  '--no-sandbox', '--disable-gpu', '--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-quic',
  '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
];
const VISITES = 5;
const TOURS_INDICATEURS = 3;

const quantile = (valeurs, p) => {
  const tries = [...valeurs].sort((a, b) => a - b);
  return tries.length ? +tries[Math.min(tries.length - 1, Math.floor(p * tries.length))].toFixed(0) : null;
};

async function premierRendu(navigateur, baseUrl) {
  const contexte = await navigateur.newContext({ viewport: { width: 1280, height: 860 }, locale: 'fr-FR' });
  const page = await contexte.newPage();
  await page.goto(baseUrl, { waitUntil: 'domcontentloaded' });
  const carte = page.locator('mlg-carte[data-premier-rendu-ms]');
  await carte.waitFor({ state: 'attached', timeout: 60_000 });
  const ms = Number(await carte.getAttribute('data-premier-rendu-ms'));
  return { ms, page, contexte };
}

/** Switches through every indicator of the selector, `tours` times; returns the app's timings. */
async function basculer(page, tours) {
  const carte = page.locator('.tableau__carte');
  const codes = await page.locator('#choix-indicateur option').evaluateAll((options) => options.map((o) => o.value));
  const premieres = [];
  const suivantes = [];
  const totales = [];
  for (let tour = 0; tour < tours; tour++) {
    for (const code of codes) {
      if ((await carte.getAttribute('data-indicateur')) === code) continue;
      const avant = await carte.getAttribute('data-duree-totale-ms');
      await page.selectOption('#choix-indicateur', code);
      await page.waitForFunction(
        ([code, avant]) => {
          const el = document.querySelector('.tableau__carte');
          return el?.getAttribute('data-indicateur') === code && el.getAttribute('data-duree-totale-ms') !== avant;
        },
        [code, avant],
        { timeout: 30_000 },
      ).catch(() => undefined); // identical consecutive durations leave the attribute unchanged: read it anyway
      const duree = Number(await carte.getAttribute('data-duree-ms'));
      const totale = Number(await carte.getAttribute('data-duree-totale-ms'));
      (tour === 0 ? premieres : suivantes).push(duree);
      if (tour === 0) totales.push(totale);
    }
  }
  return { codes, premieres, suivantes, totales };
}

export default async function ({ baseUrl }) {
  if (!existsSync(CHROMIUM)) return { 'navigateur': `ignoré : ${CHROMIUM} absent (apt-get install -y chromium)` };
  const navigateur = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGUMENTS });
  try {
    const rendus = [];
    let derniere = null;
    for (let i = 0; i < VISITES; i++) {
      const visite = await premierRendu(navigateur, baseUrl);
      rendus.push(visite.ms);
      if (derniere) await derniere.contexte.close();
      derniere = visite;
    }
    const { codes, premieres, suivantes, totales } = await basculer(derniere.page, TOURS_INDICATEURS);
    await derniere.contexte.close();
    const suivants = rendus.slice(1);
    return {
      'premier rendu de la carte, 1re visite (ms, cible < 3000)': rendus[0],
      [`premier rendu, visites suivantes p50/max (ms, ${suivants.length} visites)`]: `${quantile(suivants, 0.5)} / ${Math.max(...suivants).toFixed(0)}`,
      [`bascule d’indicateur p50/p95 (ms, cible < 100 ; ${suivantes.length} bascules, valeurs en mémoire)`]: `${quantile(suivantes, 0.5)} / ${quantile(suivantes, 0.95)}`,
      [`bascule d’indicateur, 1re fois p50/max (ms, valeurs appliquées → carte peinte ; ${codes.length} indicateurs)`]: `${quantile(premieres, 0.5)} / ${Math.max(...premieres).toFixed(0)}`,
      'bascule d’indicateur, 1re fois avec téléchargement des valeurs p50/max (ms)': `${quantile(totales, 0.5)} / ${Math.max(...totales).toFixed(0)}`,
    };
  } finally {
    await navigateur.close();
  }
}
