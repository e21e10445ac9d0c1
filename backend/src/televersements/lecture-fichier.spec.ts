import { Readable } from 'node:stream';
import { lignesDuFlux } from './lecture-fichier';

/** The bytes as a stream cut into chunks of `taille` bytes (a character or a CRLF may straddle two chunks). */
const flux = (octets: Buffer, taille: number) =>
  Readable.from(Array.from({ length: Math.ceil(octets.length / taille) }, (_, i) => octets.subarray(i * taille, (i + 1) * taille)));

async function lire(octets: Buffer, encodage: 'utf-8' | 'latin-1', taille = 4) {
  const lignes: { numero: number; texte: string }[] = [];
  for await (const l of lignesDuFlux(flux(octets, taille), encodage, 'essai.csv')) lignes.push(l);
  return lignes;
}

describe('lignesDuFlux', () => {
  it('numbers the lines as in the file: BOM dropped, CRLF and LF, blank lines kept, a last line without newline kept', async () => {
    const texte = '\ufeffcode;nom\r\n31555;Toulouse\n\n2A004;Ajaccio é\r\n23096;Guéret';
    for (const taille of [1, 2, 3, 5, 64 * 1024]) {
      await expect(lire(Buffer.from(texte, 'utf8'), 'utf-8', taille)).resolves.toEqual([
        { numero: 1, texte: 'code;nom' },
        { numero: 2, texte: '31555;Toulouse' },
        { numero: 3, texte: '' },
        { numero: 4, texte: '2A004;Ajaccio é' },
        { numero: 5, texte: '23096;Guéret' },
      ]);
    }
  });

  it('decodes Latin-1 and drops nothing after a final newline', async () => {
    await expect(lire(Buffer.from('a;Guéret\r\nb;Ségur\r\n', 'latin1'), 'latin-1')).resolves.toEqual([
      { numero: 1, texte: 'a;Guéret' },
      { numero: 2, texte: 'b;Ségur' },
    ]);
  });

  it('refuses a UTF-8 file whose later bytes are Latin-1, and a doubly encoded text, in French', async () => {
    const melange = Buffer.concat([Buffer.from('a;Guéret\n', 'utf8'), Buffer.from('b;Ségur\n', 'latin1')]);
    await expect(lire(melange, 'utf-8')).rejects.toThrow(/encodage incohérent : le début du fichier est en UTF-8/);
    await expect(lire(Buffer.from('a;GuÃ©ret\n', 'utf8'), 'utf-8')).rejects.toThrow(/doublement encodés/);
  });
});
