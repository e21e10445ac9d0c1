import { lireConfiguration } from './configuration';

describe('lireConfiguration — MAILLAGE_TRUST_PROXY', () => {
  const confiance = (valeur?: string) => lireConfiguration({ MAILLAGE_TRUST_PROXY: valeur }).confianceProxy;

  it('trusts no proxy by default', () => {
    expect(confiance()).toBe(false);
    expect(confiance('non')).toBe(false);
  });

  it('takes a number of hops or a list of proxy addresses and subnets', () => {
    expect(confiance('1')).toBe(1);
    expect(confiance('loopback, 10.0.0.0/8 192.168.1.5')).toEqual(['loopback', '10.0.0.0/8', '192.168.1.5']);
  });

  it('refuses « oui » (any client could pick its address) and garbage', () => {
    expect(() => confiance('oui')).toThrow(/MAILLAGE_TRUST_PROXY/);
    expect(() => confiance('nginx')).toThrow(/MAILLAGE_TRUST_PROXY/);
  });
});
