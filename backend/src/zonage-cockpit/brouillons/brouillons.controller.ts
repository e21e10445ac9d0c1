import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { UtilisateurConnecte } from '../../common/auth/role';
import { RolesRequis } from '../../common/auth/roles-requis.decorator';
import { Utilisateur } from '../../common/auth/utilisateur.decorator';
import { DiffService } from '../diff/diff.service';
import {
  CopieDto,
  EtapeDto,
  ModificationQpvDto,
  ModificationUniteDto,
  NouveauBrouillonDto,
  PublicationDto,
  RegionQueryDto,
  RenommerDto,
} from '../dto/cockpit.dto';
import { EXPORTS, ExportsService } from '../exports/exports.service';
import { PublicationService } from '../publication/publication.service';
import { BrouillonsService } from './brouillons.service';
import { DiffQueryCockpitDto } from '../dto/diff-query.dto';

const idBrouillon = () => new ParseUUIDPipe({ errorHttpStatusCode: 400 });

/** Drafts of the zonage médecins of a région (ARS planners for their région, administrators everywhere). */
@ApiTags('zonage-cockpit')
@ApiBearerAuth()
@Controller('zonage-cockpit/brouillons')
export class BrouillonsController {
  constructor(
    private readonly service: BrouillonsService,
    private readonly diff: DiffService,
    private readonly exports: ExportsService,
    private readonly publication: PublicationService,
  ) {}

  @Get()
  @RolesRequis('ars', 'admin')
  @ApiOperation({ summary: 'Brouillons de zonage des régions du compte' })
  lister(@Utilisateur() u: UtilisateurConnecte, @Query() q: RegionQueryDto) {
    return this.service.lister(u, q.region);
  }

  @Post()
  @RolesRequis('ars', 'admin')
  @ApiOperation({ summary: 'Créer un brouillon à partir du zonage en vigueur ou des catégories nationales' })
  creer(@Utilisateur() u: UtilisateurConnecte, @Body() dto: NouveauBrouillonDto) {
    return this.service.creer(u, dto);
  }

  @Get(':id')
  @RolesRequis('ars', 'admin')
  @ApiOperation({ summary: 'Un brouillon : unités, communes, QPV, paramètres, classes, jauges' })
  lire(@Utilisateur() u: UtilisateurConnecte, @Param('id', idBrouillon()) id: string) {
    return this.service.lire(u, id);
  }

  @Patch(':id')
  @RolesRequis('ars', 'admin')
  @ApiOperation({ summary: 'Renommer un brouillon' })
  renommer(@Utilisateur() u: UtilisateurConnecte, @Param('id', idBrouillon()) id: string, @Body() dto: RenommerDto) {
    return this.service.renommer(u, id, dto.libelle);
  }

  @Delete(':id')
  @RolesRequis('ars', 'admin')
  @HttpCode(204)
  @ApiOperation({ summary: 'Supprimer un brouillon non publié' })
  async supprimer(@Utilisateur() u: UtilisateurConnecte, @Param('id', idBrouillon()) id: string): Promise<void> {
    await this.service.supprimer(u, id);
  }

  @Post(':id/copie')
  @RolesRequis('ars', 'admin')
  @ApiOperation({ summary: 'Dupliquer un brouillon' })
  copier(@Utilisateur() u: UtilisateurConnecte, @Param('id', idBrouillon()) id: string, @Body() dto: CopieDto) {
    return this.service.copier(u, id, dto.libelle);
  }

  @Patch(':id/unites/:code')
  @RolesRequis('ars', 'admin')
  @ApiOperation({ summary: 'Changer la classe d’une unité, la forcer (justification écrite) ou justifier sa classe ; renvoie les jauges' })
  @ApiParam({ name: 'code', example: '18033' })
  modifierUnite(@Utilisateur() u: UtilisateurConnecte, @Param('id', idBrouillon()) id: string, @Param('code') code: string, @Body() dto: ModificationUniteDto) {
    return this.service.modifierUnite(u, id, code, dto);
  }

