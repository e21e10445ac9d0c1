import { Body, Controller, Get, HttpCode, Param, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import { AnneeQueryDto } from '../acces/dto/requetes.dto';
import { CalculSansEcriture } from '../audit/calcul-sans-ecriture.decorator';
import type { UtilisateurConnecte } from '../common/auth/role';
import { Utilisateur } from '../common/auth/utilisateur.decorator';
import { SansCouverture } from '../jeux-de-donnees/reponse-couverte.decorator';
import { ScenariosDto } from '../prospective/dto/scenarios.dto';
import { RapportSimulationDto } from './dto/rapports.dto';
import { RapportProspectiveService } from './rapport-prospective.service';
import { RapportSimulationService } from './rapport-simulation.service';
import { RapportPdf, RapportTerritoireService } from './rapport-territoire.service';

const fichier = (r: RapportPdf) =>
  new StreamableFile(r.pdf, { type: 'application/pdf', disposition: `attachment; filename="${r.nomFichier}"`, length: r.pdf.length });

@ApiTags('rapports')
@Controller('rapports')
export class RapportsController {
  constructor(
    private readonly territoire: RapportTerritoireService,
    private readonly simulation: RapportSimulationService,
    private readonly prospective: RapportProspectiveService,
  ) {}

  @Get('territoires/:type/:code')
  @SansCouverture(
    'un PDF, pas un JSON que la règle sait lire : composé des réponses couvertes (fiche d’accès, couverture des soins, zones), il en reprend les null (« non disponible ») et l’énoncé de couverture — vérifié par les tests des rapports (Creuse sans FINESS, Mayotte sans APL)',
  )
  @ApiProduces('application/pdf')
  @ApiParam({ name: 'type', enum: ['commune', 'epci', 'departement', 'region'] })
  @ApiParam({ name: 'code', example: '23031' })
  @ApiOperation({
    summary:
      'Rapport PDF d’un territoire (2 à 4 pages) : indicateurs d’accès avec leurs sources, carte, communes sous-dotées, structures, zonage avec sa version, aides ouvertes, projets suivis (compte connecté)',
  })
  async territoireRapport(@Param('type') type: string, @Param('code') code: string, @Query() q: AnneeQueryDto, @Utilisateur() u?: UtilisateurConnecte) {
    return fichier(await this.territoire.rapport(type, code, q.annee, u));
  }

  @Post('simulation')
  @SansCouverture(
    'un PDF de la réponse de POST /api/acces/simulation (une commune sans APL publiée n’y a ni valeur avant ni valeur après), pas un JSON que la règle sait lire',
  )
  @HttpCode(200)
  @CalculSansEcriture()
  @ApiProduces('application/pdf')
  @ApiOperation({
    summary: 'Rapport PDF d’une simulation (une page) : scénario, bilan de la commune choisie, carte avant/après, seuils franchis, précautions, sources',
  })
  async simulationRapport(@Body() corps: RapportSimulationDto) {
    return fichier(await this.simulation.rapport(corps));
  }

  @Post('prospective')
  @SansCouverture(
    'un PDF de la réponse de POST /api/prospective/scenarios, que la règle vérifie (null hors de l’APL publiée, imprimés « non disponible ») ; pas un JSON que la règle sait lire',
  )
  @HttpCode(200)
  @CalculSansEcriture()
  @ApiProduces('application/pdf')
  @ApiOperation({
    summary: 'Note prospective PDF : les deux scénarios, leurs hypothèses, les chiffres à 5 et 10 ans, les leviers, les précautions et les sources',
  })
  async prospectiveRapport(@Body() corps: ScenariosDto) {
    return fichier(await this.prospective.rapport(corps));
  }
}
