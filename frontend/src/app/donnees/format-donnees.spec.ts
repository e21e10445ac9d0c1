import { describe, expect, it } from 'vitest';
import { compte, dateLisible, taille } from './format-donnees';

describe('textes de l’écran « Données »', () => {
  it('accorde le pluriel à la française (0 et 1 au singulier)', () => {
    expect(compte(0, 'ligne écartée', 'lignes écartées')).toBe('0 ligne écartée');
    expect(compte(1, 'ligne écartée', 'lignes écartées')).toBe('1 ligne écartée');
    expect(compte(12345, 'ligne écartée', 'lignes écartées')).toBe('12\u202f345 lignes écartées');
  });
  it('écrit les tailles en Mo et Ko', () => {
    expect(taille(300 * 1024 ** 2)).toBe('300 Mo');
    expect(taille(4.2 * 1024 ** 2)).toBe('4,2 Mo');
    expect(taille(800 * 1024)).toBe('800 Ko');
  });
  it('écrit « 1er » pour le premier du mois', () => {
    expect(dateLisible('2026-12-01')).toBe('1er décembre 2026');
    expect(dateLisible('2026-03-15')).toBe('15 mars 2026');
  });
});
