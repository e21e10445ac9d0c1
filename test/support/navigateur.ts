import path from 'node:path';
import { Browser, BrowserContextOptions, Page, chromium } from 'playwright-core';

/** Debian's chromium, headless, with a fresh profile (Playwright's own temporary one) and no background network (closed network here). */
export async function lancerNavigateur(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--use-gl=angle',
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * A new page as the map tests use it (1280×860, French, reduced motion so the map jumps instead of flying, unless
 * `options` says otherwise); the console's errors and the page's uncaught errors are pushed onto `erreursConsole`.
 */
export async function ouvrirPage(navigateur: Browser, erreursConsole: string[], options: BrowserContextOptions = {}): Promise<Page> {
  const page = await navigateur.newPage({ viewport: { width: 1280, height: 860 }, locale: 'fr-FR', reducedMotion: 'reduce', ...options });
  page.on('console', (m) => m.type() === 'error' && erreursConsole.push(m.text()));
  page.on('pageerror', (e) => erreursConsole.push(e.message));
  return page;
}

export const urlApplication = (): string => {
  const url = process.env.MAILLAGE_URL;
  if (!url) throw new Error('MAILLAGE_URL absent : lancez les tests avec « npm test ».');
  return url;
};

/** Where browser tests leave their screenshots (git-ignored). */
export const DOSSIER_CAPTURES = path.join(__dirname, '..', '..', 'test-results');

/** Polls `condition` every 250 ms until it holds, or fails with `message` after `delaiMs`. */
export async function attendreQue(condition: () => Promise<boolean>, delaiMs: number, message: string): Promise<void> {
  const fin = Date.now() + delaiMs;
  while (Date.now() < fin) {
    if (await condition()) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(message);
}
