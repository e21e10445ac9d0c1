import { Body, Controller, Get, HttpCode, Ip, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ROLES, UtilisateurConnecte } from '../common/auth/role';
import { RolesRequis } from '../common/auth/roles-requis.decorator';
import { Utilisateur } from '../common/auth/utilisateur.decorator';
import { AuthService } from './auth.service';
import { ComptesService } from './comptes.service';
import { CompteDto, DefinirMotDePasseDto } from './dto/compte.dto';
import { ConnexionDto, JetonDto } from './dto/connexion.dto';

@ApiTags('authentification')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly service: AuthService,
    private readonly comptes: ComptesService,
  ) {}

  @Post('connexion')
  @HttpCode(200)
  @ApiOperation({ summary: 'Connexion par adresse électronique et mot de passe : renvoie un jeton JWT à durée limitée (429 après trop d’échecs)' })
  @ApiOkResponse({ type: JetonDto })
  connexion(@Body() corps: ConnexionDto, @Ip() ip: string) {
    return this.service.connexion(corps.email, corps.motDePasse, ip);
  }

  @Post('mot-de-passe')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Définir son mot de passe avec un lien à usage unique donné par un administrateur ; ouvre une session (les autres sessions du compte prennent fin)',
  })
  @ApiOkResponse({ type: JetonDto })
  async motDePasse(@Body() corps: DefinirMotDePasseDto) {
    return this.service.ouvrirSession(await this.comptes.definirMotDePasseParLien(corps.jeton, corps.motDePasse));
  }

  @Get('moi')
  @RolesRequis(...ROLES)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Le compte connecté : nom, rôle et territoires' })
  @ApiOkResponse({ type: CompteDto })
  moi(@Utilisateur() utilisateur: UtilisateurConnecte) {
    return this.comptes.compte(utilisateur.id);
  }

  @Post('deconnexion-partout')
  @HttpCode(204)
  @RolesRequis(...ROLES)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Se déconnecter partout : tous les jetons du compte émis jusqu’ici sont refusés (celui-ci compris)' })
  async deconnexionPartout(@Utilisateur() utilisateur: UtilisateurConnecte) {
    await this.comptes.revoquerSessions(utilisateur.id);
  }
}
