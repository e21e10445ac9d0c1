import { Body, Controller, Get, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { UtilisateurConnecte } from '../common/auth/role';
import { RolesRequis } from '../common/auth/roles-requis.decorator';
import { Utilisateur } from '../common/auth/utilisateur.decorator';
import { IdentifiantEntier } from '../common/entrees/identifiants.pipe';
import { ChaineTeleversementService } from './chaine-televersement.service';
import { RetourVersionDto } from './dto/donnees.dto';
import { JeuxChargesService } from './jeux-charges.service';

/**
 * The « Données » screen (ADR 0005): upload an official file, follow its analysis, read the validation report,
 * import or cancel; list the loaded datasets and their versions; roll back the latest upload. ARS and admin.
 */
@ApiTags('donnees')
@ApiBearerAuth()
@RolesRequis('ars', 'admin')
@Controller('donnees')
export class DonneesController {
  constructor(
    private readonly chaine: ChaineTeleversementService,
    private readonly jeux: JeuxChargesService,
  ) {}

  @Get('types')
  @ApiOperation({ summary: 'Types de fichiers officiels que ce compte peut charger (libellé, taille maximale, champs demandés)' })
  types(@Utilisateur() utilisateur: UtilisateurConnecte) {
    return this.chaine.types(utilisateur);
  }

  @Post('televersements/:type')
  @HttpCode(202)
  @ApiConsumes('multipart/form-data')
  @ApiParam({ name: 'type', example: 'finess' })
  @ApiBody({
    schema: {
      type: 'object',
      description: 'Les champs du type (voir GET /api/donnees/types) avant le fichier, puis le fichier dans « fichier »',
      properties: { fichier: { type: 'string', format: 'binary' } },
    },
  })
  @ApiOperation({ summary: 'Téléverser un fichier : reçu sur disque en flux, puis analysé à blanc (202 ; suivre GET …/televersements/:id)' })
  televerser(@Utilisateur() utilisateur: UtilisateurConnecte, @Param('type') type: string, @Req() req: Request) {
    return this.chaine.televerser(type, utilisateur, req, req.headers);
  }

  @Get('televersements')
  @ApiOperation({ summary: 'Téléversements récents du compte (tous pour un administrateur)' })
  recents(@Utilisateur() utilisateur: UtilisateurConnecte) {
    return this.chaine.recents(utilisateur);
  }

  @Get('televersements/:id')
  @ApiOperation({ summary: 'État d’un téléversement : progression, rapport de validation (lignes, lignes écartées, couverture, différences), erreur' })
  etat(@Utilisateur() utilisateur: UtilisateurConnecte, @Param('id') id: string) {
    return this.chaine.etat(id, utilisateur);
  }

  @Post('televersements/:id/import')
  @HttpCode(202)
  @ApiOperation({ summary: '« Importer » : écrit le fichier analysé en une seule transaction (202 ; suivre l’état)' })
  importer(@Utilisateur() utilisateur: UtilisateurConnecte, @Param('id') id: string) {
    return this.chaine.importer(id, utilisateur);
  }

  @Post('televersements/:id/annulation')
  @HttpCode(200)
  @ApiOperation({ summary: '« Annuler » : arrête l’analyse ou abandonne le fichier analysé (rien n’est écrit)' })
  annuler(@Utilisateur() utilisateur: UtilisateurConnecte, @Param('id') id: string) {
    return this.chaine.annuler(id, utilisateur);
  }

  @Get('jeux')
  @ApiOperation({ summary: 'Jeux de données chargés : source, millésime, couverture, date d’import, auteur, nombre de versions' })
  listerJeux() {
    return this.jeux.jeux();
  }

  @Get('jeux/:jeu/versions')
  @ApiParam({ name: 'jeu', example: 'finess' })
  @ApiOperation({ summary: 'Versions d’un jeu de données, de la plus récente à la plus ancienne' })
  versions(@Param('jeu') jeu: string) {
    return this.jeux.versionsDuJeu(jeu);
  }

  @Post('versions/:id/retour')
  @HttpCode(200)
  @ApiOperation({ summary: 'Revenir à la version précédente : retire la version (la plus récente de son jeu) et rétablit l’état d’avant (audité)' })
  retour(@Utilisateur() utilisateur: UtilisateurConnecte, @Param('id', IdentifiantEntier) id: number, @Body() dto: RetourVersionDto) {
    return this.jeux.retablir(id, utilisateur, dto.motif?.trim() || null);
  }
}
