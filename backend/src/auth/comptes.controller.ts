import { Body, Controller, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { IdentifiantUuid } from '../common/entrees/identifiants.pipe';
import { RolesRequis } from '../common/auth/roles-requis.decorator';
import { ComptesService } from './comptes.service';
import { CompteDto, CreerCompteDto, ModifierCompteDto } from './dto/compte.dto';

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
  @ApiOperation({ summary: 'Créer un compte (administrateur) : rôle et territoires' })
  @ApiOkResponse({ type: CompteDto })
  creer(@Body() corps: CreerCompteDto) {
    return this.service.creer(corps);
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
