import { describe, expect, it } from 'vitest';
import { ecrireTerritoire, lireTerritoire } from './territoire-url';

describe('territory in the URL', () => {
  it('writes type:code and reads it back (Corsican codes in capitals)', () => {
    expect(ecrireTerritoire({ type: 'commune', code: '2A004' })).toBe('commune:2A004');
    expect(lireTerritoire('commune:2a004')).toEqual({ type: 'commune', code: '2A004' });
    expect(lireTerritoire('epci:244200770')).toEqual({ type: 'epci', code: '244200770' });
  });

  it('refuses unknown types and malformed codes', () => {
    for (const texte of ['pays:FR', 'commune:', 'commune:42 218', '42218', 'commune:42218:x', null]) expect(lireTerritoire(texte)).toBeNull();
  });
});
