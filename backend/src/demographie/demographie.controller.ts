import { Readable } from 'node:stream';
import { Controller, Get, Param, Post, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { RolesRequis } from '../common/auth/roles-requis.decorator';
import { FichierTeleverse, fichierRecu } from '../common/fichiers/fichier-recu';
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

  @Post('rpps')
  @RolesRequis('ars', 'admin')
  @ApiBearerAuth()
  @UseInterceptors(FileInterceptor('fichier', { limits: { fileSize: 1024 ** 3 } }))
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      properties: { fichier: { type: 'string', format: 'binary', description: 'PS_LibreAcces_Personne_activite_*.txt tel que téléchargé' } },
    },
  })
  @ApiOperation({ summary: 'Importer un extrait RPPS / Annuaire Santé (généralistes par site d’exercice)' })
  importerRpps(@UploadedFile() fichier: FichierTeleverse | undefined) {
    const f = fichierRecu(fichier);
    return this.service.importerRpps(Readable.from([f.buffer]), f.originalname);
  }

  @Get('couches/:couche')
  @ApiOperation({ summary: 'Valeurs d’une couche (par code INSEE de commune ou de département)' })
  @ApiParam({ name: 'couche', enum: ['densite-mg-bassin-de-vie', 'mg-departement', 'mg-rpps-import', 'medecins-rpps-commune'] })
  couche(@Param('couche') couche: string) {
    return this.service.couche(couche);
  }
}
