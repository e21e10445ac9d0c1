import { Body, Controller, Get, Param, Post, Query, Req, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiConsumes, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { envoyerCorpsEncode } from '../common/cache/envoyer-corps-encode';
import { UtilisateurConnecte } from '../common/auth/role';
import { RolesRequis } from '../common/auth/roles-requis.decorator';
import { Utilisateur } from '../common/auth/utilisateur.decorator';
import { FichierTeleverse, fichierRecu } from '../common/fichiers/fichier-recu';
import { CarteZonageDto, DateQueryDto, DiffQueryDto, NouvelleVersionDto, VersionsQueryDto, VersionZonageDto } from './dto/zonage.dto';
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

  @Post(':profession/versions')
  @RolesRequis('ars', 'admin')
  @ApiBearerAuth()
  @UseInterceptors(FileInterceptor('fichier', { limits: { fileSize: 50 * 1024 ** 2 } }))
  @ApiConsumes('multipart/form-data')
  @ApiOperation({ summary: 'Charger une nouvelle version de zonage (export CartoSanté) : ARS pour sa région, administrateur' })
  @ApiParam({ name: 'profession', enum: ['medecin', 'infirmier'] })
  televerser(
    @Utilisateur() utilisateur: UtilisateurConnecte,
    @Param('profession') profession: string,
    @Body() dto: NouvelleVersionDto,
    @UploadedFile() fichier: FichierTeleverse | undefined,
  ) {
    const f = fichierRecu(fichier);
    return this.service.televerserVersion(utilisateur, profession, dto, f.buffer, f.originalname);
  }

  @Get(':profession')
  @ApiOperation({ summary: 'Classe de zonage de chaque commune à une date (compact, joint par code INSEE)' })
  @ApiParam({ name: 'profession', enum: ['medecin', 'infirmier'] })
  @ApiOkResponse({ type: CarteZonageDto })
  async carte(@Param('profession') profession: string, @Query() query: DateQueryDto, @Req() req: Request, @Res() res: Response) {
    envoyerCorpsEncode(req, res, await this.service.carteEncodee(profession, query.date));
  }
}
