import { Body, Controller, Get, Param, Patch, Post, Query, Req } from '@nestjs/common';
import type { Request } from 'express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { UtilisateurConnecte } from '../common/auth/role';
import { RolesRequis } from '../common/auth/roles-requis.decorator';
import { Utilisateur } from '../common/auth/utilisateur.decorator';
import { IdentifiantEntier } from '../common/entrees/identifiants.pipe';
import { ChaineTeleversementService } from '../televersements/chaine-televersement.service';
import { ReponseCouverte, SansCouverture } from '../jeux-de-donnees/reponse-couverte.decorator';
import { CreerStructureDto, ModifierStructureDto } from './dto/structure-saisie.dto';
import { CollectionStructuresDto, ComptesEmpriseDto, ComptesEmpriseQueryDto, EntiteStructureDto, StructuresQueryDto } from './dto/structures.dto';
import { StructuresService } from './structures.service';

@ApiTags('structures')
@Controller('structures')
export class StructuresController {
  constructor(
    private readonly service: StructuresService,
    private readonly chaine: ChaineTeleversementService,
  ) {}

  @Get()
  @ReponseCouverte(
    { territoire: 'requete', requete: { type: 'msp,psp,cds' }, chiffres: { structures: ['total'] } },
    { territoire: 'requete', requete: { type: 'cpts' }, chiffres: { 'cpts-sieges': ['total'] } },
  )
  @ApiOperation({
    summary:
      'MSP, PSP, centres de santé, CPTS, ESP (points GeoJSON), filtrés par type, territoire et emprise ; hors de la couverture du FINESS chargé, total vaut null',
  })
  @ApiOkResponse({ type: CollectionStructuresDto })
  lister(@Query() query: StructuresQueryDto) {
    return this.service.lister(query.type, query.territoire, query.bbox);
  }

  @Post()
  @RolesRequis('ars', 'admin')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Créer une structure à la main (projet hors FINESS) — ARS dans sa région, administrateur' })
  @ApiOkResponse({ type: EntiteStructureDto })
  creer(@Utilisateur() utilisateur: UtilisateurConnecte, @Body() dto: CreerStructureDto) {
    return this.service.creer(utilisateur, dto);
  }

  @Patch(':id')
  @RolesRequis('ars', 'admin')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Modifier une structure saisie à la main' })
  @ApiOkResponse({ type: EntiteStructureDto })
  modifier(@Utilisateur() utilisateur: UtilisateurConnecte, @Param('id', IdentifiantEntier) id: number, @Body() dto: ModifierStructureDto) {
    return this.service.modifier(utilisateur, id, dto);
  }

  @Post('finess')
  @RolesRequis('ars', 'admin')
  @ApiBearerAuth()
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: { type: 'object', properties: { fichier: { type: 'string', format: 'binary', description: 'etalab-cs1100507-stock-*.csv tel que téléchargé' } } },
  })
  @ApiOperation({
    summary:
      'Importer un extrait FINESS (national ou régional) en une requête : analyse puis import, dans les seuls départements du fichier (même chaîne que l’écran « Données », voir /api/donnees)',
  })
  importerFiness(@Utilisateur() utilisateur: UtilisateurConnecte, @Req() req: Request) {
    return this.chaine.televerserEtImporter('finess', utilisateur, req, req.headers);
  }

  @Get('comptes')
  @SansCouverture('emprise de la carte, pas un territoire : couverture de la vue dans la réponse (vérifiée par les tests des structures)')
  @ApiOperation({ summary: 'Nombre de structures de chaque type dans une emprise (la vue de la carte), avec la couverture de cette vue' })
  @ApiOkResponse({ type: ComptesEmpriseDto })
  comptes(@Query() query: ComptesEmpriseQueryDto) {
    return this.service.comptesDansEmprise(query.type, query.bbox);
  }

  @Get('cpts/:id')
  @SansCouverture('fiche d’une CPTS connue ; sa population couverte est null (avec la raison) quand ses communes membres ne sont pas chargées')
  @ApiOperation({ summary: 'CPTS : communes membres, périmètre GeoJSON, population couverte, tranche ACI' })
  @ApiParam({ name: 'id', example: 1 })
  cpts(@Param('id', IdentifiantEntier) id: number) {
    return this.service.ficheCpts(id);
  }

  @Get(':id')
  @SansCouverture('fiche d’une structure connue : un fait, pas un compte')
  @ApiOperation({ summary: 'Fiche d’une structure' })
  @ApiParam({ name: 'id', example: 1 })
  @ApiOkResponse({ type: EntiteStructureDto })
  fiche(@Param('id', IdentifiantEntier) id: number) {
    return this.service.fiche(id);
  }
}
