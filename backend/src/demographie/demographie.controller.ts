import { Controller, Get, Param } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { DemographieService } from './demographie.service';

@ApiTags('demographie')
@Controller('demographie')
export class DemographieController {
  constructor(private readonly service: DemographieService) {}

  @Get('couches')
  @ApiOperation({ summary: 'Couches de démographie médicale disponibles, avec source, niveau et année' })
  couches() {
    return this.service.couches();
  }

  @Get('couches/:couche')
  @ApiOperation({ summary: 'Valeurs d’une couche (par code INSEE de commune ou de département)' })
  @ApiParam({ name: 'couche', enum: ['densite-mg-bassin-de-vie', 'mg-departement', 'medecins-rpps-commune'] })
  couche(@Param('couche') couche: string) {
    return this.service.couche(couche);
  }
}
