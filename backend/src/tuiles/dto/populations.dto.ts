import { ApiProperty } from '@nestjs/swagger';

/** Indicator values keyed by INSEE code, to colour the commune tiles (which carry no values). */
export class ValeursParCommuneDto {
  @ApiProperty({ example: 'population', description: 'Code de l’indicateur' }) indicateur!: string;
  @ApiProperty({ description: 'Producteur et jeu de données', example: 'INSEE, populations légales 2026 (COG 2026)' }) source!: string;
  @ApiProperty({ description: 'Millésime des valeurs', example: '2026' }) millesime!: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'number' },
    description: 'Valeur par code INSEE de commune (toutes les communes du référentiel chargé)',
  })
  valeurs!: Record<string, number>;
}
