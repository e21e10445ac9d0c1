import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CalculSansEcriture } from '../audit/calcul-sans-ecriture.decorator';
import { ScenariosDto } from './dto/scenarios.dto';
import { ProspectiveService } from './prospective.service';
import { ReponseCouverte, SansCouverture } from '../jeux-de-donnees/reponse-couverte.decorator';

@ApiTags('prospective')
@Controller('prospective')
export class ProspectiveController {
  constructor(private readonly service: ProspectiveService) {}

  @Get('hypotheses')
  @SansCouverture('hypothèses datées et sourcées (catalogue des enjeux et des leviers) et l’offre de départ décrite, aucun chiffre par territoire')
  @ApiOperation({ summary: 'Les six enjeux et leurs hypothèses A, B, C, les leviers chiffrés avec leurs sources, le cadre commun et l’offre de départ' })
  hypotheses() {
    return this.service.hypotheses();
  }

  @Get('communes')
  @SansCouverture('ordre des codes INSEE des tableaux de carte (référentiel COG)')
  @ApiOperation({ summary: 'Codes INSEE dans l’ordre des tableaux de carte renvoyés par POST /api/prospective/scenarios (carte: true)' })
  communes() {
    return this.service.communes();
  }

  @Post('scenarios')
  // Projected from the published APL: outside it (Mayotte) every figure is null, the coverage says why.
  @ReponseCouverte({
    territoire: 'corps-communes',
    corps: { observe: {}, cible: { hypotheses: { '1': 'A' } }, detailLeviers: false },
    chiffres: {
      apl: [
        'aujourdhui.apl',
        'aujourdhui.aplMoins65',
        'aujourdhui.populationSous2_5',
        'aujourdhui.populationSous4',
        'scenarios.observe.horizons.*.apl',
        'scenarios.cible.horizons.*.apl',
        'ecarts.*.apl',
        'ecarts.*.populationSous2_5',
      ],
    },
  })
  @HttpCode(200)
  @CalculSansEcriture()
  @ApiOperation({
    summary: 'Scénarios observé et cible à 5 et 10 ans pour un territoire : APL, APL des moins de 65 ans, population sous 2,5 et 4, classes, écart par levier',
  })
  @ApiOkResponse({ description: '{ territoire, aujourdhui, scenarios: {observe, cible}, ecarts, leviers, enjeux, communes, carte, avertissements }' })
  scenarios(@Body() corps: ScenariosDto) {
    return this.service.scenarios(corps);
  }
}
