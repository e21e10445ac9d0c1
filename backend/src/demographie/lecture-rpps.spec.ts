import { createReadStream } from 'node:fs';
import * as path from 'node:path';
import { CorrespondanceCog } from '../common/cog/correspondance-cog';
import { lireRpps } from './lecture-rpps';

const fixtures = path.resolve(__dirname, '../../../test/fixtures/rpps');
const lire = (nom: string) => lireRpps(createReadStream(path.join(fixtures, nom), { highWaterMark: 512 }), nom, CorrespondanceCog.referentiel());

describe('lireRpps (format officiel PS_LibreAcces_Personne_activite)', () => {
  it.each(['PS_LibreAcces_Personne_activite_202604070000.txt', 'PS_LibreAcces_Personne_activite_202001010000-latin1.txt'])(
    'keeps GPs per practice site from %s, read in small chunks',
    async (nom) => {
      const r = await lire(nom);
      expect(r.lignes).toBe(9);
      expect(r.sites.map((s) => [s.identifiantPp, s.communeCode, s.modeExercice])).toEqual([
        ['10001234567', '31555', 'L'],
        ['10001234567', '31149', 'L'],
        ['10002345678', '09122', 'L'],
        ['10003456789', '31555', 'L'],
        ['10006789012', '2A004', 'S'],
      ]);
      expect(r.ignorees.map((i) => i.ligne)).toEqual([9, 10]);
      expect(r.ignorees[0].message).toContain('code commune mal formé « 3155 »');
    },
  );
  it('detects the encoding', async () => {
    expect((await lire('PS_LibreAcces_Personne_activite_202001010000-latin1.txt')).encodage).toBe('latin-1');
    expect((await lire('PS_LibreAcces_Personne_activite_202604070000.txt')).encodage).toBe('utf-8');
  });
  it('refuses a truncated file, naming the line', async () => {
    await expect(lire('rpps-tronque.txt')).rejects.toMatchObject({ code: 'FICHIER_INVALIDE', details: [expect.objectContaining({ ligne: 8 })] });
  });
  it('refuses another header and UTF-16', async () => {
    await expect(lire('rpps-entete-modifiee.txt')).rejects.toMatchObject({ message: expect.stringContaining('en-tête officiel') });
    await expect(lire('rpps-utf16.txt')).rejects.toMatchObject({ message: expect.stringContaining('UTF-16') });
  });
});
