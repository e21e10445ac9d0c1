import { Browser, Page } from 'playwright-core';
import { urlApplication } from './navigateur';

/** A JSON call to the API of the browser tests' server, refused statuses thrown with their body. */
export async function api<T>(chemin: string, options: { methode?: string; jeton?: string; corps?: unknown } = {}): Promise<T> {
  const reponse = await fetch(`${urlApplication()}${chemin}`, {
    method: options.methode ?? 'GET',
    headers: { 'Content-Type': 'application/json', ...(options.jeton ? { Authorization: `Bearer ${options.jeton}` } : {}) },
    body: options.corps === undefined ? undefined : JSON.stringify(options.corps),
  });
  if (!reponse.ok) throw new Error(`${options.methode ?? 'GET'} ${chemin} : ${reponse.status} ${await reponse.text()}`);
  return (await reponse.json()) as T;
}

/** The session of the bootstrap administrator that scripts/test.mjs gives the server of the browser tests. */
export function connexionAdmin(): Promise<{ jeton: string }> {
  return api<{ jeton: string }>('/api/auth/connexion', {
    methode: 'POST',
    corps: { email: process.env.MAILLAGE_ADMIN_EMAIL, motDePasse: process.env.MAILLAGE_ADMIN_MOT_DE_PASSE },
  });
}

/** A desktop page already logged in, as the dashboard keeps a session after « Se connecter » (sessionStorage). */
export async function pageConnectee(navigateur: Browser, session: { jeton: string }): Promise<Page> {
  const contexte = await navigateur.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR', reducedMotion: 'reduce' });
  await contexte.addInitScript((s) => sessionStorage.setItem('maillage.session', s), JSON.stringify(session));
  return contexte.newPage();
}
