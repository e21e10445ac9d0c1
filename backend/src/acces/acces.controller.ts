import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { envoyerCorpsEncode } from '../common/cache/envoyer-corps-encode';
import { AccesService } from './acces.service';
import { AnneeQueryDto, HorizonQueryDto, IndicateurCommunesQueryDto, ScenarioDto, SelectionDto, ZonesQueryDto } from './dto/requetes.dto';
import { SimulationService } from './simulation/simulation.service';
import { CalculSansEcriture } from '../audit/calcul-sans-ecriture.decorator';
import { RecalculDto } from './dto/recalcul.dto';
import { RecalculService } from './recalcul/recalcul.service';
import { ReponseCouverte, SansCouverture } from '../jeux-de-donnees/reponse-couverte.decorator';

@ApiTags('acces')
@Controller('acces')
export class AccesController {
  constructor(
    private readonly service: AccesService,
    private readonly simulation: SimulationService,
    private readonly recalcul: RecalculService,
  ) {}

  @Post('recalcul')
  @ReponseCouverte({ territoire: 'france', chiffres: { apl: ['valeurs.{commune}'] } })
  @HttpCode(200)
  @CalculSansEcriture()
  @ApiOperation({
    summary:
      'Recalcul complet de l’APL de toutes les communes sur l’offre (importée, sinon estimée à partir de l’APL publiée) avec des paramètres choisis : paliers de distance, portée (20 min au plus), populations',
  })
  recalculer(@Body() corps: RecalculDto) {
    return this.recalcul.recalculer(corps);
  }

  @Get('communes')
  @ReponseCouverte({ territoire: 'france', requete: { indicateur: 'apl' }, chiffres: { apl: ['valeurs.{commune}'] } })
  @ApiOperation({ summary: 'Valeur d’un indicateur pour toutes les communes (carte), indexée par code INSEE, avec source et millésime' })
  @ApiOkResponse({ description: '{ indicateur, annee, source: {libelle, millesime}, valeurs: { [codeInsee]: nombre | texte | null } }' })
  async communes(@Query() q: IndicateurCommunesQueryDto, @Req() req: Request, @Res() res: Response) {
    envoyerCorpsEncode(req, res, await this.service.valeursCommunesEncodees(q.indicateur, q.annee));
  }

  @Get('parametres')
  @SansCouverture('paramètres de la formule et du modèle de trajet')
  @ApiOperation({ summary: 'Paramètres de la formule APL (DREES), poids par âge par millésime, modèle de temps de trajet' })
  parametres() {
    return this.service.parametres();
  }

  @Get('zones-sous-dotees')
  @ReponseCouverte({ territoire: 'requete', chiffres: { apl: ['total.communes', 'total.population', 'communes'] } })
  @ApiOperation({ summary: 'Communes sous-dotées et fragiles d’un territoire, les plus peuplées d’abord' })
  zones(@Query() q: ZonesQueryDto) {
    return this.service.zonesSousDotees(q.territoire, q.annee, q.classes);
  }

  @Post('selection')
  @CalculSansEcriture()
  @ReponseCouverte({
    territoire: 'corps-communes',
    chiffres: { apl: ['apl.valeur', 'aplMoins65.valeur', 'fragilite.valeur', 'population.sous2_5.valeur', 'population.sous4.valeur'] },
  })
  @HttpCode(200)
  @ApiOperation({ summary: 'Indicateurs d’une liste de communes choisie (bassin d’un projet, etc.)' })
  selection(@Body() corps: SelectionDto) {
    return this.service.indicateursCommunes(corps.communes, corps.annee);
  }

  @Post('simulation')
  @CalculSansEcriture()
  @SansCouverture('scénario simulé sur l’APL officielle : une commune sans APL publiée n’a ni valeur avant ni valeur après')
  @HttpCode(200)
  @ApiOperation({ summary: 'Simulation : ΔAPL par commune, franchissements des seuils 2,5 et 4, bilan par territoire' })
  simuler(@Body() scenario: ScenarioDto) {
    return this.simulation.simuler(scenario);
  }

  @Get(':type/:code')
  @ReponseCouverte({
    territoire: 'chemin',
    chiffres: { apl: ['apl.valeur', 'aplMoins65.valeur', 'fragilite.valeur', 'population.sous2_5.valeur', 'population.sous4.valeur'] },
  })
  @ApiOperation({ summary: 'Fiche accès aux soins d’un territoire : APL, APL<65, fragilité, classes, population sous 2,5 et 4, rangs, évolution, horizons' })
  @ApiParam({ name: 'type', enum: ['commune', 'epci', 'departement', 'region'] })
  @ApiParam({ name: 'code', example: '42218' })
  async fiche(@Param('type') type: string, @Param('code') code: string, @Query() q: AnneeQueryDto, @Req() req: Request, @Res() res: Response) {
    envoyerCorpsEncode(req, res, await this.service.ficheEncodee(type, code, q.annee));
  }

  @Get(':type/:code/horizon')
  @ReponseCouverte({
    territoire: 'chemin',
    chiffres: { apl: ['aujourdhui.apl.valeur', 'horizon5.apl.valeur', 'horizon10.apl.valeur', 'horizon5.populationSous2_5.valeur'] },
  })
  @ApiOperation({ summary: 'APL et population sous les seuils à 5 et 10 ans (départs des médecins de plus de 65 ans)' })
  @ApiParam({ name: 'type', enum: ['commune', 'epci', 'departement', 'region'] })
  horizon(@Param('type') type: string, @Param('code') code: string, @Query() q: HorizonQueryDto) {
    return this.service.horizon(type, code, q.annee, q);
  }
}
