import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { envoyerCorpsEncode } from '../common/cache/envoyer-corps-encode';
import { ValeursParCommuneDto } from './dto/populations.dto';
import { TuileParamsDto } from './dto/tuile-params.dto';
import { TuilesService, TYPE_MVT } from './tuiles.service';
import { SansCouverture } from '../jeux-de-donnees/reponse-couverte.decorator';

/** Boundaries change only with an import: browsers keep a tile 5 min, then revalidate it (ETag → 304). */
const CACHE_TUILES = 'public, max-age=300';

@ApiTags('tuiles')
@Controller('tuiles')
export class TuilesController {
  constructor(private readonly service: TuilesService) {}

  @Get(':couche/:z/:x/:y.pbf')
  @SansCouverture('géométrie seule (code et nom) : les valeurs voyagent à part')
  @ApiOperation({
    summary: 'Tuile vectorielle (Mapbox Vector Tile) des contours : propriétés code et nom uniquement',
    description: 'Les valeurs d’indicateurs ne sont pas dans les tuiles : elles se joignent par code INSEE.',
  })
  @ApiProduces(TYPE_MVT)
  @ApiOkResponse({ description: 'Tuile MVT (vide si aucun territoire ne la touche)' })
  async tuile(@Param() p: TuileParamsDto, @Req() req: Request, @Res() res: Response): Promise<void> {
    envoyerCorpsEncode(req, res, await this.service.tuileEncodee(p.couche, p), CACHE_TUILES);
  }

  @Get('communes/noms')
  @SansCouverture('noms des communes du COG 2026 : référentiel national complet')
  @ApiOperation({
    summary: 'Nom de chaque commune, par code INSEE, à joindre aux tuiles communes des zooms inférieurs à 7 (qui ne portent que le code)',
  })
  @ApiOkResponse({ description: '{ source, noms: { [codeInsee]: nom } }' })
  async noms(@Req() req: Request, @Res() res: Response): Promise<void> {
    envoyerCorpsEncode(req, res, await this.service.nomsCommunes(), CACHE_TUILES);
  }

  @Get('communes/population')
  @SansCouverture('populations légales INSEE 2026 : référentiel national complet')
  @ApiOperation({ summary: 'Population municipale de chaque commune, par code INSEE, à joindre aux tuiles communes' })
  @ApiOkResponse({ type: ValeursParCommuneDto })
  populations(): Promise<ValeursParCommuneDto> {
    return this.service.populations();
  }
}
