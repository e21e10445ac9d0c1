import { dateLongueFr, decimalFr, nombreDe, signeFr } from './format-fr';

describe('French formatting of the reports', () => {
  it('writes plurals with the French rules: 0 and 1 are singular', () => {
    expect(nombreDe(0, 'commune', 'communes')).toBe('0 commune');
    expect(nombreDe(1, 'commune', 'communes')).toBe('1 commune');
    expect(nombreDe(2, 'commune', 'communes')).toBe('2 communes');
    expect(nombreDe(12345, 'habitant', 'habitants')).toBe('12\u202f345 habitants');
  });

  it('writes « 1er » for the first day of a month', () => {
    expect(dateLongueFr('2026-01-01')).toBe('1er janvier 2026');
    expect(dateLongueFr('2025-03-12')).toBe('12 mars 2025');
    expect(dateLongueFr(null)).toBe('date inconnue');
  });

  it('writes decimals with a comma and signed gaps with a true minus sign', () => {
    expect(decimalFr(2.578)).toBe('2,58');
    expect(decimalFr(null)).toBe('non disponible');
    expect(signeFr(0.421)).toBe('+0,42');
    expect(signeFr(-0.1)).toBe('−0,10');
    expect(signeFr(-0.001)).toBe('0,00');
  });
});
