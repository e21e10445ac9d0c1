import { CacheReponses } from './cache-reponses';

describe('CacheReponses', () => {
  it('builds an entry once for concurrent requests of the same key and version', async () => {
    const cache = new CacheReponses(1024 * 1024);
    let constructions = 0;
    const construire = async () => {
      constructions++;
      await new Promise((r) => setTimeout(r, 5));
      return { n: constructions };
    };
    const [a, b] = await Promise.all([cache.json('k', 'v1', construire), cache.json('k', 'v1', construire)]);
    expect(a).toBe(b);
    expect(constructions).toBe(1);
    expect(JSON.parse((await cache.json('k', 'v1', construire)).brut.toString())).toEqual({ n: 1 });
  });

  it('rebuilds when the version changed (an import or a write), with a new ETag', async () => {
    const cache = new CacheReponses(1024 * 1024);
    const avant = await cache.json('k', 'v1', () => ({ apl: 2.4 }));
    const apres = await cache.json('k', 'v2', () => ({ apl: 3.1 }));
    expect(apres.brut.toString()).toBe('{"apl":3.1}');
    expect(apres.etag).not.toBe(avant.etag);
    expect(cache.nombre).toBe(1);
  });

  it('keeps the same strong ETag for the same bytes (another replica, or a rebuild after eviction)', async () => {
    const a = await new CacheReponses(1024).json('k', 'v1', () => ({ code: '31555' }));
    const b = await new CacheReponses(1024).json('k', 'v9', () => ({ code: '31555' }));
    expect(a.etag).toBe(b.etag);
    expect(a.etag).toMatch(/^"[\w-]+"$/);
  });

  it('does not keep a failed build: the next request tries again', async () => {
    const cache = new CacheReponses(1024 * 1024);
    await expect(cache.json('k', 'v1', () => Promise.reject(new Error('base indisponible')))).rejects.toThrow('base indisponible');
    await new Promise((r) => setImmediate(r));
    expect(cache.nombre).toBe(0);
    expect((await cache.json('k', 'v1', () => ({ ok: true }))).brut.toString()).toBe('{"ok":true}');
  });

  it('evicts the least recently used entries beyond its size in bytes', async () => {
    const cache = new CacheReponses(100);
    await cache.json('a', 'v', () => 'x'.repeat(40));
    await cache.json('b', 'v', () => 'y'.repeat(40));
    await new Promise((r) => setImmediate(r));
    await cache.json('c', 'v', () => 'z'.repeat(40));
    await new Promise((r) => setImmediate(r));
    let reconstruit = false;
    await cache.json('a', 'v', () => ((reconstruit = true), 'x'.repeat(40)));
    expect(reconstruit).toBe(true);
  });
});
