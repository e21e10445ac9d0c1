import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ApiBody, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import { UtilisateurConnecte } from '../common/auth/role';
import { envoyerCorpsEncode } from '../common/cache/envoyer-corps-encode';
import { RolesRequis } from '../common/auth/roles-requis.decorator';
import { Utilisateur } from '../common/auth/utilisateur.decorator';
import { AidesService } from './aides.service';
import { CatalogueQueryDto, CommuneAidesQueryDto, DemandeEligibiliteDto } from './dto/demande-eligibilite.dto';
import { DefinitionAideDto, ReponseEligibiliteDto } from './dto/reponse-eligibilite.dto';
import { pageEligibilite } from './rendu/page-eligibilite';
import { CalculSansEcriture } from '../audit/calcul-sans-ecriture.decorator';
import { SansCouverture } from '../jeux-de-donnees/reponse-couverte.decorator';

@ApiTags('aides')
@Controller('aides')
export class AidesController {
  constructor(private readonly service: AidesService) {}

  @Get()
  @SansCouverture('catalogue des aides (données propres, versionnées)')
  @ApiOperation({ summary: 'Catalogue des aides (nationales et locales), avec les règles transversales ; filtrable par date d’ouverture et par territoire' })
  catalogue(@Query() query: CatalogueQueryDto) {
    return this.service.catalogue(query);
  }

  @Post()
  @RolesRequis('ars', 'elu', 'admin')
  @ApiOperation({ summary: 'Publier une aide locale (région, département, EPCI, commune) : ARS pour sa région, élu pour sa collectivité, administrateur' })
  @ApiBody({ type: DefinitionAideDto })
  @ApiCreatedResponse({ type: DefinitionAideDto })
  creer(@Body() corps: Record<string, unknown>, @Utilisateur() utilisateur: UtilisateurConnecte) {
    return this.service.creerAideLocale(corps, utilisateur);
  }

  @Post('eligibilite')
  @CalculSansEcriture()
  @SansCouverture('éligibilité : un critère que les données chargées ne permettent pas de vérifier répond « à confirmer » avec la question à régler')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Guichet unique : pour une commune, une date et une situation, chaque aide (éligible, à confirmer, non éligible) avec son montant, chaque critère expliqué et sourcé, et le total',
  })
  @ApiOkResponse({ type: ReponseEligibiliteDto })
  eligibilite(@Body() demande: DemandeEligibiliteDto) {
    return this.service.eligibilite(demande);
  }

  @Post('eligibilite/imprimable')
  @CalculSansEcriture()
  @SansCouverture('page imprimable de la réponse d’éligibilité (mêmes règles)')
  @HttpCode(200)
  @ApiProduces('text/html')
  @ApiOperation({ summary: 'La même réponse en page HTML imprimable (A4), en français ; mêmes erreurs 400 (JSON) que la route JSON' })
  async imprimable(@Body() demande: DemandeEligibiliteDto, @Res({ passthrough: true }) res: Response) {
    const page = pageEligibilite(await this.service.eligibilite(demande), new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC');
    // Set here, not with @Header: errors must keep their JSON content type.
    res.type('html');
    return page;
  }

  @Get('communes/:code')
  @SansCouverture('éligibilité par profil : un critère non vérifiable répond « à confirmer »')
  @ApiOperation({ summary: 'Aides ouvertes dans une commune à une date, pour chaque profil (étudiant, docteur junior, médecin, MSU, MSP, CPTS, collectivité)' })
  @ApiParam({ name: 'code', example: '09122' })
  async communes(@Param('code') code: string, @Query() query: CommuneAidesQueryDto, @Req() req: Request, @Res() res: Response) {
    envoyerCorpsEncode(req, res, await this.service.aidesDeLaCommuneEncodees(code, query.date));
  }

  @Get(':id')
  @SansCouverture('définition d’une aide du catalogue')
  @ApiOperation({ summary: 'Une aide du catalogue, avec ses critères et ses sources' })
  @ApiParam({ name: 'id', example: 'premiere-installation-2026' })
  aide(@Param('id') id: string) {
    return this.service.aide(id);
  }
}
