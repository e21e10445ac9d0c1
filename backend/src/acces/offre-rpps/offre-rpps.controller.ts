import { Body, Controller, Delete, Post, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { RolesRequis } from '../../common/auth/roles-requis.decorator';
import { FichierTeleverse, fichierRecu } from '../../common/fichiers/fichier-recu';
import { OffreRppsService } from './offre-rpps.service';

export class MillesimeOffreDto {
  @IsOptional()
  @Matches(/^\d{4}$/, { message: 'millesime doit être une année sur 4 chiffres (année de l’activité)' })
  millesime?: string;
}

@ApiTags('acces')
@Controller('acces/offre')
export class OffreRppsController {
  constructor(private readonly service: OffreRppsService) {}

  @Post()
  @RolesRequis('admin')
  @ApiBearerAuth()
  @UseInterceptors(FileInterceptor('fichier', { limits: { fileSize: 256 * 1024 ** 2 } }))
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      properties: {
        fichier: { type: 'string', format: 'binary', description: 'CSV identifiant_pp;actes[;age;nouveau;centre_de_sante], un médecin par ligne' },
        millesime: { type: 'string', description: 'année de l’activité (ex. 2025)' },
      },
    },
  })
  @ApiOperation({
    summary:
      'Remplacer l’offre estimée par l’offre issue de l’activité individuelle des généralistes (sites de l’extrait RPPS importé, plafonds DREES appliqués par médecin)',
  })
  importer(@UploadedFile() fichier: FichierTeleverse | undefined, @Body() corps: MillesimeOffreDto) {
    const f = fichierRecu(fichier);
    return this.service.importer(f.buffer, f.originalname, corps.millesime ?? String(new Date().getFullYear() - 1));
  }

  @Delete()
  @RolesRequis('admin')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Retirer l’offre importée : l’offre estimée à partir de l’APL publiée redevient celle du recalcul complet' })
  vider() {
    return this.service.vider();
  }
}
