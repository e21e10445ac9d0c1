import { Body, Controller, Get, HttpCode, Inject, Ip, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ROLES, UtilisateurConnecte } from '../common/auth/role';
import { RolesRequis } from '../common/auth/roles-requis.decorator';
import { Utilisateur } from '../common/auth/utilisateur.decorator';
import { AuthService } from './auth.service';
import { ComptesService } from './comptes.service';
import { CONFIGURATION_AUTH, ConfigurationAuth } from './configuration-auth';
import { ConnexionDto, JetonDto } from './dto/connexion.dto';
import { decrireOidc } from './oidc';

@ApiTags('authentification')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly service: AuthService,
    private readonly comptes: ComptesService,
    @Inject(CONFIGURATION_AUTH) private readonly config: ConfigurationAuth,
  ) {}

  @Post('connexion')
  @HttpCode(200)
  @ApiOperation({ summary: 'Connexion par adresse électronique et mot de passe : renvoie un jeton JWT à durée limitée (429 après trop d’échecs)' })
  @ApiOkResponse({ type: JetonDto })
  connexion(@Body() corps: ConnexionDto, @Ip() ip: string) {
    return this.service.connexion(corps.email, corps.motDePasse, ip);
  }

  @Get('moi')
  @RolesRequis(...ROLES)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Le compte connecté : rôle et territoires' })
  moi(@Utilisateur() utilisateur: UtilisateurConnecte) {
    return utilisateur;
  }

  @Post('deconnexion-partout')
  @HttpCode(204)
  @RolesRequis(...ROLES)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Se déconnecter partout : tous les jetons du compte émis jusqu’ici sont refusés (celui-ci compris)' })
  async deconnexionPartout(@Utilisateur() utilisateur: UtilisateurConnecte) {
    await this.comptes.revoquerSessions(utilisateur.id);
  }

  @Get('oidc')
  @ApiOperation({ summary: 'Configuration du fournisseur d’identité de l’État (ProConnect, OIDC) : émetteur, découverte, client' })
  oidc() {
    return decrireOidc(this.config.oidc);
  }
}
