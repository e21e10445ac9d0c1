import { CommuneReferentiel, CorrespondanceCog } from './correspondance-cog';

describe('CorrespondanceCog (référentiel COG 2026 installé)', () => {
  const cog = CorrespondanceCog.referentiel();

  it('keeps current codes, including Corsica', () => {
    expect(cog.trouver('2A004')).toMatchObject({ commune: { code: '2A004', departement: '2A' }, nature: 'identique' });
  });
  it('maps a merged commune to its commune nouvelle (01340 → 01015 Arboys en Bugey)', () => {
    expect(cog.trouver('01340')).toMatchObject({ commune: { code: '01015' } });
  });
  it('maps a changed chef-lieu code (12076 → 12218 Conques-en-Rouergue)', () => {
    expect(cog.trouver('12076')?.commune.code).toBe('12218');
  });
  it('maps Marseille arrondissements to Marseille', () => {
    expect(cog.trouver('13201')).toMatchObject({ commune: { code: '13055' }, nature: 'arrondissement' });
  });
  it('has no match for collectivités d’outre-mer nor unknown codes', () => {
    expect(cog.trouver('97701')).toBeNull();
    expect(cog.trouver('99999')).toBeNull();
  });
});

describe('CorrespondanceCog (référentiel minimal)', () => {
  const actuelle = (code: string, anciensCodes?: string[]): CommuneReferentiel => ({
    code,
    nom: code,
    type: 'commune-actuelle',
    zone: 'metro',
    departement: code.slice(0, 2),
    region: '00',
    anciensCodes,
  });
  const cog = CorrespondanceCog.depuis([
    actuelle('01187', ['01330']),
    { code: '01330', nom: '01330', type: 'commune-deleguee', zone: 'metro', chefLieu: '01187' },
    actuelle('12218', ['12076']),
    actuelle('75056'),
    { code: '75101', nom: '75101', type: 'arrondissement-municipal', zone: 'metro', commune: '75056' },
    { code: '85165', nom: '85165', type: 'commune-associee', zone: 'metro', chefLieu: '85084' },
    actuelle('85084'),
    { code: '97501', nom: 'Miquelon-Langlade', type: 'commune-actuelle', zone: 'com' },
  ]);

  it('maps merged communes, changed codes, associated communes and PLM arrondissements to their 2026 commune', () => {
    expect(cog.trouver('01330')).toMatchObject({ commune: { code: '01187' }, nature: 'ancien-code' });
    expect(cog.trouver('01187')).toMatchObject({ commune: { code: '01187' }, nature: 'identique' });
    expect(cog.trouver('12076')?.commune.code).toBe('12218');
    expect(cog.trouver('85165')).toMatchObject({ commune: { code: '85084' }, nature: 'commune-deleguee' });
    expect(cog.trouver('75101')).toMatchObject({ commune: { code: '75056' }, nature: 'arrondissement' });
  });
  it('leaves unknown codes and collectivités d’outre-mer unmatched', () => {
    expect(cog.trouver('99999')).toBeNull();
    expect(cog.trouver('97501')).toBeNull();
  });
});
