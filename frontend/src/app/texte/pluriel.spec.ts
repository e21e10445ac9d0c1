import { describe, expect, it } from 'vitest';
import { accord, nombreEtNom, rang } from './pluriel';

describe('French plurals', () => {
  it('keeps 0 and 1 singular, plural from 2, with a non-breaking space and French digits', () => {
    expect(nombreEtNom(0, 'commune')).toBe('0\u00a0commune');
    expect(nombreEtNom(1, 'région')).toBe('1\u00a0région');
    expect(nombreEtNom(2, 'région')).toBe('2\u00a0régions');
    expect(nombreEtNom(12500, 'habitant')).toBe('12\u202f500\u00a0habitants');
    expect(nombreEtNom(3, 'bureau', 'bureaux')).toBe('3\u00a0bureaux');
  });

  it('agrees a word alone (1,5 médecin) and writes « 1er » then « 2e »', () => {
    expect(accord(1.5, 'médecin')).toBe('médecin');
    expect(accord(0, 'médecin')).toBe('médecin');
    expect(accord(3, 'médecin')).toBe('médecins');
    expect(rang(1)).toBe('1er');
    expect(rang(2)).toBe('2e');
    expect(rang(1200)).toBe('1\u202f200e');
  });
});
