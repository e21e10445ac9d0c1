import { typographier } from './typographie';

describe('typographier (espaces insécables)', () => {
  it('puts a non-breaking space before « : ; ? ! » and inside guillemets', () => {
    expect(typographier('À préciser : oui ? « aide »')).toBe('À préciser\u00a0: oui\u00a0? «\u00a0aide\u00a0»');
  });
  it('leaves addresses and times alone', () => {
    expect(typographier('https://www.ameli.fr/x 13:00')).toBe('https://www.ameli.fr/x 13:00');
  });
});
