import { IncomingHttpHeaders, get } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { DataSource } from 'typeorm';
import { lireMvt } from '../../backend/src/tuiles/lire-mvt.spec-helper';
import { ApplicationDeTest, demarrerApplication } from '../support/application';

/**
 * Vector tiles as the map downloads them (gzip, which every browser asks for), on either path (ST_AsMVT on native
 * PostGIS, geojson-vt on the embedded database): light at low zoom, and still holding every commune a person can see.
 */
function brut(base: string, chemin: string): Promise<{ statut: number; entetes: IncomingHttpHeaders; octets: Buffer }> {
  return new Promise((resolve, reject) => {
    get(base + chemin, { headers: { 'Accept-Encoding': 'gzip' } }, (r) => {
      const morceaux: Buffer[] = [];
      r.on('data', (m: Buffer) => morceaux.push(m));
      r.on('end', () => resolve({ statut: r.statusCode ?? 0, entetes: r.headers, octets: Buffer.concat(morceaux) }));
    }).on('error', reject);
  });
}

/** Codes of the communes with one polygon covering at least `pixels` square pixels of the tile (512 px), by PostGIS. */
async function communesVisibles(ds: DataSource, z: number, x: number, y: number, pixels: number): Promise<string[]> {
  const lignes: { code: string }[] = await ds.query(
    `WITH e AS (SELECT ST_TileEnvelope($1, $2, $3) AS m, (40075016.685578488 / (512 * 2 ^ $1)) ^ 2 AS pixel2)
     SELECT DISTINCT c.code FROM commune c, e, ST_Dump(c.geom) AS partie
      WHERE c.geom && ST_Transform(e.m, 4326)
        AND ST_Area(ST_Intersection(ST_Transform(partie.geom, 3857), e.m)) >= $4 * e.pixel2
      ORDER BY 1`,
    [z, x, y, pixels],
  );
  return lignes.map((l) => l.code);
}

describe('Tuiles vectorielles : poids et contenu', () => {
  let t: ApplicationDeTest;
  let ds: DataSource;
  beforeAll(async () => {
    t = await demarrerApplication();
    ds = t.app.get(DataSource);
  });
  afterAll(async () => {
    await t.fermer();
  });

  it('sends the densest zoom-6 commune tile (Paris to Lyon) in under 300 kB, with every commune larger than a pixel', async () => {
    const r = await brut(t.url, '/api/tuiles/communes/6/32/22.pbf');
    expect(r.statut).toBe(200);
    expect(r.entetes['content-encoding']).toBe('gzip');
    expect(r.octets.length).toBeLessThan(300 * 1024);
    const [couche] = lireMvt(gunzipSync(r.octets));
    expect(couche.nom).toBe('communes');
    // codes only (ST_AsMVT may still list the key `nom`, with no value)
    expect(couche.valeurs.filter((v) => !/^(\d\d|2A|2B)\d{3}$/.test(v))).toEqual([]);
    const codes = new Set(couche.valeurs);
    const attendues = await communesVisibles(ds, 6, 32, 22, 1);
    expect(attendues.length).toBeGreaterThan(10_000);
    expect(attendues.filter((c) => !codes.has(c))).toEqual([]);
    // Paris, Lyon, Dijon, Orléans, and Le Plessis-Robinson, one of the smaller communes near Paris (3.4 km², about 5 square pixels here)
    for (const code of ['75056', '69123', '21231', '45234', '92060']) expect(codes.has(code)).toBe(true);
  });

  it('keeps the names in the tiles from zoom 7, where the tooltip reads them', async () => {
    const r = await brut(t.url, '/api/tuiles/communes/7/64/44.pbf');
    expect(r.statut).toBe(200);
    const [couche] = lireMvt(gunzipSync(r.octets));
    expect(couche.cles.sort()).toEqual(['code', 'nom']);
    expect(couche.valeurs).toContain('Paris');
  });

  it('serves every commune name by code for the tiles that carry none', async () => {
    const r = await t.http().get('/api/tuiles/communes/noms').expect(200);
    expect(r.headers['cache-control']).toBe('public, max-age=300');
    const [{ n }]: { n: number }[] = await ds.query(`SELECT count(*)::int AS n FROM commune`);
    expect(Object.keys(r.body.noms)).toHaveLength(n);
    expect(r.body.noms['42218']).toBe('Saint-Étienne');
    expect(r.body.noms['2A004']).toBe('Ajaccio');
    expect(r.body.source).toMatch(/INSEE/);
  });
});
