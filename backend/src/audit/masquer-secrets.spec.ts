import { masquerSecrets } from './masquer-secrets';

describe('masquerSecrets', () => {
  it('hides passwords, tokens and hashes at any depth and keeps the rest', () => {
    expect(masquerSecrets({ email: 'a@b.fr', motDePasse: 'x', compte: { mot_de_passe_hash: 'h', role: 'ars' }, lignes: [{ jeton: 't', montant: 3 }] })).toEqual(
      { email: 'a@b.fr', motDePasse: '***', compte: { mot_de_passe_hash: '***', role: 'ars' }, lignes: [{ jeton: '***', montant: 3 }] },
    );
  });

  it('passes scalars and null through', () => {
    expect(masquerSecrets(null)).toBeNull();
    expect(masquerSecrets(3)).toBe(3);
  });
});
