import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { envoyerCorpsEncode } from '../common/cache/envoyer-corps-encode';
import { CommuneMembreDto, FicheTerritoireDto } from './dto/fiche-territoire.dto';
import { RechercheQueryDto, ResultatRechercheDto } from './dto/recherche.dto';
import { EtiquettesDto, EtiquettesQueryDto } from './dto/etiquettes.dto';
import { TerritoiresService } from './territoires.service';
import { SansCouverture } from '../jeux-de-donnees/reponse-couverte.decorator';

@ApiTags('territoires')
@Controller('territoires')
export class TerritoiresController {
  constructor(private readonly service: TerritoiresService) {}

  @Get('recherche')
  @SansCouverture('référentiel territorial (COG 2026), national et complet')
  @ApiOperation({ summary: 'Rechercher une commune, un EPCI, un département ou une région (nom ou code, sans accents)' })
  @ApiOkResponse({ type: [ResultatRechercheDto] })
  rechercher(@Query() query: RechercheQueryDto) {
    return this.service.rechercher(query.q, query.limite);
  }

  @Get('etiquettes')
  @SansCouverture('noms et chefs-lieux des communes du référentiel territorial (COG 2026), national et complet')
  @ApiOperation({ summary: 'Noms des communes pour la carte (point intérieur, population, rang de chef-lieu), en deux parties' })
  @ApiOkResponse({ type: EtiquettesDto })
  async etiquettes(@Query() query: EtiquettesQueryDto, @Req() req: Request, @Res() res: Response) {
    envoyerCorpsEncode(req, res, await this.service.etiquettesEncodees(query.niveau));
  }

  @Get(':type/:code')
  @SansCouverture('référentiel territorial (COG 2026) et populations légales INSEE, nationaux et complets')
  @ApiOperation({ summary: 'Fiche d’un territoire : population, territoires parents, emprise, voisins' })
  @ApiParam({ name: 'type', enum: ['commune', 'epci', 'departement', 'region'] })
  @ApiParam({ name: 'code', example: '2A004' })
  @ApiOkResponse({ type: FicheTerritoireDto })
  async fiche(@Param('type') type: string, @Param('code') code: string, @Req() req: Request, @Res() res: Response) {
    envoyerCorpsEncode(req, res, await this.service.ficheEncodee(type, code));
  }

  @Get(':type/:code/communes')
  @SansCouverture('référentiel territorial (COG 2026), national et complet')
  @ApiOperation({ summary: 'Communes membres d’un EPCI, d’un département ou d’une région' })
  @ApiParam({ name: 'type', enum: ['epci', 'departement', 'region'] })
  @ApiOkResponse({ type: [CommuneMembreDto] })
  communes(@Param('type') type: string, @Param('code') code: string) {
    return this.service.communesMembres(type, code);
  }
}
