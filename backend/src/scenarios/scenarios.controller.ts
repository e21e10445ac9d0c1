import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ROLES, UtilisateurConnecte } from '../common/auth/role';
import { RolesRequis } from '../common/auth/roles-requis.decorator';
import { Utilisateur } from '../common/auth/utilisateur.decorator';
import { IdentifiantUuid } from '../common/entrees/identifiants.pipe';
import { CreerScenarioDto, RenommerScenarioDto } from './dto/scenario.dto';
import { ScenariosService } from './scenarios.service';

@ApiTags('scenarios')
@ApiBearerAuth()
@Controller('scenarios')
export class ScenariosController {
  constructor(private readonly service: ScenariosService) {}

  @Get()
  @RolesRequis(...ROLES)
  @ApiOperation({ summary: 'Scénarios de simulation enregistrés par le compte connecté (les siens seulement), du plus récent au plus ancien' })
  lister(@Utilisateur() u: UtilisateurConnecte) {
    return this.service.lister(u);
  }

  @Get(':id')
  @RolesRequis(...ROLES)
  @ApiOperation({ summary: 'Un scénario enregistré du compte connecté (404 pour celui d’un autre compte)' })
  trouver(@Utilisateur() u: UtilisateurConnecte, @Param('id', IdentifiantUuid) id: string) {
    return this.service.trouver(u, id);
  }

  @Post()
  @RolesRequis(...ROLES)
  @ApiOperation({ summary: 'Enregistrer un scénario de simulation sous un nom (unique pour le compte)' })
  creer(@Utilisateur() u: UtilisateurConnecte, @Body() corps: CreerScenarioDto) {
    return this.service.creer(u, corps);
  }

  @Patch(':id')
  @RolesRequis(...ROLES)
  @ApiOperation({ summary: 'Renommer un de ses scénarios enregistrés (nom unique pour le compte, 409 sinon)' })
  renommer(@Utilisateur() u: UtilisateurConnecte, @Param('id', IdentifiantUuid) id: string, @Body() corps: RenommerScenarioDto) {
    return this.service.renommer(u, id, corps);
  }

  @Delete(':id')
  @HttpCode(204)
  @RolesRequis(...ROLES)
  @ApiOperation({ summary: 'Supprimer un de ses scénarios enregistrés' })
  async supprimer(@Utilisateur() u: UtilisateurConnecte, @Param('id', IdentifiantUuid) id: string) {
    await this.service.supprimer(u, id);
  }
}
