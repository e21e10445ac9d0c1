import { Controller, Get, Param, Post, Req } from '@nestjs/common';
import type { Request } from 'express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { RolesRequis } from '../common/auth/roles-requis.decorator';
import { UtilisateurConnecte } from '../common/auth/role';
import { Utilisateur } from '../common/auth/utilisateur.decorator';
import { ChaineTeleversementService } from '../televersements/chaine-televersement.service';
import { DemographieService } from './demographie.service';
import { ReponseCouverte, SansCouverture } from '../jeux-de-donnees/reponse-couverte.decorator';

@ApiTags('demographie')
@Controller('demographie')
export class DemographieController {
  constructor(
    private readonly service: DemographieService,
    private readonly chaine: ChaineTeleversementService,
  ) {}

  @Get('couches')
  @SansCouverture('catalogue des couches (métadonnées)')
  @ApiOperation({ summary: 'Couches de démographie médicale disponibles, avec source, niveau et année' })
  couches() {
    return this.service.couches();
  }

  @Post('rpps')
  @RolesRequis('ars', 'admin')
  @ApiBearerAuth()
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      properties: { fichier: { type: 'string', format: 'binary', description: 'PS_LibreAcces_Personne_activite_*.txt tel que téléchargé' } },
    },
  })
  @ApiOperation({
    summary:
      'Importer un extrait RPPS / Annuaire Santé (généralistes par site d’exercice) en une requête : un compte ARS pour sa région, un administrateur pour ce que couvre le fichier (même chaîne que l’écran « Données »)',
  })
  importerRpps(@Utilisateur() utilisateur: UtilisateurConnecte, @Req() req: Request) {
    return this.chaine.televerserEtImporter('rpps', utilisateur, req, req.headers);
  }

  @Get('couches/:couche')
  @ReponseCouverte({ territoire: 'france', chemin: { couche: 'mg-rpps-import' }, chiffres: { rpps: ['valeurs.{commune}'] } })
  @ApiOperation({ summary: 'Valeurs d’une couche (par code INSEE de commune ou de département)' })
  @ApiParam({ name: 'couche', enum: ['densite-mg-bassin-de-vie', 'mg-departement', 'mg-rpps-import', 'medecins-rpps-commune'] })
  couche(@Param('couche') couche: string) {
    return this.service.couche(couche);
  }
}
