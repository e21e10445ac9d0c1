import { createHmac, timingSafeEqual } from 'node:crypto';
import { Role } from '../common/auth/role';

/**
 * Compact JWT (RFC 7519) signed with HS256, written against node:crypto rather than a library: the API
 * only ever signs and checks its own tokens, and the whole format fits here. Only `alg: HS256` is accepted
 * (no `none`, no algorithm confusion).
 */
export interface ChargeJeton {
  sub: string;
  role: Role;
  /** The account's session version when the token was issued: a later version (password, role changed…) revokes it. */
  ver: number;
  iss: 'maillage';
  iat: number;
  exp: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const ENTETE = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));

function base64url(texte: string | Buffer): string {
  return Buffer.from(texte).toString('base64url');
}

function signature(contenu: string, secret: Buffer): Buffer {
  return createHmac('sha256', secret).update(contenu).digest();
}

export function signerJeton(
  sujet: { id: string; role: Role; versionSession: number },
  secret: Buffer,
  dureeSecondes: number,
  maintenant = Date.now(),
): { jeton: string; expiration: Date } {
  const iat = Math.floor(maintenant / 1000);
  const charge: ChargeJeton = { sub: sujet.id, role: sujet.role, ver: sujet.versionSession, iss: 'maillage', iat, exp: iat + dureeSecondes };
  const contenu = `${ENTETE}.${base64url(JSON.stringify(charge))}`;
  return { jeton: `${contenu}.${signature(contenu, secret).toString('base64url')}`, expiration: new Date(charge.exp * 1000) };
}

/** The token's claims when its signature, issuer and expiry are valid; null otherwise. */
export function verifierJeton(jeton: string, secret: Buffer, maintenant = Date.now()): ChargeJeton | null {
  const parties = jeton.split('.');
  if (parties.length !== 3 || parties[0] !== ENTETE) return null;
  const attendue = signature(`${parties[0]}.${parties[1]}`, secret);
  const recue = Buffer.from(parties[2], 'base64url');
  if (recue.length !== attendue.length || !timingSafeEqual(recue, attendue)) return null;
  let charge: ChargeJeton;
  try {
    charge = JSON.parse(Buffer.from(parties[1], 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  // A subject that is no account id (even under a valid signature: a leaked secret, an old format) is not
  // looked up: it would reach the uuid column as is.
  if (charge?.iss !== 'maillage' || typeof charge.sub !== 'string' || !UUID.test(charge.sub) || typeof charge.exp !== 'number') return null;
  if (!Number.isInteger(charge.ver)) return null;
  if (charge.exp * 1000 <= maintenant) return null;
  return charge;
}
