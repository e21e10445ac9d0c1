import { CacheLru } from './cache-lru';

const tuile = (n: number) => Buffer.alloc(n);

describe('CacheLru', () => {
  it('evicts the least recently used tiles once the size limit is passed', () => {
    const cache = new CacheLru<Buffer>(100, (b) => b.length);
    cache.set('a', tuile(40));
    cache.set('b', tuile(40));
    expect(cache.get('a')).toBeDefined(); // a is now more recent than b
    cache.set('c', tuile(40));

    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBeDefined();
    expect(cache.get('c')).toBeDefined();
    expect(cache.taille).toBe(80);
  });

  it('counts a replaced entry once', () => {
    const cache = new CacheLru<Buffer>(100, (b) => b.length);
    cache.set('a', tuile(60));
    cache.set('a', tuile(30));
    expect(cache.taille).toBe(30);
    expect(cache.nombre).toBe(1);
  });

  it('keeps empty tiles (they are the most common answer) and ignores values larger than the cache', () => {
    const cache = new CacheLru<Buffer>(100, (b) => b.length);
    cache.set('vide', tuile(0));
    cache.set('enorme', tuile(101));
    expect(cache.get('vide')).toEqual(Buffer.alloc(0));
    expect(cache.get('enorme')).toBeUndefined();
  });

  it('empties completely', () => {
    const cache = new CacheLru<Buffer>(100, (b) => b.length);
    cache.set('a', tuile(10));
    cache.vider();
    expect(cache.get('a')).toBeUndefined();
    expect(cache.taille).toBe(0);
  });
});
