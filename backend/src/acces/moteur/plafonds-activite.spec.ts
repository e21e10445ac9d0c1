import { activiteRetenue } from './plafonds-activite';
import { poidsDistance } from './decroissance';

describe('DREES activity caps', () => {
  it.each([
    [0, 0],
    [250, 0],
    [251, 3600],
    [3600, 3600],
    [3601, 3601],
    [6000, 6000],
    [9000, 6000],
  ])('counts %d acts as %d', (actes, retenu) => expect(activiteRetenue(actes)).toBe(retenu));
  it('imputes 5,400 acts to a new GP and does not cap health centres', () => {
    expect(activiteRetenue(0, { nouveau: true })).toBe(5400);
    expect(activiteRetenue(200, { centreDeSante: true })).toBe(200);
    expect(activiteRetenue(9000, { centreDeSante: true })).toBe(9000);
  });
});

describe('DREES distance decay', () => {
  it.each([
    [0, 1],
    [9.99, 1],
    [10, 2 / 3],
    [14.99, 2 / 3],
    [15, 1 / 3],
    [20, 1 / 3],
    [20.01, 0],
  ])('weighs %d minutes as %d', (t, f) => expect(poidsDistance(t)).toBeCloseTo(f, 15));
});
