import { EventEmitter } from 'node:events';
import { DataSource } from 'typeorm';
import { Requeteur } from '../import/importateur';
import { PoolObserve, requeteurDeFond } from './requeteur-de-fond';

class PoolFactice extends EventEmitter implements PoolObserve {
  waitingCount = 0;
  totalCount = 1;
  idleCount = 1;
  constructor(readonly options: { max: number }) {
    super();
  }
}

const source = (pool: PoolFactice) => ({ driver: { master: pool } }) as unknown as DataSource;
const attendre = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('requeteurDeFond', () => {
  it('on a single connection, waits until the users’ request has released it, then runs the statement', async () => {
    const pool = new PoolFactice({ max: 1 });
    const journal: string[] = [];
    const fond = requeteurDeFond(source(pool), async () => {
      journal.push('fond');
      return [];
    });
    await fond('SELECT 1'); // first statement: the pool is observed from now on
    journal.length = 0;
    pool.idleCount = 0; // a user's statement holds the connection
    pool.waitingCount = 2; // and two more wait for it
    const enCours = fond('SELECT 2');
    await attendre(40);
    journal.push('utilisateurs servis');
    pool.waitingCount = 0;
    pool.idleCount = 1;
    pool.emit('release');
    await enCours;
    expect(journal).toEqual(['utilisateurs servis', 'fond']);
  });

  it('under constant traffic still runs the statement (the upload goes on)', async () => {
    const pool = new PoolFactice({ max: 1 });
    const repondre = (async () => [{ ok: true }]) as Requeteur;
    const fond = requeteurDeFond(source(pool), repondre);
    await fond('SELECT 1');
    pool.waitingCount = 5;
    await expect(fond('SELECT 2')).resolves.toEqual([{ ok: true }]);
  });

  it('with a pool of several connections, does not wait', async () => {
    const pool = new PoolFactice({ max: 10 });
    pool.waitingCount = 3;
    pool.idleCount = 0;
    const journal: string[] = [];
    const fond = requeteurDeFond(source(pool), async () => {
      journal.push('fond');
      return [];
    });
    const enCours = fond('SELECT 1');
    await Promise.resolve();
    await Promise.resolve();
    journal.push('après deux tours');
    await enCours;
    expect(journal).toEqual(['fond', 'après deux tours']);
  });
});