  @Patch(':id/qpv/:code')
  @RolesRequis('ars', 'admin')
  @ApiOperation({ summary: 'Classer un QPV à part de son unité (null : il suit son unité) ; renvoie les jauges' })
  modifierQpv(@Utilisateur() u: UtilisateurConnecte, @Param('id', idBrouillon()) id: string, @Param('code') code: string, @Body() dto: ModificationQpvDto) {
    return this.service.modifierQpv(u, id, code, dto.classe);
  }

  @Get(':id/diff')
  @RolesRequis('ars', 'admin')
  @ApiOperation({ summary: 'Différences avec le zonage en vigueur : unités, communes, population, généralistes, aides' })
  diffEnVigueur(@Utilisateur() u: UtilisateurConnecte, @Param('id', idBrouillon()) id: string, @Query() q: DiffQueryCockpitDto) {
    return this.diff.diffEnVigueur(u, id, { date: q.date, aides: q.aides !== 'non' });
  }

  @Get(':id/comparaison/:autre')
  @RolesRequis('ars', 'admin')
  @ApiOperation({ summary: 'Comparer deux brouillons de la même région' })
  comparer(@Utilisateur() u: UtilisateurConnecte, @Param('id', idBrouillon()) id: string, @Param('autre', idBrouillon()) autre: string) {
    return this.diff.comparerBrouillons(u, id, autre);
  }

  @Get(':id/exports/:fichier')
  @RolesRequis('ars', 'admin')
  @ApiOperation({ summary: `Exports : ${EXPORTS.join(', ')}` })
  async exporter(@Utilisateur() u: UtilisateurConnecte, @Param('id', idBrouillon()) id: string, @Param('fichier') fichier: string, @Res() res: Response) {
    const f = await this.exports.exporter(u, id, fichier);
    res.setHeader('Content-Type', f.type);
    res.setHeader('Content-Disposition', `${f.type.startsWith('text/html') ? 'inline' : 'attachment'}; filename="${f.nom}"`);
    res.send(f.contenu);
  }

  @Get(':id/etapes')
  @RolesRequis('ars', 'admin')
  @ApiOperation({ summary: 'Liste de contrôle de la consultation (URPS, CRSA, arrêté, DGOS)' })
  etapes(@Utilisateur() u: UtilisateurConnecte, @Param('id', idBrouillon()) id: string) {
    return this.service.etapes(u, id);
  }

  @Patch(':id/etapes/:etape')
  @RolesRequis('ars', 'admin')
  @ApiOperation({ summary: 'Cocher une étape de la consultation' })
  modifierEtape(@Utilisateur() u: UtilisateurConnecte, @Param('id', idBrouillon()) id: string, @Param('etape') etape: string, @Body() dto: EtapeDto) {
    return this.service.modifierEtape(u, id, etape, { fait: dto.fait, date: dto.date ?? null, note: dto.note ?? null });
  }

  @Get(':id/controles')
  @RolesRequis('ars', 'admin')
  @ApiOperation({ summary: 'Contrôles avant validation (jauges, paramètres, QPV, unités forcées)' })
  async controles(@Utilisateur() u: UtilisateurConnecte, @Param('id', idBrouillon()) id: string) {
    const { controles, valide } = await this.publication.controles(u, id);
    return { controles, valide };
  }

  @Post(':id/validation')
  @RolesRequis('ars', 'admin')
  @HttpCode(200)
  @ApiOperation({ summary: 'Valider le brouillon (aucun contrôle bloquant)' })
  valider(@Utilisateur() u: UtilisateurConnecte, @Param('id', idBrouillon()) id: string) {
    return this.publication.valider(u, id);
  }

  @Post(':id/publication')
  @RolesRequis('ars', 'admin')
  @ApiOperation({ summary: 'Publier le brouillon validé comme nouvelle version du zonage médecins de la région' })
  publier(@Utilisateur() u: UtilisateurConnecte, @Param('id', idBrouillon()) id: string, @Body() dto: PublicationDto) {
    return this.publication.publier(u, id, dto);
  }
}
