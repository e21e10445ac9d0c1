import { calculerJauges, QpvJauge, UniteJauge } from './jauges';

/**
 * A small fixture région, shares computed by hand:
 *   A 10 000 SN ZIP · B 6 000 vivier ZIP · C 4 000 vivier ZAC · D 15 000 hors vivier HZ · E 5 000 hors vivier ZAC
 *   population 40 000, vivier 10 000; QPV q1 (1 500 in B) classed ZAC; QPV q2 (1 000 in D) following D.
 */
const UNITES: UniteJauge[] = [
  { code: 'A', classe: 'ZIP', categorie: 'selection_nationale', populationRegion: 10_000 },
  { code: 'B', classe: 'ZIP', categorie: 'vivier', populationRegion: 6_000 },
  { code: 'C', classe: 'ZAC', categorie: 'vivier', populationRegion: 4_000 },
  { code: 'D', classe: 'HZ', categorie: 'hors_vivier', populationRegion: 15_000 },
  { code: 'E', classe: 'ZAC', categorie: 'hors_vivier', populationRegion: 5_000 },
];
const QPV: QpvJauge[] = [
  { code: 'q1', parts: [{ unite: 'B', population: 1_500 }], classe: 'ZAC' },
  { code: 'q2', parts: [{ unite: 'D', population: 1_000 }], classe: null },
];

describe('calculerJauges', () => {
  it('equals the hand-computed shares of the fixture région', () => {
    const j = calculerJauges(UNITES, QPV, { plafondZip: 40, plafondZac: 30, margeDerogatoire: 5 });
    expect(j.populationRegion).toBe(40_000);
    // ZIP = A 10 000 + B 6 000 − q1 1 500 = 14 500 → 36,25 %
    expect(j.zip.population).toBe(14_500);
    expect(j.zip.part).toBeCloseTo(36.25, 10);
    expect(j.zip.statut).toBe('respecte');
    // ZAC = C 4 000 + E 5 000 + q1 1 500 = 10 500 → 26,25 %
    expect(j.zac.population).toBe(10_500);
    expect(j.zac.part).toBeCloseTo(26.25, 10);
    // marge = E 5 000 / vivier (B + C) 10 000 = 50 % (12,5 % of the région) > 5 %
    expect(j.marge.population).toBe(5_000);
    expect(j.marge.populationVivier).toBe(10_000);
    expect(j.marge.part).toBeCloseTo(50, 10);
    expect(j.marge.partRegion).toBeCloseTo(12.5, 10);
    expect(j.marge.statut).toBe('depasse');
    expect(j.populationParClasse).toEqual({ ZIP: 14_500, ZAC: 10_500, ZAR: 0, HZ: 15_000 });
    expect(j.populationQpvDeplacee).toBe(1_500);
  });

  it('says the ceiling is unknown instead of comparing, and compares at 0.1 point', () => {
    const j = calculerJauges(UNITES, [], { plafondZip: null, plafondZac: 25, margeDerogatoire: null });
    expect(j.zip.statut).toBe('plafond_inconnu');
    expect(j.zip.part).toBeCloseTo(40, 10);
    // ZAC 9 000 / 40 000 = 22,5 % ≤ 25
    expect(j.zac.statut).toBe('respecte');
    const juste = calculerJauges(
      [
        { code: 'X', classe: 'ZIP', categorie: 'vivier', populationRegion: 10_004 },
        { code: 'Y', classe: 'HZ', categorie: null, populationRegion: 89_996 },
      ],
      [],
      {
        plafondZip: 10,
        plafondZac: null,
        margeDerogatoire: null,
      },
    );
    expect(juste.zip.part).toBeCloseTo(10.004, 10);
    expect(juste.zip.statut).toBe('respecte');
  });

  it('leaves the marge share null when the région has no vivier', () => {
    const j = calculerJauges([{ code: 'A', classe: 'ZAC', categorie: 'hors_vivier', populationRegion: 1_000 }], [], {
      plafondZip: null,
      plafondZac: null,
      margeDerogatoire: 5,
    });
    expect(j.marge.part).toBeNull();
    expect(j.marge.partRegion).toBe(100);
  });
});
