import { accorder, pluriel } from './pluriel';

describe('pluriel (Intl.PluralRules, French)', () => {
  it('0 and 1 are singular in French, 2 and more plural, never « (s) »', () => {
    expect(pluriel(0, 'aide', 'aides')).toBe('0 aide');
    expect(pluriel(1, 'aide', 'aides')).toBe('1 aide');
    expect(pluriel(2, 'aide', 'aides')).toBe('2 aides');
    expect(accorder(1.5, 'jour', 'jours')).toBe('jour');
    expect(accorder(4, 'jour', 'jours')).toBe('jours');
  });

  it('formats the number in French with a non-breaking space', () => {
    expect(pluriel(12000, 'habitant', 'habitants')).toBe('12\u00a0000 habitants');
    expect(pluriel(2.5, 'jour', 'jours')).toBe('2,5 jours');
  });
});
