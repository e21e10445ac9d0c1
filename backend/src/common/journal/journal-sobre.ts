import { ConsoleLogger } from '@nestjs/common';

/** Nest's start-up chatter (one line per module and route) that a user starting the app does not need. */
const CONTEXTES_BAVARDS = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'NestFactory', 'NestApplication']);

/** Console logger that keeps the application's own messages, warnings and errors, without the framework's inventory. */
export class JournalSobre extends ConsoleLogger {
  override log(message: unknown, ...contexte: unknown[]): void {
    const ctx = contexte[contexte.length - 1];
    if (typeof ctx === 'string' && CONTEXTES_BAVARDS.has(ctx)) return;
    super.log(message, ...contexte);
  }
}
