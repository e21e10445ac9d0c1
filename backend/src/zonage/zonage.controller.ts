import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { CarteZonageDto, DateQueryDto, DiffQueryDto, VersionsQueryDto, VersionZonageDto } from './dto/zonage.dto';
import { ZonageService } from './zonage.service';

@ApiTags('zonages')
@Controller('zonages')
export class ZonageController {
  constructor(private readonly service: ZonageService) {}

  @Get('versions')
  @ApiOperation({ summary: 'Versions de zonage chargées (historique), par profession' })
  @ApiOkResponse({ type: [VersionZonageDto] })
  versions(@Query() query: VersionsQueryDto) {
    return this.service.versions(query.profession);
  }

  @Get('diff')
  @ApiOperation({ summary: 'Communes dont la classe a changé entre deux versions (identifiants) ou deux dates' })
  diff(@Query() query: DiffQueryDto) {
    return this.service.diff(query.from, query.to, query.profession);
  }

  @Get('communes/:code')
  @ApiOperation({ summary: 'Zonages d’une commune à une date : médecins, infirmiers, QPV, FRR/ZRR' })
  @ApiParam({ name: 'code', example: '31555' })
  commune(@Param('code') code: string, @Query() query: DateQueryDto) {
    return this.service.ficheCommune(code, query.date);
  }

  @Get(':profession')
  @ApiOperation({ summary: 'Classe de zonage de chaque commune à une date (compact, joint par code INSEE)' })
  @ApiParam({ name: 'profession', enum: ['medecin', 'infirmier'] })
  @ApiOkResponse({ type: CarteZonageDto })
  carte(@Param('profession') profession: string, @Query() query: DateQueryDto) {
    return this.service.carte(profession, query.date);
  }
}
