import { randomBytes } from 'node:crypto';
import { ENV_SECRET_GRAPPE } from '../grappe/messages-grappe';

/** OIDC client settings for the state's identity provider (ProConnect, formerly AgentConnect). */
export interface ConfigurationOidc {
  /** e.g. https://auth.agentconnect.gouv.fr/api/v2 (production) — discovery at `${issuer}/.well-known/openid-configuration` */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Callback registered with the provider, e.g. https://maillage.example.gouv.fr/api/auth/oidc/retour */
  redirectUri: string;
  scopes: string[];
  /** acr_values sent with the authorization request (MAILLAGE_OIDC_ACR_VALUES, none by default). */
  acrValues: string | null;
  /** Algorithm of the ID token's signature (MAILLAGE_OIDC_ALG_ID_TOKEN, RS256 by default). */
  algorithmeIdToken: string;
  /** When the userinfo answer is a signed JWT, its algorithm (MAILLAGE_OIDC_ALG_USERINFO); none: plain JSON. */
  algorithmeUserinfo: string | null;
  /** The issuer is a plain-http provider on this machine (a test provider): allowed for loopback only. */
  httpLocal: boolean;
}

/** Typed configuration of accounts, tokens and login throttling, read once and validated at start-up. */
export interface ConfigurationAuth {
  /**
   * HS256 secret. Must be shared by every API replica (MAILLAGE_JWT_SECRET); otherwise random, drawn once per
   * `npm start` and shared by its processes (ADR 0006).
   */
  secretJeton: Buffer;
  secretJetonEphemere: boolean;
  /** Token lifetime in seconds (MAILLAGE_JWT_DUREE, default 8 h: a working day). */
  dureeJeton: number;
  /**
   * Login attempts tolerated within `fenetreEchecs` seconds: per account from one IP (then that IP is refused for
   * that account; from all IPs, progressive delays), and per IP (then the IP is refused for every account).
   */
  echecsMaxCompte: number;
  echecsMaxIp: number;
  fenetreEchecs: number;
  /** First administrator, created at start-up when both are set and the account does not exist. */
  admin: { email: string; motDePasse: string } | null;
  oidc: ConfigurationOidc | null;
}

export const CONFIGURATION_AUTH = Symbol('CONFIGURATION_AUTH');
export const LONGUEUR_MIN_MOT_DE_PASSE = 12;

function entier(env: NodeJS.ProcessEnv, nom: string, defaut: number, min: number): number {
  const brut = env[nom];
  if (brut === undefined || brut === '') return defaut;
  const n = Number(brut);
  if (!Number.isInteger(n) || n < min) throw new Error(`Configuration invalide : ${nom} doit être un entier ≥ ${min} (reçu « ${brut} »).`);
  return n;
}

export function lireConfigurationAuth(env: NodeJS.ProcessEnv = process.env): ConfigurationAuth {
  const secret = env.MAILLAGE_JWT_SECRET?.trim();
  // drawn by the cluster's primary for its workers when MAILLAGE_JWT_SECRET is absent (grappe/primaire.ts)
  const secretGrappe = env[ENV_SECRET_GRAPPE]?.trim();
  if (secret && secret.length < 32) throw new Error('Configuration invalide : MAILLAGE_JWT_SECRET doit compter au moins 32 caractères.');

  const email = env.MAILLAGE_ADMIN_EMAIL?.trim().toLowerCase();
  const motDePasse = env.MAILLAGE_ADMIN_MOT_DE_PASSE;
  if (Boolean(email) !== Boolean(motDePasse)) {
    throw new Error('Configuration invalide : MAILLAGE_ADMIN_EMAIL et MAILLAGE_ADMIN_MOT_DE_PASSE vont ensemble.');
  }
  if (motDePasse && motDePasse.length < LONGUEUR_MIN_MOT_DE_PASSE) {
    throw new Error(`Configuration invalide : MAILLAGE_ADMIN_MOT_DE_PASSE doit compter au moins ${LONGUEUR_MIN_MOT_DE_PASSE} caractères.`);
  }

  const oidcVars = ['MAILLAGE_OIDC_ISSUER', 'MAILLAGE_OIDC_CLIENT_ID', 'MAILLAGE_OIDC_CLIENT_SECRET', 'MAILLAGE_OIDC_REDIRECT_URI'];
  const presentes = oidcVars.filter((v) => env[v]?.trim());
  if (presentes.length && presentes.length < oidcVars.length) {
    throw new Error(`Configuration invalide : OIDC incomplet, manquent ${oidcVars.filter((v) => !presentes.includes(v)).join(', ')}.`);
  }
  let oidc: ConfigurationOidc | null = null;
  if (presentes.length) {
    for (const v of ['MAILLAGE_OIDC_ISSUER', 'MAILLAGE_OIDC_REDIRECT_URI']) {
      if (!/^https?:\/\//.test(env[v]!.trim())) throw new Error(`Configuration invalide : ${v} doit être une URL http(s).`);
    }
    const issuer = new URL(env.MAILLAGE_OIDC_ISSUER!.trim());
    const httpLocal = issuer.protocol === 'http:';
    if (httpLocal && !['127.0.0.1', 'localhost', '[::1]'].includes(issuer.hostname)) {
      throw new Error('Configuration invalide : MAILLAGE_OIDC_ISSUER doit être en https (http seulement pour un fournisseur de test sur cette machine).');
    }
    oidc = {
      issuer: env.MAILLAGE_OIDC_ISSUER!.trim().replace(/\/$/, ''),
      clientId: env.MAILLAGE_OIDC_CLIENT_ID!.trim(),
      clientSecret: env.MAILLAGE_OIDC_CLIENT_SECRET!.trim(),
      redirectUri: env.MAILLAGE_OIDC_REDIRECT_URI!.trim(),
      scopes: (env.MAILLAGE_OIDC_SCOPES ?? 'openid email given_name usual_name siret').split(/[\s,]+/).filter(Boolean),
      acrValues: env.MAILLAGE_OIDC_ACR_VALUES?.trim() || null,
      algorithmeIdToken: env.MAILLAGE_OIDC_ALG_ID_TOKEN?.trim() || 'RS256',
      algorithmeUserinfo: env.MAILLAGE_OIDC_ALG_USERINFO?.trim() || null,
      httpLocal,
    };
  }

  return {
    secretJeton: secret ? Buffer.from(secret, 'utf8') : secretGrappe ? Buffer.from(secretGrappe, 'utf8') : randomBytes(48),
    secretJetonEphemere: !secret,
    dureeJeton: entier(env, 'MAILLAGE_JWT_DUREE', 8 * 3600, 60),
    echecsMaxCompte: entier(env, 'MAILLAGE_CONNEXION_ECHECS_COMPTE', 5, 1),
    echecsMaxIp: entier(env, 'MAILLAGE_CONNEXION_ECHECS_IP', 50, 1),
    fenetreEchecs: entier(env, 'MAILLAGE_CONNEXION_FENETRE', 15 * 60, 1),
    admin: email && motDePasse ? { email, motDePasse } : null,
    oidc,
  };
}
