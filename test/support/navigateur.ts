import { Browser, chromium } from 'playwright-core';

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

export const urlApplication = (): string => {
  const url = process.env.MAILLAGE_URL;
  if (!url) throw new Error('MAILLAGE_URL absent : lancez les tests avec « npm test ».');
  return url;
};
