// A real OpenID Connect provider for the tests, standing in for ProConnect on this machine: the `oidc-provider`
// package (OpenID Certified), authorization code flow with PKCE required, RS256-signed ID tokens, a userinfo
// endpoint, and oidc-provider's own development login and consent pages (any login, any password: a test
// provider, on 127.0.0.1 only). The login typed is the person's e-mail (or becomes login@proconnect.test).
//   node test/support/serveur-oidc-de-test.mjs [port]   → prints one JSON line {"issuer": …} once listening
// Environment: MAILLAGE_OIDC_TEST_CLIENT_ID, MAILLAGE_OIDC_TEST_CLIENT_SECRET (defaults below).
import { createServer } from 'node:net';
import Provider from 'oidc-provider';

export const CLIENT_ID = process.env.MAILLAGE_OIDC_TEST_CLIENT_ID ?? 'maillage-test';
export const CLIENT_SECRET = process.env.MAILLAGE_OIDC_TEST_CLIENT_SECRET ?? 'secret-du-client-maillage-de-test';

/** A free port of 127.0.0.1 (the issuer URL must be known before the provider starts). */
function portLibre() {
  return new Promise((resolve, reject) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

/** The person behind a login typed in the test login page: ProConnect's claims (sub, email, names, SIRET). */
function compte(login) {
  const email = login.includes('@') ? login.trim().toLowerCase() : `${login.trim().toLowerCase()}@proconnect.test`;
  const [prenom = 'agent', nom = 'public'] = email.split('@')[0].split(/[._-]/);
  const majuscule = (s) => s.charAt(0).toUpperCase() + s.slice(1);
  return {
    accountId: login,
    claims: async () => ({ sub: login, email, email_verified: true, given_name: majuscule(prenom), usual_name: majuscule(nom), siret: '13002526500013' }),
  };
}

const port = Number(process.argv[2] ?? 0) || (await portLibre());
const issuer = `http://127.0.0.1:${port}`;
const provider = new Provider(issuer, {
  clients: [
    {
      client_id: CLIENT_ID,
      client_secret: CLIENT_SECRET,
      // Any callback of a Maillage started by the tests (random ports of 127.0.0.1): see redirectUriAllowed below.
      redirect_uris: ['http://127.0.0.1/api/auth/oidc/retour'],
      response_types: ['code'],
      grant_types: ['authorization_code'],
      token_endpoint_auth_method: 'client_secret_basic',
      id_token_signed_response_alg: 'RS256',
    },
  ],
  pkce: { required: () => true },
  scopes: ['openid', 'email', 'given_name', 'usual_name', 'siret'],
  claims: { openid: ['sub'], email: ['email', 'email_verified'], given_name: ['given_name'], usual_name: ['usual_name'], siret: ['siret'] },
  features: { devInteractions: { enabled: true } },
  findAccount: async (_ctx, id) => compte(id),
  cookies: { keys: ['cle-des-cookies-du-fournisseur-oidc-de-test'] },
  ttl: { AccessToken: 600, AuthorizationCode: 60, IdToken: 600, Interaction: 600, Session: 600, Grant: 600 },
});
provider.Client.prototype.redirectUriAllowed = (uri) => /^http:\/\/127\.0\.0\.1:\d+\/api\/auth\/oidc\/retour$/.test(uri);

provider.listen(port, '127.0.0.1', () => {
  process.stdout.write(`${JSON.stringify({ issuer, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET })}\n`);
});
for (const signal of ['SIGTERM', 'SIGINT']) process.once(signal, () => process.exit(0));
