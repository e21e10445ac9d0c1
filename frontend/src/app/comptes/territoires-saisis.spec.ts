import { describe, expect, it } from 'vitest';
import { territoiresEnTexte, territoiresSaisis } from './territoires-saisis';

describe('territoiresSaisis', () => {
  it('reads « type:code » lists, with accents, spaces or semicolons, Corsican codes upper-cased', () => {
    expect(territoiresSaisis('region:76, commune:2a004 ; département 31')).toEqual({
      territoires: [
        { type: 'region', code: '76' },
        { type: 'commune', code: '2A004' },
        { type: 'departement', code: '31' },
      ],
    });
    expect(territoiresSaisis('')).toEqual({ territoires: [] });
  });

  it('names the first entry it does not understand', () => {
    expect(territoiresSaisis('region:76, canton:12')).toEqual({ erreur: expect.stringContaining('« canton:12 » n’est pas compris') });
  });

  it('writes them back the same way', () => {
    expect(
      territoiresEnTexte([
        { type: 'epci', code: '243100518' },
        { type: 'commune', code: '31555' },
      ]),
    ).toBe('epci:243100518, commune:31555');
  });
});
