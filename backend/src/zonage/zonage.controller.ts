import { Body, Controller, Get, Param, Patch, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiConsumes, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { envoyerCorpsEncode } from '../common/cache/envoyer-corps-encode';
import { UtilisateurConnecte } from '../common/auth/role';
import { RolesRequis } from '../common/auth/roles-requis.decorator';
import { Utilisateur } from '../common/auth/utilisateur.decorator';
import { IdentifiantEntier } from '../common/entrees/identifiants.pipe';
import { ChaineTeleversementService } from '../televersements/chaine-televersement.service';
import { CarteZonageDto, DateQueryDto, DiffQueryDto, ModifierVersionDto, VersionsQueryDto, VersionZonageDto } from './dto/zonage.dto';
import { PROFESSIONS_ZONAGE, themeZonage } from './classes-zonage';
import { verifierProfession, ZonageService } from './zonage.service';
import { ReponseCouverte, SansCouverture } from '../jeux-de-donnees/reponse-couverte.decorator';

@ApiTags('zonages')
@Controller('zonages')
export class ZonageController {
  constructor(
    private readonly service: ZonageService,
    private readonly chaine: ChaineTeleversementService,
  ) {}

  @Get('versions')
  @SansCouverture('historique des versions chargées (métadonnées)')
  @ApiOperation({ summary: 'Versions de zonage chargées (historique), par profession' })
  @ApiOkResponse({ type: [VersionZonageDto] })
  versions(@Query() query: VersionsQueryDto) {
    return this.service.versions(query.profession);
  }

  @Get('diff')
  @SansCouverture('compare deux versions chargées : ne donne une classe que là où l’une d’elles en donne une')
  @ApiOperation({ summary: 'Communes dont la classe a changé entre deux versions (identifiants) ou deux dates' })
  diff(@Query() query: DiffQueryDto) {
    return this.service.diff(query.from, query.to, query.profession);
  }

  @Get('communes/:code')
  @ReponseCouverte({
    territoire: 'commune',
    chiffres: { 'zonage-medecin': ['medecin.classe'], 'zonage-infirmier': ['infirmier.classe'], qpv: ['qpv.quartiers'] },
  })
  @ApiOperation({ summary: 'Zonages d’une commune à une date : médecins, infirmiers, QPV, FRR/ZRR' })
  @ApiParam({ name: 'code', example: '31555' })
  commune(@Param('code') code: string, @Query() query: DateQueryDto) {
    return this.service.ficheCommune(code, query.date);
  }

  @Post(':profession/versions')
  @RolesRequis('ars', 'admin')
  @ApiBearerAuth()
  @ApiConsumes('multipart/form-data')
  @ApiOperation({
    summary:
      'Charger une nouvelle version de zonage (export CartoSanté) en une requête : ARS pour sa région, administrateur (même chaîne que l’écran « Données » : champs libelle, region, arrete, dateArrete, lienArrete, debut, fin, puis fichier)',
  })
  @ApiParam({ name: 'profession', enum: PROFESSIONS_ZONAGE })
  async televerser(@Utilisateur() utilisateur: UtilisateurConnecte, @Param('profession') profession: string, @Req() req: Request) {
    verifierProfession(profession);
    return this.service.apresTeleversement(await this.chaine.televerserEtImporter('zonage', utilisateur, req, req.headers, { profession }));
  }

  @Patch('versions/:id')
  @RolesRequis('ars', 'admin')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Modifier les métadonnées d’arrêté d’une version (numéro, date, lien, début, fin) — ARS pour sa région, administrateur ; audité' })
  @ApiOkResponse({ type: VersionZonageDto })
  modifierVersion(@Utilisateur() utilisateur: UtilisateurConnecte, @Param('id', IdentifiantEntier) id: number, @Body() dto: ModifierVersionDto) {
    return this.service.modifierVersion(utilisateur, id, dto);
  }

  @Get(':profession')
  @ReponseCouverte(
    ...PROFESSIONS_ZONAGE.map((p) => ({ territoire: 'france' as const, chemin: { profession: p }, chiffres: { [themeZonage(p)]: ['valeurs.{commune}'] } })),
  )
  @ApiOperation({
    summary: 'Classe de zonage de chaque commune à une date (compact, joint par code INSEE) ; valeurs null si le zonage de la profession n’est pas chargé',
  })
  @ApiParam({ name: 'profession', enum: PROFESSIONS_ZONAGE })
  @ApiOkResponse({ type: CarteZonageDto })
  async carte(@Param('profession') profession: string, @Query() query: DateQueryDto, @Req() req: Request, @Res() res: Response) {
    envoyerCorpsEncode(req, res, await this.service.carteEncodee(profession, query.date));
  }
}
