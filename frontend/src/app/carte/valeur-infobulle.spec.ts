import { describe, expect, it } from 'vitest';
import { INDICATEUR_APL, INDICATEUR_CLASSE, INDICATEUR_EVOLUTION, INDICATEUR_FRAGILITE } from '../indicateurs/acces.indicateurs';
import { INDICATEUR_POPULATION } from '../indicateurs/population.indicateur';
import { INDICATEUR_ZONAGE_INFIRMIER, INDICATEUR_ZONAGE_MEDECIN } from '../indicateurs/zonage.indicateur';
import { deltaInfobulle, valeurInfobulle } from './valeur-infobulle';

describe('value of the commune under the pointer', () => {
  it('writes each kind of indicator the French way', () => {
    expect(valeurInfobulle(INDICATEUR_APL, 2.4137)).toBe('2,41');
    expect(valeurInfobulle(INDICATEUR_FRAGILITE, 0.234)).toMatch(/^23\s%$/);
    expect(valeurInfobulle(INDICATEUR_POPULATION, 171924)).toBe('171\u202f924\u00a0hab.');
    expect(valeurInfobulle(INDICATEUR_EVOLUTION, 0.3)).toBe('+0,30');
    expect(valeurInfobulle(INDICATEUR_CLASSE, 0)).toBe('Sous-dotée (APL < 2,5)');
    expect(valeurInfobulle(INDICATEUR_ZONAGE_MEDECIN, 3)).toBe('Hors zonage');
    expect(valeurInfobulle(INDICATEUR_ZONAGE_INFIRMIER, 1)).toBe('Sous-dotée');
  });

  it('says « sans donnée » rather than a number when the commune has none', () => {
    expect(valeurInfobulle(INDICATEUR_APL, undefined)).toBe('sans donnée');
    expect(valeurInfobulle(INDICATEUR_ZONAGE_MEDECIN, 9)).toBe('sans donnée');
  });

  it('signs the simulated ΔAPL', () => {
    expect(deltaInfobulle(0.351)).toBe('+0,35');
    expect(deltaInfobulle(-0.12)).toMatch(/^[-−]0,12$/);
    expect(deltaInfobulle(0)).toBe('0,00');
  });
});
