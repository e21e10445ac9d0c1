import type { Request, Response } from 'express';
import { CorpsEncode } from './corps-encode';

/** Clients revalidate every time (a 304 costs a header), so an import shows at once. */
export const REVALIDER_TOUJOURS = 'no-cache';

/**
 * Sends a pre-encoded body: 304 when the client already holds this version (If-None-Match), else
 * the gzip bytes when the client accepts gzip, else the identity bytes. The compression middleware
 * leaves it alone (it skips responses that already carry a Content-Encoding).
 */
export function envoyerCorpsEncode(req: Request, res: Response, corps: CorpsEncode, cacheControl = REVALIDER_TOUJOURS): void {
  const gzip = corps.gzip !== null && req.acceptsEncodings('gzip', 'identity') === 'gzip';
  res.setHeader('Cache-Control', cacheControl);
  res.setHeader('Vary', 'Accept-Encoding');
  // Two representations, two strong tags (RFC 9110 §8.8.3); either one revalidates the same version.
  res.setHeader('ETag', gzip ? etagGzip(corps.etag) : corps.etag);
  if (correspond(req.headers['if-none-match'], corps.etag)) {
    res.status(304).end();
    return;
  }
  const octets = gzip ? corps.gzip! : corps.brut;
  res.setHeader('Content-Type', corps.type);
  res.setHeader('Content-Length', octets.length);
  if (gzip) res.setHeader('Content-Encoding', 'gzip');
  res.status(200).end(req.method === 'HEAD' ? undefined : octets);
}

const etagGzip = (etag: string): string => `${etag.slice(0, -1)}-gz"`;

/** If-None-Match uses the weak comparison: `W/` prefixes and the gzip suffix are ignored. */
export function correspond(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch.split(',').some((t) => {
    const tag = t.trim().replace(/^W\//, '');
    return tag === etag || tag === etagGzip(etag);
  });
}
