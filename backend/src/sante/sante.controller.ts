import { Controller, Get, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { SanteService } from './sante.service';

@ApiTags('sante')
@Controller('sante')
export class SanteController {
  constructor(private readonly service: SanteService) {}

  @Get()
  @ApiOperation({ summary: 'Disponibilité : base joignable, version PostGIS, jeux de données chargés (503 si la base est injoignable)' })
  async etat(@Res({ passthrough: true }) res: Response) {
    const etat = await this.service.etat();
    if (!etat.base.joignable) res.status(503);
    return etat;
  }
}
