import { Body, Controller, Get, Param, Patch, Post, Query, Req } from '@nestjs/common';
import type { Request } from 'express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { UtilisateurConnecte } from '../common/auth/role';
import { RolesRequis } from '../common/auth/roles-requis.decorator';
import { Utilisateur } from '../common/auth/utilisateur.decorator';
import { IdentifiantEntier } from '../common/entrees/identifiants.pipe';
import { ChaineTeleversementService } from '../televersements/chaine-televersement.service';
import { CreerStructureDto, ModifierStructureDto } from './dto/structure-saisie.dto';
import { CollectionStructuresDto, EntiteStructureDto, StructuresQueryDto } from './dto/structures.dto';
import { StructuresService } from './structures.service';

@ApiTags('structures')
@Controller('structures')
export class StructuresController {
  constructor(
    private readonly service: StructuresService,
    private readonly chaine: ChaineTeleversementService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'MSP, PSP, centres de santé, CPTS, ESP (points GeoJSON), filtrés par type, territoire et emprise' })
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

  @Get('cpts/:id')
  @ApiOperation({ summary: 'CPTS : communes membres, périmètre GeoJSON, population couverte, tranche ACI' })
  @ApiParam({ name: 'id', example: 1 })
  cpts(@Param('id', IdentifiantEntier) id: number) {
    return this.service.ficheCpts(id);
  }

  @Get(':id')
  @ApiOperation({ summary: 'Fiche d’une structure' })
  @ApiParam({ name: 'id', example: 1 })
  @ApiOkResponse({ type: EntiteStructureDto })
  fiche(@Param('id', IdentifiantEntier) id: number) {
    return this.service.fiche(id);
  }
}
