import { ConfigurationOidc } from './configuration-auth';

/**
 * Configuration point for the state's identity provider (ProConnect, formerly AgentConnect), an OpenID
 * Connect provider. Set MAILLAGE_OIDC_ISSUER, MAILLAGE_OIDC_CLIENT_ID, MAILLAGE_OIDC_CLIENT_SECRET and
 * MAILLAGE_OIDC_REDIRECT_URI (optionally MAILLAGE_OIDC_SCOPES). The provider's endpoints are found by
 * discovery at `${issuer}/.well-known/openid-configuration` (authorization_endpoint, token_endpoint,
 * userinfo_endpoint, jwks_uri, end_session_endpoint).
 *
 * Not implemented yet (it needs the network and a client registered with the provider): the
 * authorization-code flow with PKCE, state and nonce, the ID token check against the jwks, and the
 * mapping of the `sub` claim to `utilisateur.oidc_sujet` (the column exists) — an account must be
 * created by an administrator first, its e-mail matching the provider's `email` claim.
 */
export interface DescriptionOidc {
  active: boolean;
  fluxImplemente: false;
  issuer: string | null;
  decouverte: string | null;
  clientId: string | null;
  redirectUri: string | null;
  scopes: string[];
}

export function decrireOidc(config: ConfigurationOidc | null): DescriptionOidc {
  return {
    active: config !== null,
    fluxImplemente: false,
    issuer: config?.issuer ?? null,
    decouverte: config ? `${config.issuer}/.well-known/openid-configuration` : null,
    clientId: config?.clientId ?? null,
    redirectUri: config?.redirectUri ?? null,
    scopes: config?.scopes ?? [],
  };
}
