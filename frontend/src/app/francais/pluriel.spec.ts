import { describe, expect, it } from 'vitest';
import { accord, nombreDe, rang } from './pluriel';

describe('French plurals and ranks', () => {
  it('takes the singular for 0 and 1', () => {
    expect(nombreDe(0, 'commune', 'communes')).toBe('0 commune');
    expect(nombreDe(1, 'commune', 'communes')).toBe('1 commune');
    expect(nombreDe(2, 'commune', 'communes')).toBe('2 communes');
    expect(nombreDe(1500, 'habitant', 'habitants')).toBe('1\u202f500 habitants');
    expect(accord(1.5, 'médecin', 'médecins')).toBe('médecin');
  });

  it('writes « 1er » then « 2e »', () => {
    expect(rang(1)).toBe('1er');
    expect(rang(2)).toBe('2e');
    expect(rang(1200)).toBe('1\u202f200e');
  });
});
