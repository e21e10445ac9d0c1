import { describe, expect, it } from 'vitest';
import { nombreEtNom } from './pluriel';

describe('French plurals', () => {
  it('keeps 0 and 1 singular, plural from 2, with a non-breaking space and French digits', () => {
    expect(nombreEtNom(0, 'commune')).toBe('0\u00a0commune');
    expect(nombreEtNom(1, 'région')).toBe('1\u00a0région');
    expect(nombreEtNom(2, 'région')).toBe('2\u00a0régions');
    expect(nombreEtNom(12500, 'habitant')).toBe('12\u202f500\u00a0habitants');
    expect(nombreEtNom(3, 'bureau', 'bureaux')).toBe('3\u00a0bureaux');
  });
});
