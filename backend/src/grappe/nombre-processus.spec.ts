import { lireNombreProcessus } from './nombre-processus';

describe('lireNombreProcessus', () => {
  it('runs one process per core on a PostgreSQL server, at most 4, and one with the embedded database', () => {
    expect(lireNombreProcessus(false, {}, 2)).toBe(2);
    expect(lireNombreProcessus(false, {}, 16)).toBe(4);
    expect(lireNombreProcessus(false, {}, 1)).toBe(1);
    expect(lireNombreProcessus(true, {}, 16)).toBe(1);
  });

  it('takes MAILLAGE_PROCESSUS as given, 1 included', () => {
    expect(lireNombreProcessus(false, { MAILLAGE_PROCESSUS: '6' }, 2)).toBe(6);
    expect(lireNombreProcessus(false, { MAILLAGE_PROCESSUS: ' 1 ' }, 8)).toBe(1);
    expect(lireNombreProcessus(true, { MAILLAGE_PROCESSUS: '1' }, 8)).toBe(1);
  });

  it('refuses a malformed count, and several processes on the embedded database, saying why in French', () => {
    for (const brut of ['0', '-2', '1.5', 'deux', '65'])
      expect(() => lireNombreProcessus(false, { MAILLAGE_PROCESSUS: brut }, 2)).toThrow(
        `MAILLAGE_PROCESSUS est un nombre entier de processus entre 1 et 64 (reçu « ${brut} »)`,
      );
    expect(() => lireNombreProcessus(true, { MAILLAGE_PROCESSUS: '2' }, 2)).toThrow(
      'MAILLAGE_PROCESSUS=2 demande une base PostgreSQL (DATABASE_URL) ; la base embarquée ne sert qu’un processus.',
    );
  });
});
