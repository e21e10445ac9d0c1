import 'reflect-metadata';
import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { creerApplication } from '../../backend/src/app.factory';
import { lireConfiguration } from '../../backend/src/config/configuration';

export interface ApplicationDeTest {
  app: INestApplication;
  /** supertest agent bound to the running HTTP server */
  http: () => ReturnType<typeof request>;
  url: string;
  fermer(): Promise<void>;
}

/**
 * Boots the real application (all modules, real PostGIS) on a random port, against the database that
 * scripts/test.mjs prepared (DATABASE_URL: embedded PGlite or native PostGIS, data already imported).
 * `port`: a given port (when a callback URL must be known beforehand, as ProConnect's).
 */
export async function demarrerApplication(options: { port?: number } = {}): Promise<ApplicationDeTest> {
  if (!process.env.DATABASE_URL) throw new Error('DATABASE_URL absent : lancez les tests avec « npm test ».');
  const config = { ...lireConfiguration(), port: options.port ?? 0, importAuDemarrage: false };
  const app = await creerApplication(config, { journal: false });
  await app.listen(options.port ?? 0, '127.0.0.1');
  const url = await app.getUrl();
  return {
    app,
    http: () => request(app.getHttpServer()),
    url: url.replace('[::1]', '127.0.0.1'),
    fermer: () => app.close(),
  };
}

export const cible = (): 'embarquee' | 'native' => (process.env.MAILLAGE_TEST_CIBLE === 'native' ? 'native' : 'embarquee');
