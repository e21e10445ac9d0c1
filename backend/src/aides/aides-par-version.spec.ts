import { AidesParVersion, aidesDeLaCommune, LectureAides, versionPublieeAu } from './aides-par-version';
import { LigneAideTerritoire } from './aides.repository';
import { CommuneDemande } from './eligibilite/demande';
import { DefinitionAide } from './regles/definition-aide';

const aide = (id: string, territoire_type: LigneAideTerritoire['territoire_type'], territoire_code: string | null): LigneAideTerritoire => ({
  id,
  origine: territoire_type ? 'locale' : 'catalogue',
  definition: { id } as DefinitionAide,
  cree_le: '2026-11-26',
  territoire_type,
  territoire_code,
});

const AIDES = [
  aide('a-nationale', null, null),
  aide('b-region-75', 'region', '75'),
  aide('c-region-11', 'region', '11'),
  aide('d-dep-23', 'departement', '23'),
  aide('e-epci-gueret', 'epci', '242320109'),
  aide('f-commune-gueret', 'commune', '23096'),
  aide('g-commune-lyon', 'commune', '69123'),
  aide('h-commune-autre', 'commune', '23001'),
];
const GUERET: CommuneDemande = { code: '23096', nom: 'Guéret', departement: '23', region: '75', regionNom: 'Nouvelle-Aquitaine', epci: '242320109' };

/** The reads as jest spies, with how many times every aid was read. */
interface LectureEspionnee {
  lectures: number;
  catalogueCourant: jest.MockedFunction<LectureAides['catalogueCourant']>;
  toutesLesAides: jest.MockedFunction<LectureAides['toutesLesAides']>;
  publications: jest.MockedFunction<LectureAides['publications']>;
}

function lecture(): LectureEspionnee {
  const l: LectureEspionnee = {
    lectures: 0,
    catalogueCourant: jest.fn(async () => ({ version: '2026.2', publie_le: '2026-11-01', contenu: {} as never })),
    toutesLesAides: jest.fn(async () => (l.lectures++, AIDES)),
    publications: jest.fn(async () => [
      { version: '2026.2', publie_le: '2026-11-01' },
      { version: '2026.1', publie_le: '2026-03-15' },
    ]),
  };
  return l;
}

describe('AidesParVersion', () => {
  it('keeps the national aids and the local ones of the commune’s région, département, EPCI and itself, in id order', () => {
    expect(aidesDeLaCommune(AIDES, GUERET).map((a) => a.id)).toEqual(['a-nationale', 'b-region-75', 'd-dep-23', 'e-epci-gueret', 'f-commune-gueret']);
    // an arrondissement takes the aids of its city; a commune with no EPCI none of an EPCI
    const arrondissement: CommuneDemande = {
      code: '69381',
      nom: 'Lyon 1er',
      departement: '69',
      region: '84',
      regionNom: 'Auvergne-Rhône-Alpes',
      epci: null,
      communeParente: '69123',
    };
    expect(aidesDeLaCommune(AIDES, arrondissement).map((a) => a.id)).toEqual(['a-nationale', 'g-commune-lyon']);
    expect(aidesDeLaCommune([aide('x-epci-sans-code', 'epci', null)], { ...GUERET, epci: null })).toEqual([]);
  });

  it('gives the latest version published on or before the day, null before the first, undefined for a day it cannot compare', () => {
    const publications = [
      { version: '2026.2', publie_le: '2026-11-01' },
      { version: '2026.1', publie_le: '2026-03-15' },
    ];
    expect(versionPublieeAu(publications, '2026-11-01')).toBe('2026.2');
    expect(versionPublieeAu(publications, '2026-10-31')).toBe('2026.1');
    expect(versionPublieeAu(publications, '2026-03-14')).toBeNull();
    expect(versionPublieeAu(publications, '2026-3-20')).toBeUndefined();
  });

  it('reads the database once per version, again when the version changes, and again after a failed read', async () => {
    const l = lecture();
    const memo = new AidesParVersion(l);
    const [a, b] = await Promise.all([memo.donnees('v1'), memo.donnees('v1')]);
    expect(a).toBe(b);
    await memo.donnees('v1');
    expect(l.lectures).toBe(1);
    await memo.donnees('v2');
    expect(l.lectures).toBe(2);

    l.toutesLesAides.mockRejectedValueOnce(new Error('connexion perdue'));
    await expect(memo.donnees('v3')).rejects.toThrow('connexion perdue');
    expect((await memo.donnees('v3')).aides).toBe(AIDES);
  });
});
