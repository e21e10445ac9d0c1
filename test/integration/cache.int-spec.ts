import { IncomingHttpHeaders, get } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { AidesService } from '../../backend/src/aides/aides.service';
import { ImportService } from '../../backend/src/import/import.service';
import { ApplicationDeTest, demarrerApplication } from '../support/application';
import { enTeteAuth, jetonPour } from '../support/auth';

/**
 * Pre-encoded response caches (common/cache): the big read answers are serialised and gzipped once,
 * carry a strong ETag (revalidation → 304), and change after an import or a write. The local aid
 * created here is a test fixture in the test database only.
 */
const suffixe = Date.now().toString(36);

/** Status, headers and raw bytes of a response, as sent on the wire (supertest and fetch would decode gzip). */
function brut(base: string, chemin: string, entetes: Record<string, string>): Promise<{ statut: number; entetes: IncomingHttpHeaders; octets: Buffer }> {
  return new Promise((resolve, reject) => {
    get(base + chemin, { headers: entetes }, (r) => {
      const morceaux: Buffer[] = [];
      r.on('data', (m: Buffer) => morceaux.push(m));
      r.on('end', () => resolve({ statut: r.statusCode ?? 0, entetes: r.headers, octets: Buffer.concat(morceaux) }));
    }).on('error', reject);
  });
}

describe('API — réponses pré-encodées (ETag, 304, gzip, invalidation)', () => {
  let t: ApplicationDeTest;
  beforeAll(async () => {
    t = await demarrerApplication();
  });
  afterAll(async () => {
    await t.fermer();
  });

  it('indicator payload: gzip once, the same JSON as identity, strong ETag, then 304 on revalidation', async () => {
    const url = '/api/acces/communes?indicateur=apl';
    const gz = await brut(t.url, url, { 'Accept-Encoding': 'gzip' });
    expect(gz.statut).toBe(200);
    expect(gz.entetes['content-encoding']).toBe('gzip');
    expect(gz.entetes['cache-control']).toBe('no-cache');
    expect(gz.entetes.vary).toBe('Accept-Encoding');
    expect(gz.entetes.etag).toMatch(/^"[\w-]+-gz"$/);
    const identite = await brut(t.url, url, { 'Accept-Encoding': 'identity' });
    expect(identite.statut).toBe(200);
    expect(identite.entetes['content-encoding']).toBeUndefined();
    expect(identite.entetes['content-type']).toBe('application/json; charset=utf-8');
    expect(gunzipSync(gz.octets).equals(identite.octets)).toBe(true);
    expect(gz.octets.length).toBeLessThan(identite.octets.length / 2);
    const json = JSON.parse(identite.octets.toString('utf8'));
    expect(json).toMatchObject({ indicateur: 'apl', source: { millesime: String(json.annee) } });
    expect(json.valeurs['31555']).toEqual(expect.any(Number));

    for (const etag of [gz.entetes.etag!, identite.entetes.etag!]) {
      const r = await brut(t.url, url, { 'Accept-Encoding': 'gzip', 'If-None-Match': etag });
      expect(r.statut).toBe(304);
      expect(r.octets.length).toBe(0);
    }
    await t.http().get(url).set('If-None-Match', '"une-autre-version"').expect(200);
  });

  it('territory card, access card, zonage map and a vector tile answer 304 to their own ETag', async () => {
    for (const [url, cacheControl] of [
      ['/api/territoires/commune/2A004', 'no-cache'],
      ['/api/acces/commune/42218', 'no-cache'],
      ['/api/zonages/medecin?date=2026-01-01', 'no-cache'],
      ['/api/tuiles/communes/8/129/94.pbf', 'public, max-age=300'],
    ]) {
      const r = await t.http().get(url).expect(200);
      expect(r.headers['cache-control']).toBe(cacheControl);
      expect(r.headers.etag).toBeDefined();
      await t.http().get(url).set('If-None-Match', r.headers.etag).expect(304);
    }
    const carte = await t.http().get('/api/territoires/commune/2A004').expect(200);
    expect(carte.body).toMatchObject({ type: 'commune', code: '2A004', nom: 'Ajaccio' });
  });

  it('errors are not cached: an unknown commune is 404 every time, a known one 200', async () => {
    await t.http().get('/api/territoires/commune/99999').expect(404);
    await t.http().get('/api/territoires/commune/99999').expect(404);
    await t.http().get('/api/aides/communes/99999').expect(400);
    await t.http().get('/api/acces/communes?indicateur=inconnu').expect(400);
  });

  it('aids of a commune: built once, then served from the cache; rebuilt after a re-import of the catalogue', async () => {
    const service = t.app.get(AidesService);
    const construction = jest.spyOn(service, 'aidesDeLaCommune');
    try {
      const url = '/api/aides/communes/23096?date=2026-11-15';
      const premiere = await t.http().get(url).expect(200);
      const seconde = await t.http().get(url).expect(200);
      expect(seconde.body).toEqual(premiere.body);
      expect(construction).toHaveBeenCalledTimes(1);

      await t.app.get(ImportService).importer(['aides'], { forcer: true });
      const apres = await t.http().get(url).set('If-None-Match', premiere.headers.etag).expect(304);
      expect(apres.headers.etag).toBe(premiere.headers.etag); // same catalogue, same bytes, same strong ETag
      expect(construction).toHaveBeenCalledTimes(2);
    } finally {
      construction.mockRestore();
    }
  });

  it('aids of a commune: a local aid published by the mayor shows at once (the old ETag no longer matches)', async () => {
    const url = '/api/aides/communes/31555?date=2026-03-01';
    const avant = await t.http().get(url).expect(200);
    const id = `test-cache-${suffixe}`;
    const elu = await jetonPour(t, 'elu');
    await t
      .http()
      .post('/api/aides')
      .set(enTeteAuth(elu))
      .send({
        id,
        nom: 'Aide de test (cache)',
        famille: 'installation',
        financeur: { type: 'commune', nom: 'Ville de Toulouse (aide de test)' },
        cibles: ['installation'],
        nature: 'aide-forfaitaire',
        description: 'Aide créée par le test des caches de réponses.',
        montant: { type: 'fixe', montant: 1500, periodicite: 'unique' },
        duree: null,
        validite: { debut: '2026-01-01', fin: '2026-12-31' },
        territoire: { type: 'commune', code: '31555' },
        criteres: [{ id: 'zone', libelle: 'Commune en ZIP, ZAC ou ZAR', fait: 'zonage.medecin', op: 'dans', valeurs: ['ZIP', 'ZAC', 'ZAR'] }],
        sources: [{ libelle: 'Délibération de test', url: null, consulteLe: '2026-11-26' }],
      })
      .expect(201);
    const apres = await t.http().get(url).set('If-None-Match', avant.headers.etag).expect(200);
    expect(apres.headers.etag).not.toBe(avant.headers.etag);
    expect(apres.body.catalogue.aidesLocales).toBe(avant.body.catalogue.aidesLocales + 1);
    const installation = apres.body.profils.find((p: { id: string }) => p.id === 'installation');
    expect(installation.aides.map((a: { id: string }) => a.id)).toContain(id);
  });
});
