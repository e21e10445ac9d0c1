import { CommuneReferentiel, CorrespondanceCog } from '../../common/cog/correspondance-cog';
import { agregerVersCog2026 } from './agreger-vers-cog-2026';
import { LigneAplDrees } from './lecture-apl-drees';

const actuelle = (code: string, anciensCodes?: string[]): CommuneReferentiel => ({
  code,
  nom: code,
  type: 'commune-actuelle',
  zone: 'metro',
  departement: code.slice(0, 2),
  region: '00',
  anciensCodes,
});
const referentiel: CommuneReferentiel[] = [
  actuelle('01187', ['01330']),
  { code: '01330', nom: '01330', type: 'commune-deleguee', zone: 'metro', chefLieu: '01187' },
  actuelle('75056'),
  { code: '75101', nom: '75101', type: 'arrondissement-municipal', zone: 'metro', commune: '75056' },
  { code: '85165', nom: '85165', type: 'commune-associee', zone: 'metro', chefLieu: '85084' },
  actuelle('85084'),
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

describe('APL of COG 2022/2023 communes aggregated into 2026 communes', () => {
  const c = CorrespondanceCog.depuis(referentiel);

  it('weights APL by the standardised population and sums both populations', () => {
    const { communes } = agregerVersCog2026([ligne('01187', 2, 1, 300, 310), ligne('01330', 4, 3, 100, 90)], c, new Set(['01187']));
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
