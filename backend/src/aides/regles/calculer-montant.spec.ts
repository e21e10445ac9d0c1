import { calculerMontant } from './calculer-montant';
import { SpecMontant } from './definition-aide';
import { Faits } from './fait';

const ctx = { date: '2026-03-01', famille: 'x', sourceParDefaut: null };
const table: SpecMontant = {
  type: 'cas',
  periodicite: 'unique',
  cas: [
    { si: { libelle: 'ZIP', fait: 'zone', op: 'dans', valeurs: ['ZIP'] }, montant: 10000 },
    { si: { libelle: 'ZAC', fait: 'zone', op: 'dans', valeurs: ['ZAC'] }, montant: 5000 },
  ],
};
const zone = (valeur: unknown): Faits => ({ zone: { valeur, texte: '', source: null } });

describe('calculerMontant', () => {
  it('first met case gives the amount', () => {
    expect(calculerMontant(table, zone('ZAC'), ctx)).toMatchObject({ valeur: 5000, min: 5000, max: 5000, libelle: '5 000 €' });
  });
  it('an unknown fact gives the range of the cases it could reach', () => {
    expect(calculerMontant(table, zone(undefined), ctx)).toMatchObject({
      valeur: null,
      min: 5000,
      max: 10000,
      libelle: expect.stringMatching(/^de 5 000 € à 10 000 €/),
    });
  });
  it('no case applies: zero, said so', () => {
    expect(calculerMontant(table, zone('HZ'), ctx)).toMatchObject({ valeur: 0, libelle: 'aucun montant applicable à cette situation' });
  });
  it('ceilings and formulas are never turned into exact amounts', () => {
    expect(calculerMontant({ type: 'plafond', plafond: 50000, periodicite: 'an' }, {}, ctx)).toMatchObject({
      valeur: null,
      min: 0,
      max: 50000,
      libelle: 'jusqu’à 50 000 € par an',
    });
    expect(calculerMontant({ type: 'formule', formule: '25 % des honoraires' }, {}, ctx)).toMatchObject({
      valeur: null,
      min: null,
      max: null,
      libelle: '25 % des honoraires',
    });
  });
});
