import { Controller, Get, Header, Param, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ValeursParCommuneDto } from './dto/populations.dto';
import { TuileParamsDto } from './dto/tuile-params.dto';
import { TuilesService } from './tuiles.service';

const TYPE_MVT = 'application/vnd.mapbox-vector-tile';

@ApiTags('tuiles')
@Controller('tuiles')
export class TuilesController {
  constructor(private readonly service: TuilesService) {}

  @Get(':couche/:z/:x/:y.pbf')
  @Header('Cache-Control', 'public, max-age=300')
  @ApiOperation({
    summary: 'Tuile vectorielle (Mapbox Vector Tile) des contours : propriétés code et nom uniquement',
    description: 'Les valeurs d’indicateurs ne sont pas dans les tuiles : elles se joignent par code INSEE.',
  })
  @ApiProduces(TYPE_MVT)
  @ApiOkResponse({ description: 'Tuile MVT (vide si aucun territoire ne la touche)' })
  async tuile(@Param() p: TuileParamsDto): Promise<StreamableFile> {
    return new StreamableFile(await this.service.tuile(p.couche, p), { type: TYPE_MVT });
  }

  @Get('communes/population')
  @ApiOperation({ summary: 'Population municipale de chaque commune, par code INSEE, à joindre aux tuiles communes' })
  @ApiOkResponse({ type: ValeursParCommuneDto })
  populations(): Promise<ValeursParCommuneDto> {
    return this.service.populations();
  }
}
