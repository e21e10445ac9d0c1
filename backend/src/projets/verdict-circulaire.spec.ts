import { verdictCirculaire } from './verdict-circulaire';

const source = { libelle: 'DREES, APL 2023', millesime: '2023' };

describe('verdict de la circulaire MSP de 2010', () => {
  it.each([
    [0, 'zone_sans_medecin'],
    [0.8, 'zone_fragile'],
    [2.49, 'zone_fragile'],
    [3.99, 'zone_fragile'],
    [4, 'acces_suffisant'],
    [null, 'indetermine'],
  ])('APL %p → %s', (apl, cible) => {
    const v = verdictCirculaire(apl, source);
    expect(v.cible).toBe(cible);
    expect(v.source).toEqual(source);
    expect(v.critere).toMatch(/2010/);
  });

  it('says why when there is no APL', () => {
    expect(verdictCirculaire(null, null, 'Mayotte hors champ').explication).toBe('Mayotte hors champ');
  });
});
