import { decoderTexte } from './decoder-texte';
import { decouperLigne, enregistrements, lignesDe } from './decouper-ligne';

describe('decoderTexte', () => {
  it('reads UTF-8 with a BOM and drops the BOM', () => {
    const r = decoderTexte(Buffer.from('\ufeffCode;Libellé\n', 'utf8'), 'a.csv');
    expect(r).toEqual({ texte: 'Code;Libellé\n', encodage: 'utf-8' });
  });
  it('falls back to Latin-1 when the bytes are not valid UTF-8 (older FINESS extracts)', () => {
    const r = decoderTexte(Buffer.from('structureet;CENTRE DE SANTÉ\n', 'latin1'), 'finess.csv');
    expect(r.encodage).toBe('latin-1');
    expect(r.texte).toContain('SANTÉ');
  });
  it('refuses UTF-16 and binary files', () => {
    expect(() => decoderTexte(Buffer.from('\ufeffCode', 'utf16le'), 'x.csv')).toThrow(/UTF-16 ou fichier binaire/);
    expect(() => decoderTexte(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), 'x.xlsx')).toThrow(/« x.xlsx » refusé/);
  });
  it('refuses text damaged by a double encoding', () => {
    expect(() => decoderTexte(Buffer.from('Code;LibellÃ©\n', 'utf8'), 'z.csv')).toThrow(/doublement encodés/);
  });
  it('refuses an empty file', () => {
    expect(() => decoderTexte(Buffer.alloc(0), 'vide.csv')).toThrow(/vide/);
  });
});

describe('decouperLigne', () => {
  it('keeps a quoted separator inside its field', () => {
    expect(decouperLigne('a;"ZONE NORD ; ZAE";c', ';')).toEqual(['a', 'ZONE NORD ; ZAE', 'c']);
    expect(decouperLigne('a;"dit ""x""";', ';')).toEqual(['a', 'dit "x"', '']);
  });
  it('splits RPPS lines on pipes, keeping the trailing empty field', () => {
    expect(decouperLigne('8|10100|', '|')).toEqual(['8', '10100', '']);
  });
  it('splits lines on CRLF and LF and drops trailing blank lines', () => {
    expect(lignesDe('a\r\nb\nc\n\n')).toEqual(['a', 'b', 'c']);
  });
});

describe('enregistrements', () => {
  it('keeps a quoted field spanning two lines in one record and numbers records by their first line', () => {
    const r = enregistrements('a,b\n1,"x;\n y"\n2,z\n', ',');
    expect(r).toEqual([
      { ligne: 1, champs: ['a', 'b'] },
      { ligne: 2, champs: ['1', 'x;\n y'] },
      { ligne: 4, champs: ['2', 'z'] },
    ]);
  });
});
