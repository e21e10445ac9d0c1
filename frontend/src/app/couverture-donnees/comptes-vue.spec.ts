import { describe, expect, it } from 'vitest';
import { libelleCompteVue } from './comptes-vue';
import { EtatCouverture } from './etat-couverture';

const etat = (couvert: EtatCouverture['couvert']): EtatCouverture => ({
  theme: 'structures',
  couvert,
  raison: null,
  commentCharger: null,
  perimetre: 'l’Occitanie',
  millesimes: ['2026'],
});
const unite = { singulier: 'MSP', pluriel: 'MSP' };

describe('compte d’une couche dans la vue', () => {
  it('counts what is in the view, says when only part of it is loaded, and never writes 0 for « not loaded »', () => {
    expect(libelleCompteVue({ couverture: etat(true), nombre: 12 }, unite)).toBe('12 MSP dans la vue');
    expect(libelleCompteVue({ couverture: etat('partiel'), nombre: 1 }, { singulier: 'centre', pluriel: 'centres' })).toBe(
      '1 centre dans la vue (partie chargée de la vue seulement)',
    );
    expect(libelleCompteVue({ couverture: etat(false), nombre: null }, unite)).toBe('données non chargées dans cette vue');
    expect(libelleCompteVue({ couverture: etat(true), nombre: 0 }, unite)).toBe('0 MSP dans la vue');
  });
});
