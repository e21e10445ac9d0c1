import { Controller, Get, Inject, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { CONFIGURATION_AUTH, ConfigurationAuth } from '../auth/configuration-auth';
import { ConnexionProConnectService } from './connexion-proconnect.service';
import { decrireOidc } from './description-oidc';
import { COOKIE_OIDC, DUREE_ETAT_OIDC_MS, lireCookie } from './etat-oidc';

const CHEMIN_COOKIE = '/api/auth/oidc';

@ApiTags('authentification')
@Controller('auth/oidc')
export class ProConnectController {
  constructor(
    private readonly service: ConnexionProConnectService,
    @Inject(CONFIGURATION_AUTH) private readonly config: ConfigurationAuth,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Connexion ProConnect (OpenID Connect) : active ou non, émetteur, découverte, client, adresse de départ' })
  description() {
    return decrireOidc(this.config.oidc);
  }

  @Get('connexion')
  @ApiOperation({ summary: 'Se connecter avec ProConnect : redirige vers le fournisseur d’identité (code d’autorisation + PKCE, state, nonce)' })
  async connexion(@Req() req: Request, @Res() res: Response) {
    const { url, etatScelle } = await this.service.depart();
    res.cookie(COOKIE_OIDC, etatScelle, { httpOnly: true, sameSite: 'lax', secure: req.secure, path: CHEMIN_COOKIE, maxAge: DUREE_ETAT_OIDC_MS });
    res.redirect(302, url);
  }

  @Get('retour')
  @ApiOperation({
    summary: 'Retour de ProConnect : vérifie le code, le jeton d’identité et l’état, puis renvoie au tableau de bord connecté (ou en attente d’accès)',
  })
  async retour(@Req() req: Request, @Res() res: Response) {
    const requete = (req.originalUrl ?? req.url).split('?')[1] ?? '';
    const destination = await this.service.retour(requete, lireCookie(req.headers.cookie, COOKIE_OIDC));
    // The state serves once.
    res.clearCookie(COOKIE_OIDC, { httpOnly: true, sameSite: 'lax', secure: req.secure, path: CHEMIN_COOKIE });
    res.setHeader('Cache-Control', 'no-store');
    res.redirect(302, destination);
  }
}
