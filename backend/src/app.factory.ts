import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';
import * as path from 'node:path';
import { INestApplication, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { NextFunction, Request, Response } from 'express';
import compression from 'compression';
import helmet from 'helmet';
import { AppModule } from './app.module';
import { controlerEntrees } from './common/entrees/controle-entrees';
import { FiltreErreurs } from './common/erreurs/filtre-erreurs';
import { messageParStatut } from './common/erreurs/refus-bibliotheques';
import { creerValidationPipe } from './common/erreurs/validation';
import { JournalSobre } from './common/journal/journal-sobre';
import { Configuration } from './config/configuration';
import { ImportService } from './import/import.service';
import { refuserPendantImport } from './import/refus-pendant-import';

/** Builds the HTTP application (used by main.ts, the CLI and the integration tests). */
export async function creerApplication(config: Configuration, options: { journal?: boolean } = {}): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.avec(config), {
    logger: options.journal === false ? ['error'] : new JournalSobre('', { logLevels: ['log', 'warn', 'error', 'fatal'] }),
    bodyParser: false,
  });
  app.set('trust proxy', config.confianceProxy);
  app.useBodyParser('json', { limit: '2mb' });
  app.useBodyParser('urlencoded', { limit: '2mb', extended: false });
  app.use(controlerEntrees());
  const imports = app.get(ImportService);
  app.use(refuserPendantImport(() => imports.etat));
  repondreRefusDuParseurHttp(app.getHttpServer());
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          'default-src': ["'self'"],
          'img-src': ["'self'", 'data:', 'blob:'],
          'worker-src': ["'self'", 'blob:'],
          // « Imprimer » prints the downloaded PDF itself, from a blob URL in a hidden frame
          'frame-src': ["'self'", 'blob:'],
          'style-src': ["'self'", "'unsafe-inline'"],
          'script-src': ["'self'"],
          'connect-src': ["'self'", ...(config.fondDeCarteUrl ? [new URL(config.fondDeCarteUrl).origin] : [])],
        },
      },
    }),
  );
  // gzip per request for ordinary JSON answers. The big, rarely changing ones (indicator and zonage
  // payloads, tiles, cards, aids of a commune) are gzipped once in their cache (common/cache) and
  // carry a Content-Encoding: the middleware passes them through untouched ("already encoded").
  app.use(compression({ threshold: 1024 }));
  app.enableCors({ origin: false });
  app.setGlobalPrefix('api');
  app.useGlobalPipes(creerValidationPipe());
  app.useGlobalFilters(new FiltreErreurs());
  // No enableShutdownHooks(): main.ts closes the app itself on SIGINT/SIGTERM (then stops the embedded
  // base); both at once ran the shutdown hooks twice ("Called end on pool more than once").

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Maillage — API')
      .setDescription('Territoires, accès aux soins (APL), zonage, structures, aides. Toutes les valeurs sont sourcées et datées.')
      .setVersion('0.1.0')
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document);
  servirTableauDeBord(app, config);
  return app;
}

/**
 * Refusals Node's HTTP parser makes before Express sees the request (headers over 16 KB → 431, malformed
 * request line → 400) answered in the same French JSON as every other refusal, instead of an empty body.
 */
function repondreRefusDuParseurHttp(serveur: Server): void {
  serveur.on('clientError', (erreur: Error & { code?: string }, socket: Duplex) => {
    if (!socket.writable) return socket.destroy();
    const statut = erreur.code === 'HPE_HEADER_OVERFLOW' ? 431 : erreur.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
    const corps = JSON.stringify({ statut, code: statut === 400 ? 'ENTREE_INVALIDE' : 'ERREUR_HTTP', message: messageParStatut(statut), details: [] });
    socket.end(
      `HTTP/1.1 ${statut} ${statut === 431 ? 'Request Header Fields Too Large' : statut === 408 ? 'Request Timeout' : 'Bad Request'}\r\n` +
        `Content-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(corps)}\r\nConnection: close\r\n\r\n${corps}`,
    );
  });
}

/** The Angular dashboard (frontend/dist/browser) at `/`, with SPA fallback outside /api. */
function servirTableauDeBord(app: NestExpressApplication, config: Configuration): void {
  const dossier = path.join(config.racineProjet, 'frontend', 'dist', 'browser');
  if (!existsSync(path.join(dossier, 'index.html'))) {
    new Logger('Tableau de bord').warn(`Frontend non construit (${dossier}) : lancez « npm run build ».`);
    return;
  }
  app.useStaticAssets(dossier, { index: false, maxAge: '1h' });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || req.path.startsWith('/api')) return next();
    res.sendFile(path.join(dossier, 'index.html'));
  });
}
