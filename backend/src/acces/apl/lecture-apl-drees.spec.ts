import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as XLSX from 'xlsx';
import { ErreurDomaine } from '../../common/erreurs/erreur-domaine';
import { lireAplDrees } from './lecture-apl-drees';

const OFFICIEL = path.resolve(__dirname, '../../../../geo-data/acces/apl-mg-drees-2022-2023.xlsx');

function classeur(feuilles: Record<string, unknown[][]>): Buffer {
  const wb = XLSX.utils.book_new();
  for (const [nom, lignes] of Object.entries(feuilles)) XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(lignes), nom);
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}

const PARAMETRES = [
  ['Temps de trajet entre communes', 'Accessibilité'],
  ['Moins de  10 minutes', 1],
  ['Entre 10 et 15 minutes', 2 / 3],
  ['Entre 15 et 20 minutes', 1 / 3],
  [],
  ["Tranche d'âge", "Poids de la tranche d'âge en 2024"],
  ['Moins de 5 ans', 1.1],
  ['de 5 à 9 ans', 0.6],
  ['Sources : …'],
];

describe('DREES APL workbook reader', () => {
  it('reads both vintages of the official file with their age weights and population years', () => {
    const millesimes = lireAplDrees(readFileSync(OFFICIEL), 'apl-mg-drees-2022-2023.xlsx');
    expect(millesimes.map((m) => [m.annee, m.anneePopulation, m.lignes.length, m.ignorees.length])).toEqual([
      [2022, 2020, 34964, 0],
      [2023, 2021, 34954, 0],
    ]);
    const m2023 = millesimes[1];
    expect(m2023.lignes[0]).toMatchObject({ code: '01001', apl: 1.942, aplMoins65: 1.881, populationStandardisee: 838.154, populationTotale: 832 });
    expect(m2023.poidsAge).toHaveLength(19);
    expect(m2023.poidsAge[0]).toEqual({ tranche: 'Moins de 5 ans', poids: 1.12 });
    expect(m2023.poidsAge[18]).toEqual({ tranche: 'Plus de 90 ans', poids: 2.26 });
    expect(millesimes[0].poidsAge[0].poids).toBe(0.93);
    expect(m2023.source).toMatch(/SNIIR-AM 2023/);
    expect(m2023.lignes.some((l) => l.code.startsWith('976'))).toBe(false); // France hors Mayotte
  });

  it('accepts a future vintage with moved rows and columns (header found by its text)', () => {
    const fichier = classeur({
      Paramètres: PARAMETRES,
      'APL 2024': [
        ['Indicateur APL 2024'],
        ['Sources : SNIIR-AM 2024'],
        [
          'Commune',
          'Code commune INSEE',
          'Population totale 2022',
          'APL aux médecins généralistes de moins de 65 ans',
          'APL aux médecins généralistes',
          'Population standardisée 2022 pour la médecine générale',
        ],
        [null, null, "En nombre d'habitants"],
        ['Ajaccio', '2A004', 70000, 3.1, 3.5, 71000.5],
        ['Bad', '2A005', 'NA', 3.1, 3.5, 1],
      ],
    });
    const [m] = lireAplDrees(fichier, 'apl-2024.xlsx');
    expect(m).toMatchObject({
      annee: 2024,
      anneePopulation: 2022,
      poidsAge: [
        { tranche: 'Moins de 5 ans', poids: 1.1 },
        { tranche: 'de 5 à 9 ans', poids: 0.6 },
      ],
    });
    expect(m.lignes).toEqual([
      { ligne: 5, code: '2A004', nom: 'Ajaccio', apl: 3.5, aplMoins65: 3.1, populationStandardisee: 71000.5, populationTotale: 70000 },
    ]);
    expect(m.ignorees).toEqual([expect.objectContaining({ ligne: 6, champ: 'Population totale <année>', valeur: 'NA' })]);
  });

  it.each([
    ['a workbook without APL sheets', classeur({ Feuil1: [['Code', 'Nom']] }), /aucune feuille nommée « APL <année> »/],
    [
      'an APL sheet missing a column',
      classeur({ Paramètres: PARAMETRES, 'APL 2024': [['Code commune INSEE', 'Commune', 'APL aux médecins généralistes']] }),
      /colonne « APL aux médecins généralistes de moins de 65 ans » introuvable/,
    ],
    ['a file that is not a workbook', Buffer.from('%PDF-1.4 nothing to see'), /feuille|classeur/],
  ])('refuses %s with a French FICHIER_INVALIDE error', (_, contenu, message) => {
    try {
      lireAplDrees(contenu, 'mauvais.xlsx');
      throw new Error('should have thrown');
    } catch (e) {
      expect(e).toBeInstanceOf(ErreurDomaine);
      expect((e as ErreurDomaine).code).toBe('FICHIER_INVALIDE');
      expect((e as Error).message).toMatch(message);
    }
  });

  it('refuses a vintage whose published decay differs from the engine', () => {
    const autre = PARAMETRES.map((l) => (l[0] === 'Entre 10 et 15 minutes' ? [l[0], 0.5] : l));
    const fichier = classeur({
      Paramètres: autre,
      'APL 2024': [
        [
          'Code commune INSEE',
          'Commune',
          'APL aux médecins généralistes',
          'APL aux médecins généralistes de moins de 65 ans',
          'Population standardisée 2022',
          'Population totale 2022',
        ],
        ['01001', 'X', 1, 1, 1, 1],
      ],
    });
    expect(() => lireAplDrees(fichier, 'apl-2024.xlsx')).toThrow(/décroissance publiée/);
  });
});
