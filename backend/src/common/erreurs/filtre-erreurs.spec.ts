import { BadRequestException, NotFoundException, ParseIntPipe, ParseUUIDPipe, PayloadTooLargeException } from '@nestjs/common';
import { ErreurDomaine } from './erreur-domaine';
import { FiltreErreurs } from './filtre-erreurs';

const filtre = new FiltreErreurs();
const ANGLAIS = /\b(must|should|expected|cannot|validation failed|unexpected|invalid|not found|too large|boundary)\b/i;

describe('FiltreErreurs', () => {
  it('maps domain errors by code', () => {
    expect(filtre.versCorps(new ErreurDomaine('INTERDIT', 'Hors de votre périmètre.'))).toEqual({
      statut: 403,
      code: 'INTERDIT',
      message: 'Hors de votre périmètre.',
      details: [],
    });
  });

  it.each([
    ['ParseUUIDPipe', async () => new ParseUUIDPipe({ errorHttpStatusCode: 400 }).transform('x', { type: 'param', data: 'id' }), 400],
    ['ParseIntPipe', async () => new ParseIntPipe().transform('x', { type: 'param', data: 'id' }), 400],
    ['unknown route', () => Promise.reject(new NotFoundException('Cannot GET /api/inconnue')), 404],
    ['multer size', () => Promise.reject(new PayloadTooLargeException('File too large')), 413],
    ['multer field', () => Promise.reject(new BadRequestException('Unexpected field - autre')), 400],
    ['busboy', () => Promise.reject(new BadRequestException('Multipart: Boundary not found')), 400],
    ['empty message', () => Promise.reject(new BadRequestException()), 400],
  ])('words the library refusal %s in French', async (_, lever, statut) => {
    const erreur = await lever().then(
      () => null,
      (e: unknown) => e,
    );
    const corps = filtre.versCorps(erreur);
    expect(corps.statut).toBe(statut);
    expect(corps.message).not.toMatch(ANGLAIS);
    expect(corps.message.length).toBeGreaterThan(5);
  });

  it.each([
    [{ status: 400, expose: true, type: 'entity.parse.failed', message: 'Unexpected token } in JSON' }, 400, /JSON mal formé/],
    [{ status: 413, expose: true, type: 'entity.too.large', message: 'request entity too large' }, 413, /trop volumineuse/],
    [{ status: 415, expose: true, type: 'charset.unsupported', message: 'unsupported charset "KLINGON"' }, 415, /UTF-8/],
    [{ status: 415, expose: true, type: 'encoding.unsupported', message: 'unsupported content encoding "zip"' }, 415, /Compression/],
    [{ status: 400, expose: true, message: 'Failed to decode param' }, 400, /Requête invalide/],
  ])('words body-parser and Express errors in French (%j)', (erreur, statut, message) => {
    const corps = filtre.versCorps(erreur);
    expect(corps).toMatchObject({ statut, message: expect.stringMatching(message) });
  });

  it('answers 400 (not 500) for a value PostgreSQL refused (SQLSTATE class 22), 500 for anything else', () => {
    expect(filtre.versCorps(Object.assign(new Error('value "2147483648" is out of range for type integer'), { code: '22003' })).statut).toBe(400);
    expect(filtre.versCorps({ driverError: { code: '22P02' }, message: 'invalid input syntax for type uuid' }).statut).toBe(400);
    expect(filtre.versCorps(Object.assign(new Error('relation "x" does not exist'), { code: '42P01' })).statut).toBe(500);
    expect(filtre.versCorps(new RangeError('Maximum call stack size exceeded')).statut).toBe(500);
  });
});
