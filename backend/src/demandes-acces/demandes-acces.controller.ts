import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { UtilisateurConnecte } from '../common/auth/role';
import { RolesRequis } from '../common/auth/roles-requis.decorator';
import { Utilisateur } from '../common/auth/utilisateur.decorator';
import { IdentifiantUuid } from '../common/entrees/identifiants.pipe';
import { DemandesAccesService } from './demandes-acces.service';
import { ApprouverDemandeDto, DemandeAccesDto, DemandeApprouveeDto, DemandesQueryDto, DeposerDemandeDto } from './dto/demande-acces.dto';

@ApiTags('comptes')
@Controller('demandes-acces')
export class DemandesAccesController {
  constructor(private readonly service: DemandesAccesService) {}

  @Post()
  @HttpCode(202)
  @ApiOperation({ summary: 'Demander un accès (public) : un administrateur l’examine et accorde un rôle et des territoires' })
  @ApiCreatedResponse({ description: 'Demande reçue (même réponse qu’un compte existe ou non pour cette adresse)' })
  deposer(@Body() corps: DeposerDemandeDto) {
    return this.service.deposer(corps);
  }

  @Get()
  @RolesRequis('admin')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Demandes d’accès (administrateur), en attente par défaut' })
  @ApiOkResponse({ type: [DemandeAccesDto] })
  lister(@Query() query: DemandesQueryDto) {
    return this.service.lister(query.statut);
  }

  @Post(':id/approbation')
  @HttpCode(200)
  @RolesRequis('admin')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Approuver une demande : crée le compte avec le rôle et les territoires accordés (et un lien pour définir le mot de passe)' })
  @ApiOkResponse({ type: DemandeApprouveeDto })
  approuver(@Utilisateur() administrateur: UtilisateurConnecte, @Param('id', IdentifiantUuid) id: string, @Body() corps: ApprouverDemandeDto) {
    return this.service.approuver(administrateur, id, corps);
  }

  @Post(':id/refus')
  @HttpCode(200)
  @RolesRequis('admin')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Refuser une demande d’accès' })
  @ApiOkResponse({ type: DemandeAccesDto })
  refuser(@Utilisateur() administrateur: UtilisateurConnecte, @Param('id', IdentifiantUuid) id: string) {
    return this.service.refuser(administrateur, id);
  }
}
