import { DataSource } from 'typeorm';
import { Requeteur } from '../import/importateur';
import { requeteurDe } from '../import/requeteur';

/** What is read of pg's pool, as TypeORM's PostgreSQL driver holds it (`driver.master`). */
export interface PoolObserve {
  readonly waitingCount: number;
  readonly totalCount: number;
  readonly idleCount: number;
  readonly options?: { max?: number };
  on(evenement: 'release', ecouteur: () => void): unknown;
}

/** A request's next statement follows its previous one within this delay: the background waits that long after it. */
export const ECART_MS = 20;
/** Under constant traffic the background still passes after this wait: the upload goes on, more slowly. */
export const ATTENTE_MAX_MS = 150;

/**
 * The statements of a background job (analysis, preparation and clean-up of an upload) give way to the users'
 * requests when the database has a single connection (the embedded one serves one statement at a time): before
 * each statement the job waits until no request uses the connection or waits for it, and none released it in the
 * last 20 ms — a request made of several statements goes through whole between two statements of the job — at most
 * 150 ms. With a pool of several connections (native PostgreSQL) the job has its own connection: no wait.
 * The import's transaction does not go through here (it holds the connection until it commits).
 */
export function requeteurDeFond(dataSource: DataSource, requete: Requeteur = requeteurDe(dataSource)): Requeteur {
  let pool: PoolObserve | null | undefined;
  let dernierAutre = 0;
  let nous = 0;
  const observer = (): PoolObserve | null => {
    if (pool !== undefined) return pool;
    const p = (dataSource.driver as unknown as { master?: PoolObserve }).master;
    if (!p) return null; // not connected yet: look again at the next statement
    pool = p.options?.max === 1 ? p : null;
    pool?.on('release', () => {
      if (!nous) dernierAutre = performance.now();
    });
    return pool;
  };
  return async <T>(sql: string, parametres?: unknown[]): Promise<T[]> => {
    const p = observer();
    if (p) {
      const debut = performance.now();
      const occupe = () => p.waitingCount > 0 || p.totalCount > p.idleCount || performance.now() - dernierAutre < ECART_MS;
      while (occupe() && performance.now() - debut < ATTENTE_MAX_MS) {
        await new Promise((r) => setTimeout(r, 5));
      }
    }
    nous++;
    try {
      return await requete<T>(sql, parametres);
    } finally {
      nous--;
    }
  };
}
