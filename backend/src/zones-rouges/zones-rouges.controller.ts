import { Body, Controller, Get, Param, Post, Query, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import { UtilisateurConnecte } from '../common/auth/role';
import { RolesRequis } from '../common/auth/roles-requis.decorator';
import { Utilisateur } from '../common/auth/utilisateur.decorator';
import { ReponseCouverte, SansCouverture } from '../jeux-de-donnees/reponse-couverte.decorator';
import { FichierTeleverse, fichierRecu } from '../common/fichiers/fichier-recu';
import { DateQueryDto } from '../zonage/dto/zonage.dto';
import { ListeTeleverseeDto } from './dto/zones-rouges.dto';
import { ZonesRougesService } from './zones-rouges.service';

@ApiTags('zones-rouges')
@Controller('zones-rouges')
export class ZonesRougesController {
  constructor(private readonly service: ZonesRougesService) {}

  @Get()
  @SansCouverture(
    'la liste nationale telle que chargée (les EPCI connus, combien sur 151, les régions où elle est complète) avec son état de couverture : un compte de la liste, pas d’un territoire',
  )
  @ApiOperation({ summary: 'Liste des zones rouges en vigueur (EPCI), marquée partielle le cas échéant' })
  liste() {
    return this.service.liste();
  }

  @Get('communes/:code')
  @ReponseCouverte({ territoire: 'commune', chiffres: { 'zones-rouges': ['zoneRouge'] } })
  @ApiOperation({ summary: 'Une commune est-elle en zone rouge ? (oui, non, ou inconnu quand la liste est partielle)' })
  commune(@Param('code') code: string, @Query() q: DateQueryDto) {
    return this.service.faitCommuneCouvert(code, q.date);
  }

  @Get('epci/:siren')
  @SansCouverture(
    'même fait que GET /api/zones-rouges/communes/:code (oui, non, ou null avec la raison là où la liste est partielle) et même état de couverture, pour les communes d’un EPCI ; la règle le vérifie sur la route des communes (le test ne sonde pas les territoires par SIREN)',
  )
  @ApiOperation({ summary: 'Un EPCI est-il en zone rouge ?' })
  epci(@Param('siren') siren: string, @Query() q: DateQueryDto) {
    return this.service.faitEpciCouvert(siren, q.date);
  }

  @Post()
  @RolesRequis('ars', 'admin')
  @ApiBearerAuth()
  @UseInterceptors(FileInterceptor('fichier', { limits: { fileSize: 1024 ** 2 } }))
  @ApiConsumes('multipart/form-data')
  @ApiOperation({ summary: 'Téléverser la liste complète des zones rouges (SIREN des EPCI), validée contre le COG 2026 ; remplace la liste en vigueur' })
  televerser(@Utilisateur() u: UtilisateurConnecte, @Body() dto: ListeTeleverseeDto, @UploadedFile() fichier: FichierTeleverse | undefined) {
    const f = fichierRecu(fichier);
    return this.service.televerser(u, f.buffer, f.originalname, dto);
  }
}
