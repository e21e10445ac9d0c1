import { ExecutionContext } from '@nestjs/common';
import { ThrottlerModuleOptions } from '@nestjs/throttler';

const LECTURES = new Set(['GET', 'HEAD', 'OPTIONS']);
const estLecture = (ctx: ExecutionContext) => LECTURES.has(ctx.switchToHttp().getRequest<{ method: string }>().method);

function limite(env: NodeJS.ProcessEnv, nom: string, defaut: number): number {
  const brut = env[nom];
  if (brut === undefined || brut === '') return defaut;
  const n = Number(brut);
  if (!Number.isInteger(n) || n < 1) throw new Error(`Configuration invalide : ${nom} doit être un entier ≥ 1 (reçu « ${brut} »).`);
  return n;
}

/**
 * Rate limits per client IP and per minute (@nestjs/throttler, in memory: per API replica).
 * Reads are generous — a map view fires dozens of tile requests, and a load balancer or a town hall's NAT
 * puts many users behind one IP — writes are tighter. Login failures have their own, stricter, per-account
 * throttling in the database (AuthService).
 *   MAILLAGE_LIMITE_LECTURES (default 300 000/min ≈ 5 000/s), MAILLAGE_LIMITE_ECRITURES (default 600/min)
 */
export function optionsLimitationDebit(env: NodeJS.ProcessEnv = process.env): ThrottlerModuleOptions {
  return {
    throttlers: [
      { name: 'lectures', ttl: 60_000, limit: limite(env, 'MAILLAGE_LIMITE_LECTURES', 300_000), skipIf: (ctx) => !estLecture(ctx) },
      { name: 'ecritures', ttl: 60_000, limit: limite(env, 'MAILLAGE_LIMITE_ECRITURES', 600), skipIf: estLecture },
    ],
  };
}
