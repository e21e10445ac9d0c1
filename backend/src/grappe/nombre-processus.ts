import { availableParallelism } from 'node:os';

/** Default worker count ceiling: each worker holds its own in-memory data (tiles, access engine: ~0.5 GB). */
export const PROCESSUS_MAX_PAR_DEFAUT = 4;

/**
 * How many HTTP worker processes `npm start` runs (MAILLAGE_PROCESSUS, ADR 0006). With a PostgreSQL server: one per
 * core by default, at most 4. With the embedded database: one — PGlite is a single session inside the process that
 * serves (several processes would only queue on it), so asking for more is refused with the reason.
 */
export function lireNombreProcessus(baseEmbarquee: boolean, env: NodeJS.ProcessEnv = process.env, coeurs = availableParallelism()): number {
  const brut = env.MAILLAGE_PROCESSUS?.trim();
  if (!brut) return baseEmbarquee ? 1 : Math.max(1, Math.min(coeurs, PROCESSUS_MAX_PAR_DEFAUT));
  const n = Number(brut);
  if (!Number.isInteger(n) || n < 1 || n > 64) {
    throw new Error(`Configuration invalide : MAILLAGE_PROCESSUS est un nombre entier de processus entre 1 et 64 (reçu « ${brut} »).`);
  }
  if (n > 1 && baseEmbarquee) {
    throw new Error(`Configuration invalide : MAILLAGE_PROCESSUS=${n} demande une base PostgreSQL (DATABASE_URL) ; la base embarquée ne sert qu’un processus.`);
  }
  return n;
}
