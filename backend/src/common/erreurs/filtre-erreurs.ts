import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { CodeErreur, DetailErreur, ErreurDomaine } from './erreur-domaine';
import { messageBibliotheque, messageBodyParser, messageParStatut } from './refus-bibliotheques';

const STATUT_PAR_CODE: Record<CodeErreur, number> = {
  ENTREE_INVALIDE: HttpStatus.BAD_REQUEST,
  FICHIER_INVALIDE: HttpStatus.BAD_REQUEST,
  FICHIER_TROP_VOLUMINEUX: HttpStatus.PAYLOAD_TOO_LARGE,
  DELAI_DEPASSE: HttpStatus.REQUEST_TIMEOUT,
  INTROUVABLE: HttpStatus.NOT_FOUND,
  CONFLIT: HttpStatus.CONFLICT,
  NON_AUTHENTIFIE: HttpStatus.UNAUTHORIZED,
  INTERDIT: HttpStatus.FORBIDDEN,
  TROP_DE_TENTATIVES: HttpStatus.TOO_MANY_REQUESTS,
  BASE_INDISPONIBLE: HttpStatus.SERVICE_UNAVAILABLE,
  DONNEES_NON_CHARGEES: HttpStatus.SERVICE_UNAVAILABLE,
};

/** The code of a refusal that only has an HTTP status (library errors). */
const CODE_PAR_STATUT: Partial<Record<number, CodeErreur>> = {
  400: 'ENTREE_INVALIDE',
  401: 'NON_AUTHENTIFIE',
  403: 'INTERDIT',
  404: 'INTROUVABLE',
  409: 'CONFLIT',
  422: 'ENTREE_INVALIDE',
  429: 'TROP_DE_TENTATIVES',
};

/** Connection-level failures of pg: the database is down or restarting. */
const ERREURS_CONNEXION = ['ECONNREFUSED', 'ECONNRESET', 'EPIPE', '57P01', '57P02', '57P03', '08000', '08003', '08006'];

const BASE_INDISPONIBLE: CorpsErreur = {
  statut: 503,
  code: 'BASE_INDISPONIBLE',
  message: 'La base de données est momentanément indisponible. Réessayez dans quelques secondes.',
  details: [],
};

export interface CorpsErreur {
  statut: number;
  code: CodeErreur | 'ERREUR_HTTP' | 'ERREUR_INTERNE';
  message: string;
  details: DetailErreur[];
}

/**
 * The one place where errors become HTTP answers: `{ statut, code, message, details }` in French, whatever
 * raised them — a service (ErreurDomaine), the validation pipe (details per field), or a library (Express,
 * body-parser, multer, Nest's built-ins), whose English messages are replaced (refus-bibliotheques.ts).
 */
@Catch()
export class FiltreErreurs implements ExceptionFilter {
  private readonly logger = new Logger('Erreurs');

  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const corps = this.versCorps(exception);
    if (corps.statut >= 500 && corps.code !== 'BASE_INDISPONIBLE') this.logger.error(exception);
    else if (estErreurDeDonneesPostgres(exception)) this.logger.warn(`Valeur refusée par PostgreSQL : ${(exception as Error).message}`);
    if (res.headersSent) return;
    // A route may have set its own type (CSV, HTML page, tile) and a download name before failing:
    // the refusal is JSON, shown in place.
    res.removeHeader('Content-Disposition');
    res.removeHeader('Content-Encoding');
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    const attente = corps.code === 'TROP_DE_TENTATIVES' ? corps.details.find((d) => d.champ === 'reessayerDans')?.valeur : undefined;
    if (typeof attente === 'number') res.setHeader('Retry-After', String(attente));
    res.status(corps.statut).json(corps);
  }

  versCorps(exception: unknown): CorpsErreur {
    if (exception instanceof ErreurDomaine) {
      return { statut: STATUT_PAR_CODE[exception.code], code: exception.code, message: exception.message, details: exception.details };
    }
    if (exception instanceof HttpException) {
      const statut = exception.getStatus();
      const reponse = exception.getResponse() as { message?: unknown; details?: DetailErreur[] } | string;
      if (typeof reponse === 'object' && Array.isArray(reponse.details)) {
        return { statut, code: 'ENTREE_INVALIDE', message: String(reponse.message), details: reponse.details };
      }
      const anglais = typeof reponse === 'string' ? reponse : Array.isArray(reponse?.message) ? reponse.message.join(' ; ') : texteDe(reponse?.message);
      return { statut, code: CODE_PAR_STATUT[statut] ?? 'ERREUR_HTTP', message: messageBibliotheque(anglais) ?? messageParStatut(statut), details: [] };
    }
    // body-parser's and Express's errors carry their HTTP status, `expose` and (body-parser) a `type`.
    const express = exception as { status?: unknown; statusCode?: unknown; expose?: unknown; type?: unknown; message?: unknown };
    const statutExpress = typeof express?.status === 'number' ? express.status : typeof express?.statusCode === 'number' ? express.statusCode : null;
    if (statutExpress !== null && statutExpress >= 400 && statutExpress < 500) {
      const message = messageBodyParser(express.type) ?? messageBibliotheque(texteDe(express.message)) ?? messageParStatut(statutExpress);
      return { statut: statutExpress, code: CODE_PAR_STATUT[statutExpress] ?? 'ERREUR_HTTP', message, details: [] };
    }
    const code = (exception as { code?: string })?.code;
    if (code && ERREURS_CONNEXION.includes(code)) return BASE_INDISPONIBLE;
    if (/Connection terminated|timeout exceeded when trying to connect|Connection is not established/i.test(String((exception as Error)?.message))) {
      return BASE_INDISPONIBLE;
    }
    // Safety net: a value PostgreSQL refused (class 22, data exception: out of range, bad date, NUL byte,
    // bad UUID text) came from the request. Routes validate their inputs so that this is not reached;
    // when it is, it is the client's 400, not a 500.
    if (estErreurDeDonneesPostgres(exception)) {
      return { statut: 400, code: 'ENTREE_INVALIDE', message: 'Valeur refusée : hors des bornes ou du format admis.', details: [] };
    }
    return { statut: 500, code: 'ERREUR_INTERNE', message: 'Erreur interne du serveur.', details: [] };
  }
}

const texteDe = (v: unknown): string => (typeof v === 'string' ? v : '');

/** pg's DatabaseError (or TypeORM's QueryFailedError around it) of SQLSTATE class 22 (data exception). */
function estErreurDeDonneesPostgres(exception: unknown): boolean {
  const e = exception as { code?: unknown; driverError?: { code?: unknown } } | null;
  const sqlstate = typeof e?.code === 'string' ? e.code : typeof e?.driverError?.code === 'string' ? e.driverError.code : null;
  return sqlstate !== null && /^22[0-9A-Z]{3}$/.test(sqlstate);
}
