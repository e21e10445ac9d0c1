import { DataSource, QueryRunner } from 'typeorm';
import { Requeteur } from './importateur';

/**
 * A Requeteur over a TypeORM query runner that always returns the rows. TypeORM's plain `query()` returns
 * `[rows, count]` for UPDATE and DELETE (… RETURNING), so `rows.length` was 2 whatever happened (issue 10
 * finding 4: « supprimees: 2 »); the structured result carries the rows for every command.
 */
export function requeteurDuRunner(runner: QueryRunner): Requeteur {
  return async <T>(sql: string, parametres?: unknown[]) => ((await runner.query(sql, parametres, true)) as { records?: T[] }).records ?? [];
}

/** Same, outside any transaction: each statement runs on a pooled connection (autocommit). */
export function requeteurDe(dataSource: DataSource): Requeteur {
  return async <T>(sql: string, parametres?: unknown[]) => {
    const runner = dataSource.createQueryRunner();
    try {
      return ((await runner.query(sql, parametres, true)) as { records?: T[] }).records ?? [];
    } finally {
      await runner.release();
    }
  };
}
