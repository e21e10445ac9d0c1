import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { estDateCalendaire } from '../aides/regles/dates';
import { entreeInvalide } from '../common/erreurs/erreur-domaine';
import { CarteCouvertureDto } from './dto/carte-couverture.dto';
import { DateCouvertureDto } from './dto/date-couverture.dto';
import { CouvertureDonneesService } from './couverture-donnees.service';
import { SansCouverture } from './reponse-couverte.decorator';
import { THEMES_DONNEES, verifierTheme } from './themes-donnees';

@ApiTags('couverture des données')
@Controller('couverture-donnees')
export class CouvertureDonneesController {
  constructor(private readonly service: CouvertureDonneesService) {}

  @Get()
  @SansCouverture('décrit la couverture elle-même (où chaque jeu est chargé)')
  @ApiOperation({ summary: 'Où chaque jeu de données est chargé : par thème, périmètre, millésimes, départements non couverts ou incomplets' })
  @ApiOkResponse({ type: [CarteCouvertureDto] })
  async themes(@Query() q: DateCouvertureDto) {
    const themes = Object.keys(THEMES_DONNEES) as (keyof typeof THEMES_DONNEES)[];
    const cartes = [];
    for (const theme of themes) cartes.push({ theme, ...(await this.service.carte(theme, dateDemandee(q))) });
    return cartes;
  }

  @Get(':theme')
  @SansCouverture('décrit la couverture elle-même (où ce jeu est chargé)')
  @ApiOperation({ summary: 'Couverture d’un thème pour la carte : départements à hachurer (non couverts) ou incomplets, raison, comment charger' })
  @ApiParam({ name: 'theme', enum: Object.keys(THEMES_DONNEES), example: 'structures' })
  @ApiOkResponse({ type: CarteCouvertureDto })
  async theme(@Param('theme') theme: string, @Query() q: DateCouvertureDto) {
    verifierTheme(theme);
    return { theme, ...(await this.service.carte(theme, dateDemandee(q))) };
  }
}

/** The date asked (a real calendar day), or undefined for today. */
function dateDemandee(q: DateCouvertureDto): string | undefined {
  if (q.date !== undefined && !estDateCalendaire(q.date)) throw entreeInvalide(`Date impossible « ${String(q.date)} ».`, 'date', q.date);
  return q.date;
}
