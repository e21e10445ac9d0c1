import * as path from 'node:path';

/** Typed configuration, read once from the environment and validated at start-up. */
export interface Configuration {
  /** Empty: run the embedded PostgreSQL + PostGIS (PGlite) with data kept in `dossierDonnees`. */
  databaseUrl: string | null;
  /** True when the database is PGlite (one query at a time: a single pooled connection). */
  baseEmbarquee: boolean;
  port: number;
  hote: string;
  dossierDonnees: string;
  racineProjet: string;
  importAuDemarrage: boolean;
  /** Optional raster/vector basemap style URL for the map (none by default: the app works offline). */
  fondDeCarteUrl: string | null;
  /**
   * Express `trust proxy` (MAILLAGE_TRUST_PROXY): which reverse proxies may tell the client's address in
   * X-Forwarded-For. false (default): none, the socket's address is the client's. A number: that many proxy
   * hops; a list: the proxies' addresses or subnets (`loopback`, `10.0.0.0/8`…).
   */
  confianceProxy: false | number | string[];
  /** Time limits of official-file uploads (ADR 0005), in milliseconds. */
  delaisImport: DelaisImport;
}

export interface DelaisImport {
  /** Receiving one uploaded file (the HTTP request). */
  receptionMs: number;
  /** One analysis or one import of an uploaded file, from start to end. */
  travailMs: number;
  /** One SQL statement of an import (PostgreSQL server; PGlite has no statement timeout). */
  instructionMs: number;
  /** Size limits raised or lowered per file type (MAILLAGE_TAILLE_MAX_<TYPE>, in Mo), in bytes. */
  taillesMax: Record<string, number>;
}

export const RACINE_PROJET = path.resolve(__dirname, '..', '..', '..');

export function lireConfiguration(env: NodeJS.ProcessEnv = process.env): Configuration {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`Configuration invalide : PORT doit être un entier entre 0 et 65535 (reçu « ${env.PORT} »).`);
  }
  const databaseUrl = env.DATABASE_URL?.trim() || null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new Error('Configuration invalide : DATABASE_URL doit commencer par postgres:// ou postgresql://.');
  }
  const importAuDemarrage = (env.MAILLAGE_IMPORT_AU_DEMARRAGE ?? 'oui').toLowerCase();
  if (!['oui', 'non', 'true', 'false', '1', '0'].includes(importAuDemarrage)) {
    throw new Error('Configuration invalide : MAILLAGE_IMPORT_AU_DEMARRAGE vaut « oui » ou « non ».');
  }
  return {
    databaseUrl,
    baseEmbarquee: !databaseUrl || ['1', 'oui', 'true'].includes((env.MAILLAGE_BASE_EMBARQUEE ?? '').toLowerCase()),
    port,
    hote: env.HOST ?? '0.0.0.0',
    dossierDonnees: path.resolve(env.MAILLAGE_DOSSIER_DONNEES ?? path.join(RACINE_PROJET, '.data')),
    racineProjet: RACINE_PROJET,
    importAuDemarrage: ['oui', 'true', '1'].includes(importAuDemarrage),
    fondDeCarteUrl: env.MAILLAGE_FOND_DE_CARTE_URL?.trim() || null,
    confianceProxy: lireConfianceProxy(env.MAILLAGE_TRUST_PROXY),
    delaisImport: {
      receptionMs: secondes(env, 'MAILLAGE_TELEVERSEMENT_DELAI', 900) * 1000,
      travailMs: secondes(env, 'MAILLAGE_IMPORT_DELAI', 1800) * 1000,
      instructionMs: secondes(env, 'MAILLAGE_IMPORT_DELAI_INSTRUCTION', 300) * 1000,
      taillesMax: Object.fromEntries(
        Object.keys(env)
          .filter((nom) => nom.startsWith('MAILLAGE_TAILLE_MAX_') && env[nom]?.trim())
          .map((nom) => [nom.slice('MAILLAGE_TAILLE_MAX_'.length).toLowerCase().replace(/_/g, '-'), secondes(env, nom, 1) * 1024 ** 2]),
      ),
    },
  };
}

function secondes(env: NodeJS.ProcessEnv, nom: string, defaut: number): number {
  const brut = env[nom]?.trim();
  if (!brut) return defaut;
  const n = Number(brut);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`Configuration invalide : ${nom} est un nombre entier de secondes (reçu « ${brut} »).`);
  return n;
}

const ADRESSE_OU_RESEAU = /^(loopback|linklocal|uniquelocal|[0-9a-f.:]+(\/\d{1,3})?)$/i;

function lireConfianceProxy(brut: string | undefined): false | number | string[] {
  const valeur = brut?.trim().toLowerCase() ?? '';
  if (['', 'non', 'false', '0'].includes(valeur)) return false;
  if (/^[1-9]\d?$/.test(valeur)) return Number(valeur);
  const liste = valeur.split(/[\s,]+/).filter(Boolean);
  // "oui"/"true" (trust every hop) is refused: any client could then choose its own address.
  if (!liste.every((a) => ADRESSE_OU_RESEAU.test(a))) {
    throw new Error(
      `Configuration invalide : MAILLAGE_TRUST_PROXY vaut « non », un nombre de relais (1 à 99) ou la liste des adresses des relais (ex. « loopback, 10.0.0.0/8 ») ; reçu « ${brut} ».`,
    );
  }
  return liste;
}

export const CONFIGURATION = Symbol('CONFIGURATION');
