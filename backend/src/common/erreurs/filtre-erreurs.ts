import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { CodeErreur, DetailErreur, ErreurDomaine } from './erreur-domaine';

const STATUT_PAR_CODE: Record<CodeErreur, number> = {
  ENTREE_INVALIDE: HttpStatus.BAD_REQUEST,
  FICHIER_INVALIDE: HttpStatus.BAD_REQUEST,
  INTROUVABLE: HttpStatus.NOT_FOUND,
  CONFLIT: HttpStatus.CONFLICT,
  NON_AUTHENTIFIE: HttpStatus.UNAUTHORIZED,
  INTERDIT: HttpStatus.FORBIDDEN,
  TROP_DE_TENTATIVES: HttpStatus.TOO_MANY_REQUESTS,
  BASE_INDISPONIBLE: HttpStatus.SERVICE_UNAVAILABLE,
  DONNEES_NON_CHARGEES: HttpStatus.SERVICE_UNAVAILABLE,
};

/** Connection-level failures of pg: the database is down or restarting. */
const ERREURS_CONNEXION = ['ECONNREFUSED', 'ECONNRESET', 'EPIPE', '57P01', '57P02', '57P03', '08000', '08003', '08006'];

export interface CorpsErreur {
  statut: number;
  code: CodeErreur | 'ERREUR_HTTP' | 'ERREUR_INTERNE';
  message: string;
  details: DetailErreur[];
}

/** The one place where errors become HTTP answers: `{ statut, code, message, details }` in French. */
@Catch()
export class FiltreErreurs implements ExceptionFilter {
  private readonly logger = new Logger('Erreurs');

  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const corps = this.versCorps(exception);
    if (corps.statut >= 500 && corps.code !== 'BASE_INDISPONIBLE') this.logger.error(exception);
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
      return { statut, code: 'ERREUR_HTTP', message: messageHttp(statut, reponse), details: [] };
    }
    // body-parser's errors (413 too large, 400 malformed JSON) carry their HTTP status and `expose`.
    const express = exception as { status?: unknown; expose?: unknown };
    if (typeof express?.status === 'number' && express.expose === true && express.status >= 400 && express.status < 500) {
      const message = express.status === 400 ? 'Corps de requête illisible (JSON mal formé).' : messageHttp(express.status, '');
      return { statut: express.status, code: express.status === 400 ? 'ENTREE_INVALIDE' : 'ERREUR_HTTP', message, details: [] };
    }
    const code = (exception as { code?: string })?.code;
    if (code && ERREURS_CONNEXION.includes(code)) {
      return {
        statut: 503,
        code: 'BASE_INDISPONIBLE',
        message: 'La base de données est momentanément indisponible. Réessayez dans quelques secondes.',
        details: [],
      };
    }
    if (/Connection terminated|timeout exceeded when trying to connect|Connection is not established/i.test(String((exception as Error)?.message))) {
      return {
        statut: 503,
        code: 'BASE_INDISPONIBLE',
        message: 'La base de données est momentanément indisponible. Réessayez dans quelques secondes.',
        details: [],
      };
    }
    return { statut: 500, code: 'ERREUR_INTERNE', message: 'Erreur interne du serveur.', details: [] };
  }
}

function messageHttp(statut: number, reponse: unknown): string {
  if (statut === 404) return 'Ressource introuvable.';
  if (statut === 413) return 'Requête trop volumineuse.';
  if (statut === 429) return 'Trop de requêtes : réessayez dans un instant.';
  if (typeof reponse === 'object' && reponse && 'message' in reponse) return String(reponse.message);
  return String(reponse);
}
