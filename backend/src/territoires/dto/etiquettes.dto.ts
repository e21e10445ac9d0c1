import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';

export const NIVEAUX_ETIQUETTES = ['principales', 'autres'] as const;
export type NiveauEtiquettes = (typeof NIVEAUX_ETIQUETTES)[number];

export class EtiquettesQueryDto {
  @ApiProperty({
    enum: NIVEAUX_ETIQUETTES,
    description: '« principales » : chefs-lieux de région, préfectures et communes de 5 000 habitants ou plus ; « autres » : toutes les autres communes',
  })
  @IsIn(NIVEAUX_ETIQUETTES, { message: 'niveau doit valoir « principales » ou « autres »' })
  niveau!: NiveauEtiquettes;
}

export class EtiquettesDto {
  @ApiProperty({ example: 'INSEE, COG 2026 et populations légales 2026 ; chefs-lieux : INSEE, COG 2026' }) source!: string;
  @ApiProperty({ example: ['nom', 'lng', 'lat', 'population', 'rang'], description: 'Ordre des champs de chaque ligne' }) champs!: string[];
  @ApiProperty({
    description:
      'Une ligne par commune, la plus peuplée d’abord : nom, longitude, latitude (WGS84, point intérieur), population, rang (0 : chef-lieu de région, 1 : préfecture, 2 : autre commune)',
    example: [['Saint-Étienne', 4.3903, 45.4347, 173136, 1]],
  })
  lignes!: (string | number)[][];
}
