import { describe, expect, it } from 'vitest';
import { dateFrancaise } from './date-francaise';

describe('French dates', () => {
  it('writes the day, the month in letters and the year, « 1er » for the first day', () => {
    expect(dateFrancaise('2026-01-04')).toBe('4 janvier 2026');
    expect(dateFrancaise('2025-12-31')).toBe('31 décembre 2025');
    expect(dateFrancaise('2026-12-01')).toBe('1er décembre 2026');
  });

  it('leaves what is not an ISO date as it is', () => {
    expect(dateFrancaise('bientôt')).toBe('bientôt');
  });
});
