import { mkdtempSync, rmSync, statSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { CacheTrajets } from './cache-trajets';

describe('CacheTrajets', () => {
  let dossier: string;
  let fichier: string;
  const paires = { origines: Int32Array.of(0, 0, 2), destinations: Int32Array.of(0, 1, 2), minutes: Float64Array.of(3.5, 12.25, 0) };

  beforeEach(() => {
    dossier = mkdtempSync(path.join(tmpdir(), 'cache-trajets-'));
    fichier = path.join(dossier, 'cache', 'trajets-acces.bin');
  });
  afterEach(() => rmSync(dossier, { recursive: true, force: true }));

  it('gives back the pairs written for the same key', async () => {
    const cache = new CacheTrajets(fichier);
    const cle = CacheTrajets.cle('apl@2026-01-01', ['01001', '01002', '01004']);
    await cache.ecrire(cle, paires);
    expect(await cache.lire(cle)).toEqual(paires);
  });

  it('gives nothing for another data version, other communes, no file or a truncated file', async () => {
    const cache = new CacheTrajets(fichier);
    expect(await cache.lire('x')).toBeNull();
    const cle = CacheTrajets.cle('apl@2026-01-01', ['01001', '01002', '01004']);
    await cache.ecrire(cle, paires);
    expect(await cache.lire(CacheTrajets.cle('apl@2026-02-01', ['01001', '01002', '01004']))).toBeNull();
    expect(await cache.lire(CacheTrajets.cle('apl@2026-01-01', ['01001', '01002', '01005']))).toBeNull();
    truncateSync(fichier, statSync(fichier).size - 8);
    expect(await cache.lire(cle)).toBeNull();
  });
});
