import { ErreurDomaine } from '../common/erreurs/erreur-domaine';
import { verifierReference } from './type-territoire';

describe('verifierReference', () => {
  it('accepts Corsican, overseas and mainland codes', () => {
    expect(verifierReference('commune', '2a004')).toEqual({ type: 'commune', code: '2A004' });
    expect(verifierReference('commune', '97611').code).toBe('97611');
    expect(verifierReference('departement', '2B').code).toBe('2B');
    expect(verifierReference('departement', '976').code).toBe('976');
    expect(verifierReference('epci', '200000172').code).toBe('200000172');
  });
  it.each([
    ['commune', '2C004'],
    ['commune', '4221'],
    ['departement', '20'],
    ['departement', '977'],
    ['epci', '12345'],
    ['region', '8'],
  ])('refuses the malformed %s code %s with a 400-class error naming the field', (type, code) => {
    try {
      verifierReference(type, code);
      throw new Error('should have thrown');
    } catch (e) {
      expect(e).toBeInstanceOf(ErreurDomaine);
      expect((e as ErreurDomaine).code).toBe('ENTREE_INVALIDE');
      expect((e as ErreurDomaine).details[0].champ).toBe('code');
    }
  });
  it('refuses an unknown territory type', () => {
    expect(() => verifierReference('canton', '4201')).toThrow('Type de territoire inconnu « canton »');
  });
});
