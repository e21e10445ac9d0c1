import { EMPRISES_FRANCE, tuilesCouvrant } from './tuiles-couvrant';

describe('tuilesCouvrant', () => {
  it('covers metropolitan France with two zoom-4 tiles (row 5 spans 41°N to 55.8°N)', () => {
    expect(tuilesCouvrant([EMPRISES_FRANCE[0]], 4)).toEqual([
      { z: 4, x: 7, y: 5 },
      { z: 4, x: 8, y: 5 },
    ]);
  });

  it('includes the overseas departments, each in its own tile at zoom 5', () => {
    const tuiles = tuilesCouvrant(EMPRISES_FRANCE, 5);
    // Saint-Denis de La Réunion (55.45°E, 20.88°S) and Cayenne (52.3°W, 4.9°N)
    expect(tuiles).toContainEqual({ z: 5, x: 20, y: 17 });
    expect(tuiles).toContainEqual({ z: 5, x: 11, y: 15 });
    expect(new Set(tuiles.map((t) => `${t.x}/${t.y}`)).size).toBe(tuiles.length);
  });
});
