import { evaluerMotDePasse, exigerMotDePasseAcceptable } from './politique-mot-de-passe';

describe('politique de mot de passe (zxcvbn-ts, dictionnaires communs et français, hors ligne)', () => {
  it.each([
    ['aaaaaaaaaaaa', /trop facile à deviner \(Les caractères répétés/],
    ['motdepasse123', /trop facile à deviner/],
    ['azertyuiop123', /lignes droites de touches/],
    ['bonjour123456', /trop facile à deviner/],
    ['1234567890123', /trop facile à deviner/],
    ['court', /au moins 12 caractères/],
  ])('refuses %j', (motDePasse, raison) => {
    const e = evaluerMotDePasse(motDePasse);
    expect(e.acceptable).toBe(false);
    expect(e.raisons.join(' ; ')).toMatch(raison);
  });

  it('refuses a password listed among the most common ones, saying so', () => {
    expect(evaluerMotDePasse('qwertyuiop123').raisons).toContain('il figure dans la liste des mots de passe les plus courants');
  });

  it('refuses a password made of the account’s own e-mail or name', () => {
    expect(evaluerMotDePasse('camille.martin@ars.sante.fr', ['camille.martin@ars.sante.fr', 'Camille Martin']).acceptable).toBe(false);
    expect(evaluerMotDePasse('camille.martin@ars.sante.fr').acceptable).toBe(true);
  });

  it.each(['un mot de passe solide', 'porteur-e2e-mot-de-passe', 'correct horse battery staple', 'Tr0ub4dor&3-quai'])('accepts %j', (motDePasse) => {
    expect(evaluerMotDePasse(motDePasse)).toMatchObject({ acceptable: true, raisons: [] });
  });

  it('throws ENTREE_INVALIDE naming the field, with zxcvbn’s French advice', () => {
    expect(() => exigerMotDePasseAcceptable('aaaaaaaaaaaa')).toThrow(
      expect.objectContaining({ code: 'ENTREE_INVALIDE', details: [expect.objectContaining({ champ: 'motDePasse' })] }),
    );
    expect(() => exigerMotDePasseAcceptable('aaaaaaaaaaaa')).toThrow(/Évitez les mots et les caractères répétés/);
  });
});
