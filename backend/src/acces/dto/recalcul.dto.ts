import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsNumber, IsOptional, Max, Min, ValidateNested } from 'class-validator';

export class PalierDto {
  @ApiProperty({ description: 'Borne haute du palier en minutes (strictement croissante d’un palier au suivant, 20 au plus)', example: 10 })
  @IsNumber({}, { message: 'paliers[].jusqua doit être un nombre de minutes' })
  @Min(1, { message: 'paliers[].jusqua doit être au moins 1 minute' })
  @Max(20, { message: 'paliers[].jusqua ne peut pas dépasser 20 minutes (la table des trajets s’arrête à 20 minutes)' })
  jusqua!: number;

  @ApiProperty({ description: 'Poids de l’accessibilité dans ce palier (0 à 1)', example: 1 })
  @IsNumber({}, { message: 'paliers[].poids doit être un nombre entre 0 et 1' })
  @Min(0, { message: 'paliers[].poids doit être au moins 0' })
  @Max(1, { message: 'paliers[].poids ne peut pas dépasser 1' })
  poids!: number;
}

export class RecalculDto {
  @ApiPropertyOptional({ description: 'Millésime de l’APL (défaut : le plus récent chargé)', example: 2023 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'annee doit être une année (entier)' })
  @Min(2000, { message: 'annee doit être postérieure à 2000' })
  @Max(2100, { message: 'annee doit être antérieure à 2100' })
  annee?: number;

  @ApiPropertyOptional({
    type: [PalierDto],
    description: 'Paliers de décroissance avec la distance (défaut DREES : 1 sous 10 min, 2/3 de 10 à 15, 1/3 de 15 à 20)',
  })
  @IsOptional()
  @IsArray({ message: 'paliers doit être une liste de { jusqua, poids }' })
  @ArrayMinSize(1, { message: 'paliers doit contenir au moins un palier' })
  @ArrayMaxSize(6, { message: 'paliers ne peut pas dépasser 6 paliers' })
  @ValidateNested({ each: true })
  @Type(() => PalierDto)
  paliers?: PalierDto[];

  @ApiPropertyOptional({ description: 'Portée en minutes (5 à 20 ; défaut 20, la limite de la DREES)', example: 20 })
  @IsOptional()
  @IsNumber({}, { message: 'porteeMinutes doit être un nombre de minutes' })
  @Min(5, { message: 'porteeMinutes doit être au moins 5 minutes' })
  @Max(20, { message: 'porteeMinutes ne peut pas dépasser 20 minutes (la table des trajets s’arrête à 20 minutes)' })
  porteeMinutes?: number;

  @ApiPropertyOptional({
    type: [Number],
    description:
      'Poids de consommation par tranche d’âge (19 tranches de la DREES : moins de 5 ans, 5-9, …, 85-89, 90 ans et plus ; défaut : ceux du millésime). Appliqués par le rapport des poids moyens du département (structure par âge Insee), la structure par âge de chaque commune n’étant pas publiée.',
    example: [1.12, 0.58, 0.51, 0.6, 0.75, 0.79, 0.82, 0.85, 0.89, 0.93, 1.03, 1.15, 1.18, 1.23, 1.46, 1.57, 1.63, 1.89, 2.26],
  })
  @IsOptional()
  @IsArray({ message: 'poidsAge doit être une liste de 19 nombres (une par tranche d’âge)' })
  @ArrayMinSize(19, { message: 'poidsAge doit contenir 19 poids (de moins de 5 ans à 90 ans et plus)' })
  @ArrayMaxSize(19, { message: 'poidsAge doit contenir 19 poids (de moins de 5 ans à 90 ans et plus)' })
  @IsNumber({}, { each: true, message: 'chaque poids de poidsAge doit être un nombre' })
  @Min(0, { each: true, message: 'chaque poids de poidsAge doit être au moins 0' })
  @Max(5, { each: true, message: 'chaque poids de poidsAge ne doit pas dépasser 5' })
  poidsAge?: number[];

  @ApiPropertyOptional({
    enum: ['drees', 'legales-2026'],
    description: 'Populations : celles du millésime DREES (défaut) ou les populations légales 2026 (standardisation de chaque commune conservée)',
  })
  @IsOptional()
  @IsIn(['drees', 'legales-2026'], { message: 'populations doit valoir drees ou legales-2026' })
  populations?: 'drees' | 'legales-2026';
}
