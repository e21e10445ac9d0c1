import { describe, expect, it } from 'vitest';
import { messageNombre } from './nombre-medecins';
import { verdictCommune } from './verdict-commune';
import { csvCommunesSimulees, csvTerritoiresSimules } from './csv-simulation';
import { ResultatSimulation } from './simulation';

const boussac = {
  code: '23031',
  nom: 'Boussac',
  aplAvant: 2.58,
  aplApres: 4.664,
  delta: 2.084,
  population: 1500,
  classeAvant: 'fragile_menacee',
  classeApres: 'suffisante',
} as const;

describe('simulation wording', () => {
  it('says the chosen commune’s change in one sentence', () => {
    expect(verdictCommune('Boussac', boussac)).toBe('Boussac passerait de 2,58 à 4,66 : fragile menacée → accès suffisant.');
    expect(verdictCommune('Aubusson', null)).toBe('L’APL d’Aubusson ne changerait pas.');
    expect(verdictCommune('Guéret', { ...boussac, aplAvant: 2.6, aplApres: 2.9, classeAvant: 'fragile', classeApres: 'fragile' })).toBe(
      'Guéret passerait de 2,60 à 2,90 et resterait fragile.',
    );
  });

  it('explains a wrong number of GPs', () => {
    expect(messageNombre('3')).toBeNull();
    expect(messageNombre('')).toBe('Indiquez un nombre de médecins.');
    expect(messageNombre('0')).toBe('Le nombre de médecins doit être d’au moins 1.');
    expect(messageNombre('2,5')).toBe('Le nombre de médecins doit être un nombre entier.');
    expect(messageNombre('500')).toBe('Le nombre de médecins ne peut pas dépasser 200.');
    expect(messageNombre('abc')).toBe('Le nombre de médecins doit être un nombre.');
  });

  it('exports the communes and the territories as French CSV', () => {
    const r = {
      annee: 2023,
      source: { libelle: 'DREES', millesime: '2023' },
      communes: [boussac],
      territoires: [
        {
          type: 'departement',
          code: '23',
          nom: 'Creuse',
          aplAvant: 2.9,
          aplApres: 2.95,
          delta: 0.05,
          populationSous2_5: { avant: 10, apres: 5 },
          populationSous4: { avant: 20, apres: 15 },
        },
      ],
    } as unknown as ResultatSimulation;
    expect(csvCommunesSimulees(r).split('\r\n')[1]).toBe('23031;Boussac;2,58;4,664;2,084;fragile menacée;suffisante;1500;DREES (2023)');
    expect(csvTerritoiresSimules(r).split('\r\n')[1]).toBe('département;23;Creuse;2,9;2,95;0,05;10;5;20;15;DREES (2023)');
  });
});
