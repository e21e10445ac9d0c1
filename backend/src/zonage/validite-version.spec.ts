import { validiteALaDate } from './validite-version';

const national = {
  debut: '2024-01-01',
  fin: null,
  finPresumee: '2025-12-31',
  motif: 'nouveaux zonages ARS au 1er janvier 2026 non chargés',
  source: 'https://example.org/arrete',
};

describe('validité d’une version de zonage à une date', () => {
  it('est en vigueur jusqu’à sa fin présumée incluse', () => {
    expect(validiteALaDate(national, '2025-12-31').statut).toBe('en_vigueur');
  });

  it('est périmée le lendemain de sa fin présumée, avec le motif et la source', () => {
    expect(validiteALaDate(national, '2026-03-01')).toEqual({
      statut: 'perimee',
      finPresumee: '2025-12-31',
      motif: 'nouveaux zonages ARS au 1er janvier 2026 non chargés',
      source: 'https://example.org/arrete',
    });
  });

  it('prend la fin présumée propre à la région quand elle existe (remplacement région par région)', () => {
    const region = { finPresumee: '2026-06-30', motif: 'arrêté ARS du 1er juillet 2026', source: null };
    expect(validiteALaDate(national, '2026-03-01', region).statut).toBe('en_vigueur');
    expect(validiteALaDate(national, '2026-07-01', region)).toMatchObject({ statut: 'perimee', motif: 'arrêté ARS du 1er juillet 2026' });
  });

  it('sans fin présumée, une version ouverte reste en vigueur', () => {
    expect(validiteALaDate({ ...national, finPresumee: null, motif: null, source: null }, '2030-01-01').statut).toBe('en_vigueur');
  });
});
