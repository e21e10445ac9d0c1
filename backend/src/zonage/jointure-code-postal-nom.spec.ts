import { CommuneReferentiel } from '../common/cog/correspondance-cog';
import { IndexCodePostalNom, joindreCodePostalNom, LigneCodePostalNom } from './jointure-code-postal-nom';

const actuelle = (code: string, nom: string, departement: string, codesPostaux: string[]): CommuneReferentiel => ({
  code,
  nom,
  type: 'commune-actuelle',
  zone: 'metro',
  departement,
  region: '11',
  codesPostaux,
});
const referentiel: CommuneReferentiel[] = [
  actuelle('93066', 'Saint-Denis', '93', ['93200', '93210']),
  actuelle('11339', 'Saint-Denis', '11', ['11310']),
  actuelle('01001', 'L’Abergement-Clémenciat', '01', ['01400']),
  // two homonyms sharing a postcode
  actuelle('88001', 'Aubiers', '88', ['88100']),
  actuelle('88002', 'Aubiers', '88', ['88100']),
  actuelle('15141', 'Neussargues-Moissac', '15', ['15170']),
  actuelle('15035', 'Chalinargues', '15', ['15170']),
  actuelle('13055', 'Marseille', '13', ['13001', '13003']),
  { code: '13203', nom: 'Marseille 3e Arrondissement', type: 'arrondissement-municipal', zone: 'metro', commune: '13055', codesPostaux: ['13003'] },
  actuelle('02589', 'Pargny-Filain', '02', ['02000']),
];
const index = new IndexCodePostalNom(referentiel, {
  nomsCog2024: [
    { code: '02311', nom: 'Filain', commune: '02589' },
    { code: '15141', nom: 'Neussargues en Pinatelle', commune: '15141' },
  ],
  retablies: [{ code: '15035', nom: 'Chalinargues', parent: '15141', nomParent2024: 'Neussargues en Pinatelle' }],
});
let n = 1;
const ligne = (codePostal: string, nom: string, valeur: string, zrr = ''): LigneCodePostalNom => ({ ligne: ++n, codePostal, nom, valeur, zrr });

describe('joining a CartoSanté export keyed by postcode and name to INSEE codes', () => {
  const lignes = [
    ligne('1400', 'L’Abergement-Clémenciat', '2_ZAC', 'NC - Commune non classée'),
    ligne('11310', 'Saint-Denis', '1_ZIP', 'C - Classée en ZRR'),
    ligne('11310', 'Saint-Denis', '1_ZIP', 'NC - Commune non classée'),
    ligne('93200', 'Saint-Denis', '1_ZIP', 'C - Classée en ZRR'),
    ligne('93200', 'Saint-Denis', '1_ZIP', 'NC - Commune non classée'),
    ligne('88100', 'Aubiers', '2_ZAC'),
    ligne('15170', 'Neussargues en Pinatelle', '1_ZIP'),
    ligne('13003', 'Marseille 3e Arrondissement', '2_ZAC'),
    ligne('2000', 'Filain', '2_ZAC'),
    ligne('2000', 'Pargny-Filain', '2_ZAC'),
    ligne('93210', 'Saint-Denis', '2_ZAC'),
    ligne('75001', 'Nulle-Part', '1_ZIP'),
  ];
  const r = joindreCodePostalNom(lignes, index);
  const code = (c: string) => r.lignes.find((l) => l.code === c);

  it('restores the leading zero of the postcode and matches accents and apostrophes loosely', () => {
    expect(code('01001')).toMatchObject({ valeur: '2_ZAC', ligne: 2 });
  });

  it('tells homonyms apart by postcode (Saint-Denis 11 and 93)', () => {
    expect(code('11339')).toMatchObject({ valeur: '1_ZIP', ligne: 3 });
    expect(code('93066')).toMatchObject({ valeur: '1_ZIP', ligne: 5 });
  });

  it('reports rows repeated for homonyms with different ZRR (the ZRR column was joined by name alone)', () => {
    const zrr = r.douteuses.filter((d) => d.champ === 'Zonage_RR');
    expect(zrr.map((d) => d.ligne)).toEqual([3, 5]);
    expect(zrr[1].message).toMatch(/lignes 5 à 6 \(93200 Saint-Denis\) : la ligne est répétée 2 fois avec des ZRR différentes \(C, NC\)/);
  });

  it('skips and reports two communes of the same name sharing a postcode', () => {
    expect(code('88001')).toBeUndefined();
    expect(code('88002')).toBeUndefined();
    expect(r.ignorees.find((i) => i.ligne === 7)?.message).toMatch(/2 communes « Aubiers » ont le code postal 88100 \(88001, 88002\)/);
  });

  it('keeps arrondissements on their own code', () => {
    expect(code('13203')).toMatchObject({ valeur: '2_ZAC' });
  });

  it('finds communes by their COG 2024 name (merged without commune déléguée, renamed)', () => {
    expect(code('02311')).toMatchObject({ valeur: '2_ZAC' });
    expect(code('02589')).toMatchObject({ valeur: '2_ZAC' });
    expect(code('15141')).toMatchObject({ valeur: '1_ZIP' });
  });

  it('gives a commune re-created after the export the class of its former commune nouvelle, and says so', () => {
    expect(code('15035')).toMatchObject({ valeur: '1_ZIP', ligne: 8 });
    expect(r.douteuses.find((d) => d.valeur === '15035')?.message).toMatch(
      /Chalinargues, rétablie après l’export, reçoit la classe « 1_ZIP » publiée pour Neussargues en Pinatelle/,
    );
  });

  it('reports a second class for a commune already read, and a name found nowhere', () => {
    expect(code('93066')).toMatchObject({ valeur: '1_ZIP' });
    expect(r.ignorees.find((i) => i.ligne === 12)?.message).toMatch(/93066 Saint-Denis déjà lue lignes 5 à 6 avec la classe « 1_ZIP », ici « 2_ZAC »/);
    expect(r.ignorees.find((i) => i.ligne === 13)?.message).toMatch(/aucune commune « Nulle-Part » au code postal 75001 ni dans son département/);
  });
});
