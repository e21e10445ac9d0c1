import { describe, expect, it } from 'vitest';
import { versCsv } from './csv';

describe('versCsv', () => {
  it('writes French Excel CSV: BOM, semicolons, decimal comma, CRLF', () => {
    const csv = versCsv(
      ['commune', 'apl'],
      [
        ['Saint-Étienne', 4.147],
        ['Aÿ-Champagne', null],
      ],
    );
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1)).toBe('commune;apl\r\nSaint-Étienne;4,147\r\nAÿ-Champagne;\r\n');
  });

  it('quotes cells holding a separator, a quote or a line break', () => {
    const csv = versCsv(['source'], [['DREES ; APL "2023"'], ['ligne\nsuivante']]);
    expect(csv.slice(1).split('\r\n')).toEqual(['source', '"DREES ; APL ""2023"""', '"ligne\nsuivante"', '']);
  });
});
