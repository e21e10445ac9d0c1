import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, Max, Min } from 'class-validator';
import { COUCHES_TUILES, CoucheTuiles, ZOOM_MAX } from '../couche-tuiles';

export class TuileParamsDto {
  @ApiProperty({ enum: COUCHES_TUILES, description: 'Couche de contours ; la couche MVT de la tuile porte ce nom' })
  @IsIn(COUCHES_TUILES, { message: `couche doit valoir ${COUCHES_TUILES.join(', ')}` })
  couche!: CoucheTuiles;

  @ApiProperty({ minimum: 0, maximum: ZOOM_MAX, description: 'Niveau de zoom (schéma XYZ, Web Mercator)', example: 8 })
  @Type(() => Number)
  @IsInt({ message: 'z doit être un entier' })
  @Min(0, { message: 'z doit être positif' })
  @Max(ZOOM_MAX, { message: `z ne doit pas dépasser ${ZOOM_MAX}` })
  z!: number;

  @ApiProperty({ minimum: 0, description: 'Colonne de la tuile, de 0 à 2^z − 1', example: 131 })
  @Type(() => Number)
  @IsInt({ message: 'x doit être un entier' })
  @Min(0, { message: 'x doit être positif' })
  x!: number;

  @ApiProperty({ minimum: 0, description: 'Ligne de la tuile, de 0 à 2^z − 1 (origine au nord)', example: 91 })
  @Type(() => Number)
  @IsInt({ message: 'y doit être un entier' })
  @Min(0, { message: 'y doit être positif' })
  y!: number;
}
