import { gunzipSync } from 'node:zlib';
import type { Request, Response } from 'express';
import { encoderJson } from './corps-encode';
import { correspond, envoyerCorpsEncode } from './envoyer-corps-encode';

interface ReponseFactice {
  statut: number;
  entetes: Record<string, string | number>;
  corps: Buffer | undefined;
}

function echanger(entetes: Record<string, string>, methode = 'GET') {
  const vue: ReponseFactice = { statut: 0, entetes: {}, corps: undefined };
  const req = {
    method: methode,
    headers: entetes,
    acceptsEncodings: (...codages: string[]) => (entetes['accept-encoding']?.includes('gzip') ? 'gzip' : codages.at(-1)),
  } as unknown as Request;
  const res = {
    setHeader: (nom: string, valeur: string | number) => void (vue.entetes[nom] = valeur),
    status(code: number) {
      vue.statut = code;
      return this;
    },
    end: (corps?: Buffer) => void (vue.corps = corps),
  } as unknown as Response;
  return { req, res, vue };
}

const GROS = { valeurs: Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`31${String(i).padStart(3, '0')}`, i / 7])) };

describe('envoyerCorpsEncode', () => {
  it('sends the gzip bytes to a client that accepts gzip, and they decode to the JSON res.json would send', async () => {
    const corps = await encoderJson(GROS);
    const { req, res, vue } = echanger({ 'accept-encoding': 'gzip, br' });
    envoyerCorpsEncode(req, res, corps);
    expect(vue.statut).toBe(200);
    expect(vue.entetes['Content-Encoding']).toBe('gzip');
    expect(vue.entetes['Content-Type']).toBe('application/json; charset=utf-8');
    expect(vue.entetes['Cache-Control']).toBe('no-cache');
    expect(vue.entetes.Vary).toBe('Accept-Encoding');
    expect(gunzipSync(vue.corps!).toString('utf8')).toBe(JSON.stringify(GROS));
    expect(vue.entetes['Content-Length']).toBe(vue.corps!.length);
  });

  it('sends the identity bytes without Content-Encoding to a client that does not accept gzip', async () => {
    const corps = await encoderJson(GROS);
    const { req, res, vue } = echanger({});
    envoyerCorpsEncode(req, res, corps);
    expect(vue.entetes['Content-Encoding']).toBeUndefined();
    expect(vue.corps!.toString('utf8')).toBe(JSON.stringify(GROS));
    expect(vue.entetes.ETag).toBe(corps.etag);
  });

  it('answers 304 without a body when If-None-Match holds the ETag of either representation', async () => {
    const corps = await encoderJson(GROS);
    const premier = echanger({ 'accept-encoding': 'gzip' });
    envoyerCorpsEncode(premier.req, premier.res, corps);
    const etagGzip = String(premier.vue.entetes.ETag);
    expect(etagGzip).not.toBe(corps.etag);
    for (const inm of [etagGzip, corps.etag, `W/${etagGzip}`, `"autre", ${corps.etag}`]) {
      const { req, res, vue } = echanger({ 'accept-encoding': 'gzip', 'if-none-match': inm });
      envoyerCorpsEncode(req, res, corps);
      expect(vue.statut).toBe(304);
      expect(vue.corps).toBeUndefined();
    }
  });

  it('answers 200 when If-None-Match holds an older version', async () => {
    const ancien = await encoderJson({ ...GROS, version: 1 });
    const corps = await encoderJson({ ...GROS, version: 2 });
    const { req, res, vue } = echanger({ 'if-none-match': ancien.etag });
    envoyerCorpsEncode(req, res, corps);
    expect(vue.statut).toBe(200);
    expect(vue.corps!.length).toBe(corps.brut.length);
  });

  it('does not gzip a small body (below 1 kB) and sends no body to HEAD', async () => {
    const petit = await encoderJson({ code: '2A004' });
    expect(petit.gzip).toBeNull();
    const { req, res, vue } = echanger({ 'accept-encoding': 'gzip' }, 'HEAD');
    envoyerCorpsEncode(req, res, petit);
    expect(vue.entetes['Content-Encoding']).toBeUndefined();
    expect(vue.entetes['Content-Length']).toBe(petit.brut.length);
    expect(vue.corps).toBeUndefined();
  });
});

describe('correspond (If-None-Match, weak comparison)', () => {
  it('matches *, the tag, its weak form and its gzip form; nothing else', () => {
    expect(correspond('*', '"a"')).toBe(true);
    expect(correspond('"a"', '"a"')).toBe(true);
    expect(correspond('W/"a-gz"', '"a"')).toBe(true);
    expect(correspond('"b", "c"', '"a"')).toBe(false);
    expect(correspond(undefined, '"a"')).toBe(false);
  });
});
