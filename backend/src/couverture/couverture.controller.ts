import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ReponseCouverte } from '../jeux-de-donnees/reponse-couverte.decorator';
import { DateQueryDto } from '../zonage/dto/zonage.dto';
import { CouvertureService } from './couverture.service';

@ApiTags('couverture')
@Controller('couverture')
export class CouvertureController {
  constructor(private readonly service: CouvertureService) {}

  @Get(':type/:code')
  @ReponseCouverte({
    territoire: 'chemin',
    chiffres: {
      structures: [
        'structures.parType.*',
        'structures.centresDeSanteParNature',
        'eloignement.populationEloignee',
        'eloignement.communesEloignees',
        'structuresParZonage.enZip',
        'structuresParZonage.horsZip',
        'mspSansMedecin.nombre',
      ],
      'cpts-sieges': ['cpts.nombre'],
      'cpts-communes': ['communesSansCpts.nombre', 'communesSansCpts.population', 'communesSansCpts.communes'],
    },
  })
  @ApiOperation({
    summary:
      'Couverture d’un territoire : structures par type, population à plus de 20 min d’une MSP/centre de santé, communes hors CPTS, structures en ZIP ou non, MSP en zone sans médecin',
  })
  @ApiParam({ name: 'type', enum: ['commune', 'epci', 'departement', 'region', 'cpts'] })
  @ApiParam({ name: 'code', example: '31', description: 'Code INSEE / SIREN, ou identifiant de la CPTS' })
  couverture(@Param('type') type: string, @Param('code') code: string, @Query() query: DateQueryDto) {
    return this.service.couverture(type, code, query.date);
  }
}
