import { agregerVersCog2026, correspondanceCog } from './correspondance-cog';
import { LigneAplDrees } from './lecture-apl-drees';

const referentiel = [
  { code: '01187', type: 'commune-actuelle', anciensCodes: ['01330'] },
  { code: '01330', type: 'commune-deleguee', chefLieu: '01187' },
  { code: '12218', type: 'commune-actuelle', anciensCodes: ['12076'] },
  { code: '75056', type: 'commune-actuelle' },
  { code: '75101', type: 'arrondissement-municipal', commune: '75056' },
  { code: '75102', type: 'arrondissement-municipal', commune: '75056' },
  { code: '85165', type: 'commune-associee', chefLieu: '85084' },
  { code: '85084', type: 'commune-actuelle' },
];
const ligne = (code: string, apl: number, aplMoins65: number, populationStandardisee: number, populationTotale: number): LigneAplDrees => ({
  ligne: 0,
  code,
  nom: code,
  apl,
  aplMoins65,
  populationStandardisee,
  populationTotale,
});

describe('COG 2022/2023 → 2026 correspondence', () => {
  const c = correspondanceCog(referentiel);
  it('maps merged communes, changed codes and PLM arrondissements to their 2026 commune', () => {
    expect(c.versCog2026('01330')).toBe('01187');
    expect(c.versCog2026('01187')).toBe('01187');
    expect(c.versCog2026('12076')).toBe('12218');
    expect(c.versCog2026('75101')).toBe('75056');
    expect(c.versCog2026('99999')).toBeNull();
  });

  it('weights APL by the standardised population and sums both populations', () => {
    const { communes } = agregerVersCog2026(
      [ligne('01187', 2, 1, 300, 310), ligne('01330', 4, 3, 100, 90)],
      c,
      new Set(['01187']),
    );
    expect(communes).toEqual([
      { commune: '01187', apl: 2.5, aplMoins65: 1.5, populationStandardisee: 400, populationTotale: 400, codesSource: ['01187', '01330'] },
    ]);
  });

  it('gives a zero-population merged commune no weight, and keeps a plain mean when nobody lives anywhere', () => {
    const avecVide = agregerVersCog2026([ligne('85084', 3, 2, 1000, 1000), ligne('85165', 9, 9, 0, 0)], c, new Set(['85084']));
    expect(avecVide.communes[0].apl).toBe(3);
    const vide = agregerVersCog2026([ligne('01187', 2, 2, 0, 0), ligne('01330', 4, 2, 0, 0)], c, new Set(['01187']));
    expect(vide.communes[0].apl).toBe(3);
  });

  it('reports rows whose commune is unknown or outside the loaded communes', () => {
    const { sansCorrespondance } = agregerVersCog2026([ligne('99999', 1, 1, 1, 1), ligne('75101', 1, 1, 1, 1)], c, new Set(['01187']));
    expect(sansCorrespondance.map((l) => l.code)).toEqual(['99999', '75101']);
  });
});
