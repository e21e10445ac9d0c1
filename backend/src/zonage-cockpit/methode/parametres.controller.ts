import { Body, Controller, Get, Param, Post, Put, Query, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import { UtilisateurConnecte } from '../../common/auth/role';
import { RolesRequis } from '../../common/auth/roles-requis.decorator';
import { Utilisateur } from '../../common/auth/utilisateur.decorator';
import { FichierTeleverse, fichierRecu } from '../../common/fichiers/fichier-recu';
import { CompositionDto, PopulationQpvDto, RegionObligatoireQueryDto, RegionQueryDto, SaisieParametreDto } from '../dto/cockpit.dto';
import { CompositionsService } from '../unites/compositions.service';
import { UnitesService } from '../unites/unites.service';
import { ParametresService } from './parametres.service';

/** Method parameters, QPV populations, TVS compositions and reference lists of the zonage cockpit. */
@ApiTags('zonage-cockpit')
@ApiBearerAuth()
@Controller('zonage-cockpit')
export class ParametresController {
  constructor(
    private readonly parametres: ParametresService,
    private readonly compositions: CompositionsService,
    private readonly unites: UnitesService,
  ) {}

  @Get('references')
  @RolesRequis('ars', 'admin')
  @ApiOperation({ summary: 'Régions et millésimes APL disponibles' })
  async references() {
    return { regions: await this.unites.regions(), anneesApl: await this.unites.anneesApl() };
  }

  @Get('parametres')
  @RolesRequis('ars', 'admin')
  @ApiOperation({ summary: 'Paramètres de la méthode pour une région : valeur, texte et date, ou « à saisir par l’ARS »' })
  lire(@Utilisateur() u: UtilisateurConnecte, @Query() q: RegionObligatoireQueryDto) {
    return this.parametres.lire(u, q.region);
  }

  @Post('parametres')
  @RolesRequis('ars', 'admin')
  @ApiOperation({ summary: 'Saisir la valeur d’un paramètre pour sa région (auditée, affichée comme saisie par l’ARS)' })
  saisir(@Utilisateur() u: UtilisateurConnecte, @Body() dto: SaisieParametreDto) {
    return this.parametres.saisir(u, dto);
  }

  @Put('qpv/:code/population')
  @RolesRequis('ars', 'admin')
  @ApiOperation({ summary: 'Saisir la population Insee d’un QPV de sa région' })
  populationQpv(@Utilisateur() u: UtilisateurConnecte, @Param('code') code: string, @Body() dto: PopulationQpvDto) {
    return this.parametres.saisirPopulationQpv(u, code.trim().toUpperCase(), dto);
  }

  @Get('compositions')
  @RolesRequis('ars', 'admin')
  @ApiOperation({ summary: 'Compositions de TVS téléversées (versions)' })
  listerCompositions(@Utilisateur() u: UtilisateurConnecte, @Query() q: RegionQueryDto) {
    return this.compositions.lister(u, q.region);
  }

  @Post('compositions')
  @RolesRequis('ars', 'admin')
  @UseInterceptors(FileInterceptor('fichier', { limits: { fileSize: 5 * 1024 ** 2 } }))
  @ApiConsumes('multipart/form-data')
  @ApiOperation({ summary: 'Téléverser la composition des TVS de sa région (CSV code_commune;code_tvs;nom_tvs), validée contre le COG 2026' })
  televerser(@Utilisateur() u: UtilisateurConnecte, @Body() dto: CompositionDto, @UploadedFile() fichier: FichierTeleverse | undefined) {
    const f = fichierRecu(fichier);
    return this.compositions.televerser(u, dto.region, f.buffer, f.originalname);
  }
}
