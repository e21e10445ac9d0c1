import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';

const compresser = promisify(gzip);

/** Below this size gzip saves nothing worth its header (same threshold as the compression middleware). */
const SEUIL_GZIP_OCTETS = 1024;

/**
 * A response body serialised and gzipped once, served many times: the identity bytes, the gzip bytes
 * (null when not worth it), and a strong ETag computed from the identity bytes (same on every replica).
 */
export interface CorpsEncode {
  type: string;
  brut: Buffer;
  gzip: Buffer | null;
  /** entity tag of the identity bytes; the gzip representation carries it with a `-gz` suffix */
  etag: string;
}

export async function encoderCorps(brut: Buffer, type: string): Promise<CorpsEncode> {
  const empreinte = createHash('sha1').update(brut).digest('base64url');
  // zlib runs on the libuv pool: the event loop keeps serving while a big payload is compressed.
  const gz = brut.length >= SEUIL_GZIP_OCTETS ? await compresser(brut) : null;
  return { type, brut, gzip: gz && gz.length < brut.length ? gz : null, etag: `"${empreinte}"` };
}

/** The exact bytes Express's `res.json` would send (JSON.stringify, UTF-8), encoded once. */
export function encoderJson(valeur: unknown): Promise<CorpsEncode> {
  return encoderCorps(Buffer.from(JSON.stringify(valeur), 'utf8'), 'application/json; charset=utf-8');
}

export const tailleCorps = (c: CorpsEncode): number => c.brut.length + (c.gzip?.length ?? 0);
