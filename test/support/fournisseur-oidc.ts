import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import * as path from 'node:path';
import { createInterface } from 'node:readline';

export interface FournisseurOidc {
  issuer: string;
  clientId: string;
  clientSecret: string;
  arreter(): Promise<void>;
}

/** Starts the local OpenID Connect provider (test/support/serveur-oidc-de-test.mjs, oidc-provider) in its own process. */
export async function demarrerFournisseurOidc(): Promise<FournisseurOidc> {
  const enfant: ChildProcess = spawn(process.execPath, [path.join(__dirname, 'serveur-oidc-de-test.mjs')], { stdio: ['ignore', 'pipe', 'inherit'] });
  const ligne = await new Promise<string>((resolve, reject) => {
    const minuteur = setTimeout(() => reject(new Error('le fournisseur OIDC de test n’a pas démarré')), 30_000);
    createInterface({ input: enfant.stdout! }).once('line', (l) => {
      clearTimeout(minuteur);
      resolve(l);
    });
    enfant.once('exit', (code) => reject(new Error(`le fournisseur OIDC de test s’est arrêté (code ${code})`)));
  });
  const { issuer, clientId, clientSecret } = JSON.parse(ligne) as { issuer: string; clientId: string; clientSecret: string };
  return {
    issuer,
    clientId,
    clientSecret,
    arreter: () =>
      new Promise<void>((resolve) => {
        if (enfant.exitCode !== null) return resolve();
        enfant.once('exit', () => resolve());
        enfant.kill('SIGTERM');
      }),
  };
}

/** A free port of 127.0.0.1, for an application whose callback URL must be known before it starts. */
export function portLibre(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const adresse = s.address();
      s.close(() => resolve(typeof adresse === 'object' && adresse ? adresse.port : 0));
    });
    s.on('error', reject);
  });
}

/**
 * Goes through the provider's login and consent pages as a browser would (its development pages: the login typed
 * is the person), from the authorization URL the application redirected to; returns the callback URL the provider
 * sends the browser back to (with `code` and `state`).
 */
export async function traverserFournisseur(urlAutorisation: string, login: string): Promise<string> {
  const cookies = new Map<string, string>();
  const envoyer = async (url: string, corps?: URLSearchParams): Promise<Response> => {
    const res = await fetch(url, {
      method: corps ? 'POST' : 'GET',
      redirect: 'manual',
      headers: { cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; '), ...(corps ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
      body: corps,
    });
    for (const c of res.headers.getSetCookie()) {
      const [paire] = c.split(';');
      const i = paire.indexOf('=');
      cookies.set(paire.slice(0, i), paire.slice(i + 1));
    }
    return res;
  };
  let url = urlAutorisation;
  for (let etape = 0; etape < 12; etape++) {
    const res = await envoyer(url);
    const suivante = res.headers.get('location');
    if (suivante) {
      const absolue = new URL(suivante, url).href;
      if (absolue.includes('/api/auth/oidc/retour')) return absolue;
      url = absolue;
      continue;
    }
    const page = await res.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(page)?.[1];
    const invite = /name="prompt" value="(\w+)"/.exec(page)?.[1];
    if (!action || !invite) throw new Error(`page inattendue du fournisseur (${res.status}) : ${page.slice(0, 300)}`);
    const formulaire = new URLSearchParams({ prompt: invite, ...(invite === 'login' ? { login, password: 'peu importe' } : {}) });
    const apres = await envoyer(new URL(action.replace(/&amp;/g, '&'), url).href, formulaire);
    const location = apres.headers.get('location');
    if (!location) throw new Error(`le fournisseur n’a pas redirigé après « ${invite} » (${apres.status})`);
    url = new URL(location, url).href;
    if (url.includes('/api/auth/oidc/retour')) return url;
  }
  throw new Error('trop d’étapes chez le fournisseur OIDC de test');
}
