import { describe, expect, it } from 'vitest';
import { EtatCouverture } from '../couverture-donnees/etat-couverture';
import { lignesCsvFiche } from './export-fiche-csv';
import { CouvertureTerritoire } from './fiche-acces';

const nonCouvert: EtatCouverture = {
  theme: 'structures',
  couvert: false,
  raison: 'MSP, pôles et centres de santé : données chargées pour l’Occitanie seulement.',
  commentCharger: 'Importez l’extrait FINESS national.',
  perimetre: 'l’Occitanie',
  millesimes: ['2026'],
};
const creuse: CouvertureTerritoire = {
  date: '2026-12-01',
  population: { parZonageMedecins: null, source: 'INSEE' },
  structures: { couverture: nonCouvert, parType: { msp: null, psp: null, cds: null, esp: null }, source: 'FINESS' },
  cpts: { couverture: { ...nonCouvert, theme: 'cpts-sieges' }, nombre: null, source: 'FINESS 604' },
  eloignement: { disponible: false, couverture: nonCouvert, populationEloignee: null, part: null },
};

describe('export CSV de la fiche', () => {
  it('writes an empty value (not 0) and the coverage statement where structures are not loaded', () => {
    const lignes = lignesCsvFiche({ acces: null, region: null, zonage: null, couverture: creuse, indisponibles: [] });
    const msp = lignes.find((l) => l[0] === 'MSP')!;
    expect(msp[1]).toBeNull();
    expect(msp[3]).toBe('MSP, pôles et centres de santé : données chargées pour l’Occitanie seulement. Importez l’extrait FINESS national.');
    expect(lignes.find((l) => l[0] === 'CPTS')![1]).toBeNull();
  });

  it('writes the counts and « données chargées pour tout le territoire » where they are', () => {
    const couvert = { ...nonCouvert, couvert: true as const, raison: null, commentCharger: null };
    const lignes = lignesCsvFiche({
      acces: null,
      region: null,
      zonage: null,
      couverture: {
        ...creuse,
        structures: { ...creuse.structures, couverture: couvert, parType: { msp: 2, psp: 0, cds: 1, esp: 0 } },
        cpts: { ...creuse.cpts, couverture: couvert, nombre: 1 },
      },
      indisponibles: [],
    });
    expect(lignes.find((l) => l[0] === 'MSP')).toEqual(['MSP', 2, 'FINESS', 'données chargées pour tout le territoire']);
    expect(lignes.find((l) => l[0] === 'PSP')![1]).toBe(0);
  });
});
