import { verdictCommune } from './verdict-simulation';

describe('verdictCommune', () => {
  it('names the class change in plain words', () => {
    expect(verdictCommune({ nom: 'Boussac', aplAvant: 2.58, aplApres: 4.664, classeAvant: 'fragile_menacee', classeApres: 'suffisante' })).toBe(
      'Boussac passerait de 2,58 à 4,66 : fragile menacée → accès suffisant.',
    );
  });

  it('says when the class stays and when the APL does not move', () => {
    expect(verdictCommune({ nom: 'Guéret', aplAvant: 2.6, aplApres: 2.9, classeAvant: 'fragile', classeApres: 'fragile' })).toBe(
      'Guéret passerait de 2,60 à 2,90 et resterait fragile.',
    );
    expect(verdictCommune({ nom: 'Aubusson', aplAvant: 3.1, aplApres: 3.101, classeAvant: 'fragile', classeApres: 'fragile' })).toBe(
      'L’APL d’Aubusson ne changerait pas (3,10).',
    );
  });
});
