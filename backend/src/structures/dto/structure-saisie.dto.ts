import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsNumber, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';

/** A structure entered by hand (project not yet in FINESS, ESP, PSP…). */
export class CreerStructureDto {
  @ApiProperty({ enum: ['msp', 'psp', 'cds', 'cpts', 'esp'] })
  @IsIn(['msp', 'psp', 'cds', 'cpts', 'esp'], { message: 'type doit valoir msp, psp, cds, cpts ou esp' })
  type!: string;

  @ApiProperty({ example: 'MSP des Coteaux (projet)' })
  @IsString({ message: 'nom doit être un texte' })
  @MinLength(3, { message: 'nom doit contenir au moins 3 caractères' })
  @MaxLength(200, { message: 'nom ne doit pas dépasser 200 caractères' })
  nom!: string;

  @ApiProperty({ enum: ['projet', 'ouverte', 'fermee'] })
  @IsIn(['projet', 'ouverte', 'fermee'], { message: 'statut doit valoir projet, ouverte ou fermee' })
  statut!: string;

  @ApiProperty({ description: 'Code INSEE (COG 2026) de la commune d’implantation', example: '31149' })
  @Matches(/^(\d{5}|2[AB]\d{3})$/, { message: 'communeCode doit être un code INSEE à 5 caractères (ex. 31149, 2A004)' })
  communeCode!: string;

  @ApiPropertyOptional({ description: 'Numéro FINESS s’il existe déjà', example: '310037890' })
  @IsOptional()
  @Matches(/^\d[0-9AB]\d{7}$/, { message: 'finess doit comporter 9 caractères (ex. 310037890)' })
  finess?: string;

  @ApiPropertyOptional({ description: 'Date d’ouverture (prévue pour un projet), AAAA-MM-JJ' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'dateOuverture doit être au format AAAA-MM-JJ' })
  dateOuverture?: string;

  @ApiPropertyOptional({ description: 'Adresse postale' })
  @IsOptional()
  @IsString({ message: 'adresse doit être un texte' })
  @MaxLength(300, { message: 'adresse ne doit pas dépasser 300 caractères' })
  adresse?: string;

  @ApiPropertyOptional({ description: '[longitude, latitude] WGS84 ; à défaut, point intérieur de la commune', example: [1.3399, 43.6082] })
  @IsOptional()
  @IsArray({ message: 'coordonnees doit être [longitude, latitude]' })
  @ArrayMinSize(2, { message: 'coordonnees doit être [longitude, latitude]' })
  @ArrayMaxSize(2, { message: 'coordonnees doit être [longitude, latitude]' })
  @IsNumber({}, { each: true, message: 'coordonnees doit contenir deux nombres' })
  coordonnees?: number[];
}

export class ModifierStructureDto {
  @ApiPropertyOptional({ enum: ['msp', 'psp', 'cds', 'cpts', 'esp'] })
  @IsOptional()
  @IsIn(['msp', 'psp', 'cds', 'cpts', 'esp'], { message: 'type doit valoir msp, psp, cds, cpts ou esp' })
  type?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString({ message: 'nom doit être un texte' })
  @MinLength(3, { message: 'nom doit contenir au moins 3 caractères' })
  @MaxLength(200, { message: 'nom ne doit pas dépasser 200 caractères' })
  nom?: string;

  @ApiPropertyOptional({ enum: ['projet', 'ouverte', 'fermee'] })
  @IsOptional()
  @IsIn(['projet', 'ouverte', 'fermee'], { message: 'statut doit valoir projet, ouverte ou fermee' })
  statut?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'dateOuverture doit être au format AAAA-MM-JJ' })
  dateOuverture?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString({ message: 'adresse doit être un texte' })
  @MaxLength(300, { message: 'adresse ne doit pas dépasser 300 caractères' })
  adresse?: string;

  @ApiPropertyOptional({ description: '[longitude, latitude] WGS84' })
  @IsOptional()
  @IsArray({ message: 'coordonnees doit être [longitude, latitude]' })
  @ArrayMinSize(2, { message: 'coordonnees doit être [longitude, latitude]' })
  @ArrayMaxSize(2, { message: 'coordonnees doit être [longitude, latitude]' })
  @IsNumber({}, { each: true, message: 'coordonnees doit contenir deux nombres' })
  coordonnees?: number[];
}
