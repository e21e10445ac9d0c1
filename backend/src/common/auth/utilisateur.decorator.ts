import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { UtilisateurConnecte } from './role';

/** Request property where the global auth guard puts the authenticated user. */
export const CLE_UTILISATEUR = 'utilisateur';

export type RequeteAuthentifiee = { [CLE_UTILISATEUR]?: UtilisateurConnecte };

/**
 * The authenticated user (`@Utilisateur() u: UtilisateurConnecte`). Defined on routes marked with
 * `@RolesRequis`; on public routes it is the token's user when a valid token was sent, else undefined.
 */
export const Utilisateur = createParamDecorator((_: unknown, ctx: ExecutionContext): UtilisateurConnecte | undefined => {
  return ctx.switchToHttp().getRequest<RequeteAuthentifiee>()[CLE_UTILISATEUR];
});
