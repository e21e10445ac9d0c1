import { ApiProperty } from '@nestjs/swagger';
import { THEMES_DONNEES } from '../themes-donnees';

/** The coverage state every answer drawn from a dataset carries (ADR 0005). */
export class EtatCouvertureDto {
  @ApiProperty({ enum: Object.keys(THEMES_DONNEES), description: 'Thème de données (ce que les chiffres comptent)' }) theme!: string;
  @ApiProperty({
    oneOf: [{ type: 'boolean' }, { type: 'string', enum: ['partiel'] }],
    description: 'true : données complètes pour tout le territoire ; « partiel » : pour une partie, ou liste connue comme incomplète ; false : non chargées',
  })
  couvert!: boolean | 'partiel';
  @ApiProperty({ type: String, nullable: true, description: 'Pourquoi les données manquent (français courant), null si couvert' }) raison!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Comment charger les données manquantes, null si couvert' }) commentCharger!: string | null;
  @ApiProperty({ example: 'l’Occitanie', description: 'Où les données chargées sont complètes' }) perimetre!: string;
  @ApiProperty({ type: [String], description: 'Millésimes des jeux chargés' }) millesimes!: string[];
}

export class CarteCouvertureDto {
  @ApiProperty({ enum: Object.keys(THEMES_DONNEES) }) theme!: string;
  @ApiProperty({ example: 'MSP, pôles et centres de santé', description: 'Le thème en français courant' }) libelle!: string;
  @ApiProperty({ type: EtatCouvertureDto, description: 'Couverture de la France entière' }) couverture!: EtatCouvertureDto;
  @ApiProperty({ type: [String], description: 'Départements (code INSEE) où le thème n’est pas chargé : hachurés sur la carte' })
  departementsNonCouverts!: string[];
  @ApiProperty({ type: [String], description: 'Départements où les données chargées sont connues comme incomplètes' }) departementsPartiels!: string[];
}
