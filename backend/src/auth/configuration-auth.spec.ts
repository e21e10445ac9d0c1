import { lireConfigurationAuth } from './configuration-auth';

describe('lireConfigurationAuth', () => {
  it('defaults to 8-hour tokens, an ephemeral secret, no admin and no OIDC', () => {
    const c = lireConfigurationAuth({});
    expect(c).toMatchObject({ dureeJeton: 28_800, secretJetonEphemere: true, admin: null, oidc: null, echecsMaxCompte: 5 });
    expect(c.secretJeton.length).toBeGreaterThanOrEqual(32);
  });

  it('refuses a short secret, a lone admin variable and a short admin password', () => {
    expect(() => lireConfigurationAuth({ MAILLAGE_JWT_SECRET: 'court' })).toThrow(/MAILLAGE_JWT_SECRET/);
    expect(() => lireConfigurationAuth({ MAILLAGE_ADMIN_EMAIL: 'a@b.fr' })).toThrow(/vont ensemble/);
    expect(() => lireConfigurationAuth({ MAILLAGE_ADMIN_EMAIL: 'a@b.fr', MAILLAGE_ADMIN_MOT_DE_PASSE: 'admin' })).toThrow(/12 caractères/);
    expect(() => lireConfigurationAuth({ MAILLAGE_JWT_DUREE: '10' })).toThrow(/MAILLAGE_JWT_DUREE/);
  });

  it('reads a complete OIDC client and refuses a partial one', () => {
    const oidc = {
      MAILLAGE_OIDC_ISSUER: 'https://auth.agentconnect.gouv.fr/api/v2/',
      MAILLAGE_OIDC_CLIENT_ID: 'maillage',
      MAILLAGE_OIDC_CLIENT_SECRET: 's3cr3t',
      MAILLAGE_OIDC_REDIRECT_URI: 'https://maillage.example.fr/api/auth/oidc/retour',
    };
    expect(lireConfigurationAuth(oidc).oidc).toMatchObject({
      issuer: 'https://auth.agentconnect.gouv.fr/api/v2',
      scopes: expect.arrayContaining(['openid', 'email']),
    });
    expect(() => lireConfigurationAuth({ MAILLAGE_OIDC_ISSUER: oidc.MAILLAGE_OIDC_ISSUER })).toThrow(/OIDC incomplet/);
  });
});
