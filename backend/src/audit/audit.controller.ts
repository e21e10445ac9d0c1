import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { UtilisateurConnecte } from '../common/auth/role';
import { RolesRequis } from '../common/auth/roles-requis.decorator';
import { Utilisateur } from '../common/auth/utilisateur.decorator';
import { AuditService } from './audit.service';
import { CompteurCalculs } from './compteur-calculs';
import { AuditQueryDto } from './dto/audit-query.dto';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit')
export class AuditController {
  constructor(
    private readonly service: AuditService,
    private readonly calculs: CompteurCalculs,
  ) {}

  @Get()
  @RolesRequis('ars', 'admin')
  @ApiOperation({
    summary:
      'Journal d’audit : qui a modifié quoi et quand (avant/après), le plus récent d’abord. Administrateur : tout ; ARS : les entrées de ses régions ou départements, sans adresse électronique ni IP',
  })
  lister(@Utilisateur() lecteur: UtilisateurConnecte, @Query() query: AuditQueryDto) {
    return this.service.lister(lecteur, query);
  }

  @Get('calculs')
  @RolesRequis('ars', 'admin')
  @ApiOperation({
    summary: 'Calculs servis sans écriture (éligibilité, simulation, sélection), par route, anonymes ou connectés, depuis le démarrage de la réplique',
  })
  compteurs() {
    return this.calculs.etat();
  }
}
