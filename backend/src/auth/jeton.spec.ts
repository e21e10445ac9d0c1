import { signerJeton, verifierJeton } from './jeton';

const U1 = '6f1c1d2e-3a4b-4c5d-8e6f-708192a3b4c5';
const secret = Buffer.from('un secret de test suffisamment long pour HS256 !!');

describe('jeton HS256', () => {
  const maintenant = Date.UTC(2026, 0, 15, 9, 0, 0);

  it('round-trips the subject and role until expiry', () => {
    const { jeton, expiration } = signerJeton({ id: U1, role: 'ars', versionSession: 1 }, secret, 3600, maintenant);
    expect(expiration.toISOString()).toBe('2026-01-15T10:00:00.000Z');
    expect(verifierJeton(jeton, secret, maintenant + 1000)).toMatchObject({ sub: U1, role: 'ars', ver: 1, iss: 'maillage' });
  });

  it('refuses an expired token', () => {
    const { jeton } = signerJeton({ id: U1, role: 'ars', versionSession: 1 }, secret, 60, maintenant);
    expect(verifierJeton(jeton, secret, maintenant + 60_000)).toBeNull();
  });

  it('refuses a token signed with another secret', () => {
    const { jeton } = signerJeton({ id: U1, role: 'admin', versionSession: 1 }, Buffer.from('autre secret autre secret autre secret'), 60, maintenant);
    expect(verifierJeton(jeton, secret, maintenant)).toBeNull();
  });

  it('refuses a payload tampered to escalate the role', () => {
    const { jeton } = signerJeton({ id: U1, role: 'porteur', versionSession: 1 }, secret, 60, maintenant);
    const [h, p, s] = jeton.split('.');
    const charge = JSON.parse(Buffer.from(p, 'base64url').toString());
    const falsifie = `${h}.${Buffer.from(JSON.stringify({ ...charge, role: 'admin', versionSession: 1 })).toString('base64url')}.${s}`;
    expect(verifierJeton(falsifie, secret, maintenant)).toBeNull();
  });

  it('refuses a validly signed token whose subject is not an account id (UUID)', () => {
    const { jeton } = signerJeton({ id: "1' OR '1'='1", role: 'admin', versionSession: 1 }, secret, 60, maintenant);
    expect(verifierJeton(jeton, secret, maintenant)).toBeNull();
  });

  it('refuses alg "none" and garbage', () => {
    const { jeton } = signerJeton({ id: U1, role: 'admin', versionSession: 1 }, secret, 60, maintenant);
    const [, p] = jeton.split('.');
    const none = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${p}.`;
    expect(verifierJeton(none, secret, maintenant)).toBeNull();
    expect(verifierJeton('pas.un.jeton', secret, maintenant)).toBeNull();
    expect(verifierJeton('', secret, maintenant)).toBeNull();
  });
});
