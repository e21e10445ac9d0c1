import { describe, expect, it } from 'vitest';
import { EtatCouverture, enonceCouverture, ligneLegendeCouverture } from './etat-couverture';

const occitanie: EtatCouverture = {
  theme: 'structures',
  couvert: 'partiel',
  raison: 'MSP, pôles et centres de santé : données chargées pour l’Occitanie seulement.',
  commentCharger: 'Importez l’extrait FINESS national.',
  perimetre: 'l’Occitanie',
  millesimes: ['2026'],
};

describe('énoncé de couverture', () => {
  it('says nothing when the data is complete, the reason and how to load it otherwise', () => {
    expect(enonceCouverture({ ...occitanie, couvert: true, raison: null, commentCharger: null })).toBe('');
    expect(enonceCouverture(occitanie)).toBe(
      'MSP, pôles et centres de santé : données chargées pour l’Occitanie seulement. Importez l’extrait FINESS national.',
    );
  });

  it('gives the legend line of a layer: where it is loaded, nothing loaded, or known incomplete', () => {
    expect(ligneLegendeCouverture('MSP', occitanie)).toBe('MSP : données chargées pour l’Occitanie seulement');
    expect(ligneLegendeCouverture('MSP', { ...occitanie, millesimes: [] })).toBe('MSP : aucune donnée chargée');
    expect(ligneLegendeCouverture('QPV', { ...occitanie, perimetre: 'France entière' })).toBe('QPV : liste connue comme incomplète');
    expect(ligneLegendeCouverture('MSP', { ...occitanie, couvert: true })).toBeNull();
    expect(ligneLegendeCouverture('APL', { ...occitanie, perimetre: 'toute la France sauf Mayotte' })).toBe(
      'APL : données chargées pour toute la France sauf Mayotte',
    );
  });
});
