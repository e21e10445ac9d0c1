import { Inject, Injectable } from '@nestjs/common';
import * as oidc from 'openid-client';
import { ErreurDomaine } from '../common/erreurs/erreur-domaine';
import { CONFIGURATION_AUTH, ConfigurationAuth, ConfigurationOidc } from '../auth/configuration-auth';
import { DUREE_ETAT_OIDC_MS, EtatOidc } from './etat-oidc';

/** Who the identity provider says logged in (ProConnect claims: sub, email, given_name, usual_name, siret). */
export interface IdentiteOidc {
  sujet: string;
  email: string | null;
  prenom: string | null;
  nom: string | null;
  siret: string | null;
}

/**
 * The relying party, with openid-client (OpenID Certified, maintained): discovery of the provider, authorization
 * code flow with PKCE (S256), state and nonce; the code exchange checks the ID token (signature against the
 * provider's JWKS, issuer, audience, expiry, nonce) and the userinfo answer's subject.
 */
@Injectable()
export class ClientOidc {
  private configuration: Promise<oidc.Configuration> | null = null;

  constructor(@Inject(CONFIGURATION_AUTH) private readonly config: ConfigurationAuth) {}

  get active(): boolean {
    return this.config.oidc !== null;
  }

  async demandeAutorisation(): Promise<{ url: URL; etat: EtatOidc }> {
    const c = this.exiger();
    const configuration = await this.decouvrir();
    const verificateur = oidc.randomPKCECodeVerifier();
    const etat: EtatOidc = { verificateur, state: oidc.randomState(), nonce: oidc.randomNonce(), expire: Date.now() + DUREE_ETAT_OIDC_MS };
    const url = oidc.buildAuthorizationUrl(configuration, {
      redirect_uri: c.redirectUri,
      scope: c.scopes.join(' '),
      response_type: 'code',
      code_challenge: await oidc.calculatePKCECodeChallenge(verificateur),
      code_challenge_method: 'S256',
      state: etat.state,
      nonce: etat.nonce,
      ...(c.acrValues ? { acr_values: c.acrValues } : {}),
    });
    return { url, etat };
  }

  /** Completes the flow from the provider's return (the full callback URL); throws on any check that fails. */
  async terminer(urlRetour: URL, etat: EtatOidc): Promise<IdentiteOidc> {
    const configuration = await this.decouvrir();
    const jetons = await oidc.authorizationCodeGrant(configuration, urlRetour, {
      pkceCodeVerifier: etat.verificateur,
      expectedState: etat.state,
      expectedNonce: etat.nonce,
      idTokenExpected: true,
    });
    const revendications = jetons.claims();
    if (!revendications) throw new Error('jeton d’identité absent');
    const info = await oidc.fetchUserInfo(configuration, jetons.access_token, revendications.sub);
    const texte = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);
    return {
      sujet: revendications.sub,
      email: texte(info.email ?? revendications.email)?.toLowerCase() ?? null,
      prenom: texte(info.given_name ?? revendications.given_name),
      nom: texte(info.usual_name ?? info.family_name ?? revendications.family_name),
      siret: texte(info.siret),
    };
  }

  private exiger(): ConfigurationOidc {
    if (!this.config.oidc) throw new ErreurDomaine('INTROUVABLE', 'La connexion par ProConnect n’est pas configurée sur ce serveur.');
    return this.config.oidc;
  }

  /** The provider's metadata, fetched once (again after a failure: the provider may have been unreachable). */
  private decouvrir(): Promise<oidc.Configuration> {
    const c = this.exiger();
    this.configuration ??= oidc
      .discovery(
        new URL(c.issuer),
        c.clientId,
        { id_token_signed_response_alg: c.algorithmeIdToken, ...(c.algorithmeUserinfo ? { userinfo_signed_response_alg: c.algorithmeUserinfo } : {}) },
        oidc.ClientSecretBasic(c.clientSecret),
        // Plain http only towards a provider on this machine (a test provider); openid-client refuses it otherwise.
        c.httpLocal ? { execute: [oidc.allowInsecureRequests] } : undefined,
      )
      .catch((e: unknown) => {
        this.configuration = null;
        throw e;
      });
    return this.configuration;
  }
}
