import { describe, expect, it } from 'vitest';
import { cadrageSelection } from './cadrage-selection';

describe('framing of a selected territory', () => {
  it('shows a commune three times its size, centred, so that its neighbours are in view', () => {
    const [o, s, e, n] = cadrageSelection('commune', [4.3, 45.4, 4.4, 45.5]);
    expect(e - o).toBeCloseTo(0.3, 6);
    expect(n - s).toBeCloseTo(0.3, 6);
    expect((o + e) / 2).toBeCloseTo(4.35, 6);
    expect((s + n) / 2).toBeCloseTo(45.45, 6);
  });

  it('gives a département a tenth of margin on each side', () => {
    const [o, , e] = cadrageSelection('departement', [4, 45, 5, 46]);
    expect(o).toBeCloseTo(3.9, 6);
    expect(e).toBeCloseTo(5.1, 6);
  });
});
