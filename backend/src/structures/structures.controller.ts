import { Controller, Get, Param, ParseIntPipe, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { CollectionStructuresDto, EntiteStructureDto, StructuresQueryDto } from './dto/structures.dto';
import { StructuresService } from './structures.service';

@ApiTags('structures')
@Controller('structures')
export class StructuresController {
  constructor(private readonly service: StructuresService) {}

  @Get()
  @ApiOperation({ summary: 'MSP, PSP, centres de santé, CPTS, ESP (points GeoJSON), filtrés par type, territoire et emprise' })
  @ApiOkResponse({ type: CollectionStructuresDto })
  lister(@Query() query: StructuresQueryDto) {
    return this.service.lister(query.type, query.territoire, query.bbox);
  }

  @Get('cpts/:id')
  @ApiOperation({ summary: 'CPTS : communes membres, périmètre GeoJSON, population couverte, tranche ACI' })
  @ApiParam({ name: 'id', example: 1 })
  cpts(@Param('id', ParseIntPipe) id: number) {
    return this.service.ficheCpts(id);
  }

  @Get(':id')
  @ApiOperation({ summary: 'Fiche d’une structure' })
  @ApiParam({ name: 'id', example: 1 })
  @ApiOkResponse({ type: EntiteStructureDto })
  fiche(@Param('id', ParseIntPipe) id: number) {
    return this.service.fiche(id);
  }
}
