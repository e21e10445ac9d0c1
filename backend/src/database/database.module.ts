import * as path from 'node:path';
import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CONFIGURATION, Configuration } from '../config/configuration';
import { chargerMigrationsSql } from './migrations-sql';

/**
 * One PostgreSQL/PostGIS connection for the whole app. The URL is resolved before Nest starts
 * (DATABASE_URL, or the embedded PGlite server started by main.ts).
 */
@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [CONFIGURATION],
      useFactory: (config: Configuration) => ({
        type: 'postgres' as const,
        url: config.databaseUrl ?? undefined,
        synchronize: false,
        migrationsRun: true,
        migrationsTransactionMode: 'each' as const,
        migrations: chargerMigrationsSql(path.join(config.racineProjet, 'migrations')),
        entities: [],
        logging: ['error'] as const,
        // PGlite executes one statement at a time: one connection keeps transactions isolated.
        extra: { max: config.baseEmbarquee ? 1 : 10, connectionTimeoutMillis: 10_000 },
        retryAttempts: 3,
        retryDelay: 1_000,
      }),
    }),
  ],
})
export class DatabaseModule {}
