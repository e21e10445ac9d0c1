import { Body, Controller, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { IdentifiantUuid } from '../common/entrees/identifiants.pipe';
import { UtilisateurConnecte } from '../common/auth/role';
import { RolesRequis } from '../common/auth/roles-requis.decorator';
import { Utilisateur } from '../common/auth/utilisateur.decorator';
import { ComptesService, DUREE_LIEN_MOT_DE_PASSE_HEURES } from './comptes.service';
import { CompteCreeDto, CompteDto, CreerCompteDto, LienMotDePasseDto, ModifierCompteDto } from './dto/compte.dto';

@ApiTags('comptes')
@ApiBearerAuth()
@Controller('comptes')
@RolesRequis('admin')
export class ComptesController {
  constructor(private readonly service: ComptesService) {}

  @Get()
  @ApiOperation({ summary: 'Comptes (administrateur)' })
  @ApiOkResponse({ type: [CompteDto] })
  lister() {
    return this.service.lister();
  }

  @Post()
  @ApiOperation({
    summary: 'Créer un compte (administrateur) : rôle et territoires ; sans mot de passe, la réponse porte un lien à usage unique pour le définir',
  })
  @ApiOkResponse({ type: CompteCreeDto })
  creer(@Body() corps: CreerCompteDto, @Utilisateur() administrateur: UtilisateurConnecte) {
    return this.service.creerParAdministrateur(corps, administrateur);
  }

  @Post(':id/lien-mot-de-passe')
  @ApiOperation({
    summary: `Lien à usage unique pour (re)définir le mot de passe du compte, valable ${DUREE_LIEN_MOT_DE_PASSE_HEURES} h, à transmettre à la personne ; les liens précédents non utilisés cessent de valoir`,
  })
  @ApiOkResponse({ type: LienMotDePasseDto })
  lienMotDePasse(@Param('id', IdentifiantUuid) id: string, @Utilisateur() administrateur: UtilisateurConnecte) {
    return this.service.lienMotDePasse(id, administrateur);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Modifier un compte : rôle, territoires, mot de passe, désactivation' })
  @ApiOkResponse({ type: CompteDto })
  modifier(@Param('id', IdentifiantUuid) id: string, @Body() corps: ModifierCompteDto) {
    return this.service.modifier(id, corps);
  }

  @Post(':id/deconnexion')
  @HttpCode(204)
  @ApiOperation({ summary: 'Déconnecter un compte partout : tous ses jetons émis jusqu’ici sont refusés' })
  async deconnecter(@Param('id', IdentifiantUuid) id: string) {
    await this.service.revoquerSessions(id);
  }
}
