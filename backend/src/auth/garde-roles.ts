import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Role } from '../common/auth/role';
import { CLE_ROLES_REQUIS } from '../common/auth/roles-requis.decorator';
import { CLE_UTILISATEUR, RequeteAuthentifiee } from '../common/auth/utilisateur.decorator';
import { ErreurDomaine } from '../common/erreurs/erreur-domaine';
import { AuthService } from './auth.service';

type Requete = RequeteAuthentifiee & { headers: Record<string, string | string[] | undefined> };

/**
 * Global guard (APP_GUARD). Routes without `@RolesRequis` are public: a valid token there only attaches
 * the user. Routes with it need a valid bearer token (401 otherwise) of one of the roles (403 otherwise);
 * the administrator passes every role check.
 */
@Injectable()
export class GardeRoles implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(contexte: ExecutionContext): Promise<boolean> {
    if (contexte.getType() !== 'http') return true;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(CLE_ROLES_REQUIS, [contexte.getHandler(), contexte.getClass()]);
    const requete = contexte.switchToHttp().getRequest<Requete>();
    const jeton = jetonPorteur(requete.headers.authorization);

    if (!roles?.length) {
      // Public route: no database round-trip unless a token was sent (the map and load tests send none).
      if (jeton) {
        const utilisateur = await this.auth.utilisateurDuJeton(jeton);
        if (utilisateur) requete[CLE_UTILISATEUR] = utilisateur;
      }
      return true;
    }
    if (!jeton) throw new ErreurDomaine('NON_AUTHENTIFIE', 'Authentification requise : connectez-vous (en-tête Authorization: Bearer <jeton>).');
    const utilisateur = await this.auth.utilisateurDuJeton(jeton);
    if (!utilisateur) throw new ErreurDomaine('NON_AUTHENTIFIE', 'Jeton invalide ou expiré : reconnectez-vous.');
    if (utilisateur.role !== 'admin' && !roles.includes(utilisateur.role)) {
      throw new ErreurDomaine('INTERDIT', `Action réservée aux rôles : ${roles.join(', ')}.`, [
        { champ: 'role', valeur: utilisateur.role, message: `attendu ${roles.join(' ou ')}` },
      ]);
    }
    requete[CLE_UTILISATEUR] = utilisateur;
    return true;
  }
}

export function jetonPorteur(entete: string | string[] | undefined): string | null {
  if (typeof entete !== 'string') return null;
  const m = /^Bearer\s+([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*)\s*$/i.exec(entete);
  return m ? m[1] : null;
}
