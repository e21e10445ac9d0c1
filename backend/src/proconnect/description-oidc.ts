import { ConfigurationOidc } from '../auth/configuration-auth';

/** What the dashboard needs to offer « Se connecter avec ProConnect » (never the client secret). */
export interface DescriptionOidc {
  active: boolean;
  issuer: string | null;
  decouverte: string | null;
  clientId: string | null;
  redirectUri: string | null;
  scopes: string[];
  /** Where the browser goes to log in. */
  connexion: string | null;
}

export function decrireOidc(config: ConfigurationOidc | null): DescriptionOidc {
  return {
    active: config !== null,
    issuer: config?.issuer ?? null,
    decouverte: config ? `${config.issuer}/.well-known/openid-configuration` : null,
    clientId: config?.clientId ?? null,
    redirectUri: config?.redirectUri ?? null,
    scopes: config?.scopes ?? [],
    connexion: config ? '/api/auth/oidc/connexion' : null,
  };
}
