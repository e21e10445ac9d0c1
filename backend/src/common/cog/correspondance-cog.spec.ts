import { CorrespondanceCog } from './correspondance-cog';

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
