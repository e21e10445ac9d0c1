import { CallHandler, ExecutionContext, Injectable, Logger, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { Observable, from, mergeMap } from 'rxjs';
import { CLE_UTILISATEUR, RequeteAuthentifiee } from '../common/auth/utilisateur.decorator';
import { AuditService } from './audit.service';
import { CLE_CALCUL_SANS_ECRITURE } from './calcul-sans-ecriture.decorator';
import { CompteurCalculs } from './compteur-calculs';
import { ContexteAudit, stockageAudit } from './contexte-audit';

const LECTURES = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Global interceptor (APP_INTERCEPTOR): every successful write (POST, PUT, PATCH, DELETE) leaves an audit
 * entry. Services that record a detailed one (before/after) through AuditService take precedence;
 * otherwise a generic entry is written after the handler succeeded. Reads are untouched (no cost), and so are
 * POST routes that only compute (@CalculSansEcriture: eligibility, simulation, selection), which are counted in
 * CompteurCalculs instead: the log holds writes, not every visitor's question.
 */
@Injectable()
export class IntercepteurAudit implements NestInterceptor {
  private readonly logger = new Logger('Audit');

  constructor(
    private readonly audit: AuditService,
    private readonly reflector: Reflector,
    private readonly calculs: CompteurCalculs,
  ) {}

  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (ctx.getType() !== 'http') return next.handle();
    const req = ctx.switchToHttp().getRequest<Request & RequeteAuthentifiee>();
    if (LECTURES.has(req.method)) return next.handle();
    if (this.reflector.getAllAndOverride<boolean | undefined>(CLE_CALCUL_SANS_ECRITURE, [ctx.getHandler(), ctx.getClass()])) {
      this.calculs.compter(`${req.method} ${(req.route as { path?: string } | undefined)?.path ?? req.path}`, Boolean(req[CLE_UTILISATEUR]));
      return next.handle();
    }
    const contexte: ContexteAudit = {
      methode: req.method,
      chemin: (req.originalUrl ?? req.url).split('?')[0],
      ip: req.ip ?? null,
      utilisateur: req[CLE_UTILISATEUR] ?? null,
      detaille: false,
    };
    return new Observable((abonne) => {
      const abonnement = stockageAudit.run(contexte, () =>
        next
          .handle()
          .pipe(
            mergeMap((reponse) =>
              from(
                (async () => {
                  if (!contexte.detaille) {
                    try {
                      await this.audit.enregistrerGenerique(contexte, req.body, (req.params ?? {}) as Record<string, string>, reponse);
                    } catch (e) {
                      // The write itself succeeded: answer it, but say loudly that its trace is missing.
                      this.logger.error(`Entrée d’audit non enregistrée pour ${contexte.methode} ${contexte.chemin} : ${(e as Error).message}`);
                    }
                  }
                  return reponse;
                })(),
              ),
            ),
          )
          .subscribe(abonne),
      );
      return () => abonnement.unsubscribe();
    });
  }
}
