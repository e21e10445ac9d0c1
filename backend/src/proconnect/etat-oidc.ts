import { createHmac, timingSafeEqual } from 'node:crypto';

/** What the login's return must match: PKCE verifier, state and nonce of the authorization request. */
export interface EtatOidc {
  verificateur: string;
  state: string;
  nonce: string;
  /** Expiry, ms since the epoch. */
  expire: number;
}

export const COOKIE_OIDC = 'maillage_oidc';
export const DUREE_ETAT_OIDC_MS = 10 * 60_000;

/**
 * The authorization request's state, kept in the browser between the redirect to the provider and its return,
 * in an HttpOnly cookie signed with HMAC-SHA256 (key derived from the token secret): no server-side session,
 * so any API replica can complete the login, and a forged or altered cookie is refused.
 */
export function sceller(etat: EtatOidc, secret: Buffer): string {
  const contenu = Buffer.from(JSON.stringify(etat)).toString('base64url');
  return `${contenu}.${signature(contenu, secret)}`;
}

export function desceller(valeur: string | undefined, secret: Buffer, maintenant = Date.now()): EtatOidc | null {
  if (!valeur) return null;
  const [contenu, sig] = valeur.split('.');
  if (!contenu || !sig) return null;
  const attendue = Buffer.from(signature(contenu, secret));
  const recue = Buffer.from(sig);
  if (attendue.length !== recue.length || !timingSafeEqual(attendue, recue)) return null;
  try {
    const etat = JSON.parse(Buffer.from(contenu, 'base64url').toString('utf8')) as EtatOidc;
    if (typeof etat.verificateur !== 'string' || typeof etat.state !== 'string' || typeof etat.nonce !== 'string') return null;
    return typeof etat.expire === 'number' && etat.expire > maintenant ? etat : null;
  } catch {
    return null;
  }
}

function signature(contenu: string, secret: Buffer): string {
  const cle = createHmac('sha256', secret).update('maillage:oidc:etat').digest();
  return createHmac('sha256', cle).update(contenu).digest('base64url');
}

/** The value of one cookie in a Cookie header. */
export function lireCookie(entete: string | undefined, nom: string): string | undefined {
  for (const morceau of (entete ?? '').split(';')) {
    const i = morceau.indexOf('=');
    if (i > 0 && morceau.slice(0, i).trim() === nom) return decodeURIComponent(morceau.slice(i + 1).trim());
  }
  return undefined;
}
