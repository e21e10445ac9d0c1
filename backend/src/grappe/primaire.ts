import { randomBytes } from 'node:crypto';
import cluster, { Worker } from 'node:cluster';
import { Logger } from '@nestjs/common';
import { ENV_ROLE, ENV_SECRET_GRAPPE, estMessageGrappe, RoleOuvrier } from './messages-grappe';

/** First delay before restarting a worker that died; doubled at each death in a row (at most 30 s). */
const DELAI_RELANCE_MS = 1_000;
/** Workers still running this long after SIGTERM are killed. */
const DELAI_ARRET_MS = 30_000;

/**
 * The primary process of `npm start` with several workers on a PostgreSQL server (ADR 0006). It serves no request:
 * - draws the token secret the workers share when MAILLAGE_JWT_SECRET is not set (a token signed by one worker is
 *   valid on the others; still lost at restart, as with one process);
 * - starts the first worker alone (migrations, start-up import, warm-up), then the others one by one once it is
 *   ready (no import, warm-up before they listen): the workers share the HTTP port (Node cluster, round-robin);
 * - relays « data changed » from a worker to the others (their caches drop at once), restarts a worker that dies,
 *   stops the workers on SIGINT/SIGTERM. A worker whose primary vanished (kill -9) exits at once (`main.ts`).
 */
export function demarrerPrimaire(nombre: number): void {
  const logger = new Logger('Grappe');
  const env: Record<string, string> = {};
  if (!process.env.MAILLAGE_JWT_SECRET?.trim()) env[ENV_SECRET_GRAPPE] = randomBytes(48).toString('base64url');
  logger.log(`${nombre} processus de service`);

  let prets = 0;
  let grappePrete = false;
  let arret = false;
  let mortsDeSuite = 0;

  const forker = (role: RoleOuvrier): Worker => {
    const w = cluster.fork({ ...env, [ENV_ROLE]: role, ...(role === 'suivant' ? { MAILLAGE_IMPORT_AU_DEMARRAGE: 'non' } : {}) });
    const debut = Date.now();
    w.on('message', (m: unknown) => {
      if (!estMessageGrappe(m)) return;
      if (m.maillage === 'pret') pret(w);
      else if (m.maillage === 'donnees-modifiees') {
        for (const autre of Object.values(cluster.workers ?? {})) if (autre && autre !== w && autre.isConnected()) autre.send(m);
      }
    });
    w.on('exit', (code, signal) => {
      if (arret) return;
      const cause = `code ${code}${signal ? `, signal ${signal}` : ''}`;
      if (!grappePrete) {
        logger.error(`Un processus de service s’est arrêté pendant le démarrage (${cause}) : arrêt.`);
        void arreter(1);
        return;
      }
      mortsDeSuite = Date.now() - debut > 60_000 ? 1 : mortsDeSuite + 1;
      const delai = Math.min(30_000, DELAI_RELANCE_MS * 2 ** (mortsDeSuite - 1));
      logger.warn(`Processus de service ${w.process.pid} arrêté (${cause}) : relancé dans ${delai / 1000} s.`);
      setTimeout(() => !arret && forker('suivant'), delai).unref();
    });
    return w;
  };

  const pret = (w: Worker) => {
    if (grappePrete) {
      w.send({ maillage: 'grappe-prete' });
      return;
    }
    prets++;
    if (prets < nombre) {
      forker('suivant');
      return;
    }
    grappePrete = true;
    logger.log(`${nombre} processus de service prêts`);
    for (const autre of Object.values(cluster.workers ?? {})) if (autre?.isConnected()) autre.send({ maillage: 'grappe-prete' });
  };

  const arreter = async (code: number) => {
    if (arret) return;
    arret = true;
    const vivants = Object.values(cluster.workers ?? {}).filter((w): w is Worker => !!w && !w.isDead());
    await Promise.all(
      vivants.map(
        (w) =>
          new Promise<void>((ok) => {
            const limite = setTimeout(() => w.process.kill('SIGKILL'), DELAI_ARRET_MS);
            w.once('exit', () => {
              clearTimeout(limite);
              ok();
            });
            w.process.kill('SIGTERM');
          }),
      ),
    );
    process.exit(code);
  };

  process.once('SIGINT', () => void arreter(0));
  process.once('SIGTERM', () => void arreter(0));
  forker('premier');
}
