import { CorrespondanceCog } from '../common/cog/correspondance-cog';
import { classesParCommune } from './classes-par-commune';
import { lireClasse } from './classes-zonage';

const cog = CorrespondanceCog.referentiel();

describe('lireClasse', () => {
  it.each([
    ['1_ZIP', 'ZIP'],
    ['2_ZAC', 'ZAC'],
    ['3_HZ', 'HZ'],
    ['Hors zonage', 'HZ'],
    ['4_ZAR', 'ZAR'],
  ])('reads the GP class %s as %s', (brut, classe) => {
    expect(lireClasse('medecin', brut)).toEqual({ classe });
  });
  it('reads the nurses’ categories', () => {
    expect(lireClasse('infirmier', '1_Tres_sous_dotee')).toEqual({ classe: 'TRES_SOUS_DOTEE' });
    expect(lireClasse('infirmier', '3_intermediaire')).toEqual({ classe: 'INTERMEDIAIRE' });
  });
  it('treats N/A as an absence and an unknown label as invalid', () => {
    expect(lireClasse('medecin', 'N/A - résultat non disponible')).toEqual({ absente: 'N/A - résultat non disponible' });
    expect(lireClasse('medecin', '5_ZZZ')).toEqual({ invalide: '5_ZZZ' });
    expect(lireClasse('medecin', '1_Tres_sous_dotee')).toEqual({ invalide: '1_Tres_sous_dotee' });
  });
});

describe('classesParCommune', () => {
  it('maps a COG 2024 code merged since into its 2026 commune when the classes agree', () => {
    const r = classesParCommune(
      'medecin',
      [
        { ligne: 4, code: '01015', valeur: '1_ZIP' },
        { ligne: 5, code: '01340', valeur: '1_ZIP' },
      ],
      cog,
    );
    expect(r.valeurs).toEqual([{ commune_code: '01015', classe: 'ZIP', classe_source: '01015:1_ZIP 01340:1_ZIP' }]);
    expect(r.invalides).toEqual([]);
  });
  it('classes Marseille MIXTE when its arrondissements differ, keeping each arrondissement', () => {
    const r = classesParCommune(
      'medecin',
      [
        { ligne: 4, code: '13201', valeur: '3_HZ' },
        { ligne: 5, code: '13203', valeur: '1_ZIP' },
      ],
      cog,
    );
    expect(r.valeurs).toEqual(
      expect.arrayContaining([
        { commune_code: '13201', classe: 'HZ', classe_source: '3_HZ' },
        { commune_code: '13203', classe: 'ZIP', classe_source: '1_ZIP' },
        expect.objectContaining({ commune_code: '13055', classe: 'MIXTE' }),
      ]),
    );
  });
  it('reports malformed codes, unknown classes and duplicates with their line numbers', () => {
    const r = classesParCommune(
      'medecin',
      [
        { ligne: 4, code: '1001', valeur: '1_ZIP' },
        { ligne: 5, code: '01002', valeur: 'ZIPP' },
        { ligne: 6, code: '01004', valeur: '2_ZAC' },
        { ligne: 7, code: '01004', valeur: '2_ZAC' },
      ],
      cog,
    );
    expect(r.invalides.map((i) => i.ligne)).toEqual([4, 5, 7]);
    expect(r.invalides[0].message).toContain('Ligne 4');
  });
  it('skips, with a reason, codes outside the COG 2026 scope and N/A rows', () => {
    const r = classesParCommune(
      'medecin',
      [
        { ligne: 9, code: '97701', valeur: '1_ZIP' },
        { ligne: 10, code: '97411', valeur: 'N/A - résultat non disponible' },
      ],
      cog,
    );
    expect(r.valeurs).toEqual([]);
    expect(r.ignorees.map((i) => i.ligne)).toEqual([9, 10]);
  });
});
