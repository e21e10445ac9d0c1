import { Body, Controller, Delete, Get, Header, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ROLES, UtilisateurConnecte } from '../common/auth/role';
import { RolesRequis } from '../common/auth/roles-requis.decorator';
import { Utilisateur } from '../common/auth/utilisateur.decorator';
import { IdentifiantUuid } from '../common/entrees/identifiants.pipe';
import { AnalyseProjetQueryDto, CreerProjetDto, ModifierProjetDto, ProjetsQueryDto } from './dto/projet.dto';
import { ProjetsService } from './projets.service';
import { ReponseCouverte } from '../jeux-de-donnees/reponse-couverte.decorator';

@ApiTags('projets')
@ApiBearerAuth()
@Controller('projets')
export class ProjetsController {
  constructor(private readonly service: ProjetsService) {}

  @Get()
  @RolesRequis(...ROLES)
  @ApiOperation({ summary: 'Projets visibles : les siens (porteur), ceux de ses territoires (élu), de sa région (ARS), tous (admin)' })
  lister(@Utilisateur() u: UtilisateurConnecte, @Query() q: ProjetsQueryDto) {
    return this.service.lister(u, q);
  }

  @Get('export.csv')
  @RolesRequis(...ROLES)
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="projets.csv"')
  @ApiProduces('text/csv')
  @ApiOperation({ summary: 'Export CSV (séparateur ;) des projets visibles' })
  exporter(@Utilisateur() u: UtilisateurConnecte, @Query() q: ProjetsQueryDto) {
    return this.service.exporterCsv(u, q);
  }

  @Get(':id')
  @ReponseCouverte({ territoire: 'projet', chiffres: { structures: ['voisins.structures', 'voisins.nombreStructures', 'voisins.chevauchement'] } })
  @RolesRequis(...ROLES)
  @ApiOperation({
    summary:
      'Un projet et son analyse : besoin de sa zone (APL, verdict de la circulaire de 2010), impact simulé (ΔAPL, population passant au-dessus de 2,5 et 4), aides éligibles à la date, projets et structures voisins à moins de 20 minutes (alerte de chevauchement)',
  })
  detail(@Utilisateur() u: UtilisateurConnecte, @Param('id', IdentifiantUuid) id: string, @Query() q: AnalyseProjetQueryDto) {
    return this.service.detail(u, id, q.date);
  }

  @Get(':id/fiche')
  @RolesRequis(...ROLES)
  @Header('Content-Type', 'text/html; charset=utf-8')
  @ApiProduces('text/html')
  @ApiOperation({ summary: 'Fiche projet imprimable (HTML), avec besoin, impact simulé, aides et voisins' })
  fiche(@Utilisateur() u: UtilisateurConnecte, @Param('id', IdentifiantUuid) id: string, @Query() q: AnalyseProjetQueryDto) {
    return this.service.fiche(u, id, q.date);
  }

  @Post()
  @RolesRequis('porteur', 'ars', 'admin')
  @ApiOperation({ summary: 'Créer un projet (porteur : il en devient propriétaire ; ARS : dans sa région)' })
  creer(@Utilisateur() u: UtilisateurConnecte, @Body() corps: CreerProjetDto) {
    return this.service.creer(u, corps);
  }

  @Patch(':id')
  @RolesRequis('porteur', 'ars', 'admin')
  @ApiOperation({ summary: 'Modifier un projet (champs fournis seulement)' })
  modifier(@Utilisateur() u: UtilisateurConnecte, @Param('id', IdentifiantUuid) id: string, @Body() corps: ModifierProjetDto) {
    return this.service.modifier(u, id, corps);
  }

  @Delete(':id')
  @HttpCode(204)
  @RolesRequis('porteur', 'ars', 'admin')
  @ApiOperation({ summary: 'Supprimer un projet' })
  async supprimer(@Utilisateur() u: UtilisateurConnecte, @Param('id', IdentifiantUuid) id: string) {
    await this.service.supprimer(u, id);
  }
}
