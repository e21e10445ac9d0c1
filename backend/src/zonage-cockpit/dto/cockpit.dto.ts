import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsNumber, IsOptional, IsString, Matches, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const REGION = /^\d{2}$/;

export class RegionQueryDto {
  @ApiPropertyOptional({ description: 'Code INSEE de la région', example: '24' })
  @IsOptional()
  @Matches(REGION, { message: 'region doit être un code de région à 2 chiffres (ex. 24)' })
  region?: string;
}

export class RegionObligatoireQueryDto {
  @ApiProperty({ description: 'Code INSEE de la région', example: '24' })
  @Matches(REGION, { message: 'region doit être un code de région à 2 chiffres (ex. 24)' })
  region!: string;
}

export class NouveauBrouillonDto {
  @ApiProperty({ example: '24' })
  @Matches(REGION, { message: 'region doit être un code de région à 2 chiffres (ex. 24)' })
  region!: string;

  @ApiPropertyOptional({ example: 'Projet de zonage 2027' })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'libelle : 200 caractères au plus' })
  libelle?: string;

  @ApiProperty({ enum: ['en_vigueur', 'categories'], description: 'Classes de départ : zonage en vigueur, ou catégories nationales' })
  @IsIn(['en_vigueur', 'categories'], { message: 'origine doit valoir en_vigueur ou categories' })
  origine!: 'en_vigueur' | 'categories';

  @ApiPropertyOptional({ enum: ['bassin_de_vie', 'tvs'], description: 'Unité : bassin de vie 2022 (par défaut) ou composition de TVS téléversée' })
  @IsOptional()
  @IsIn(['bassin_de_vie', 'tvs'], { message: 'unite doit valoir bassin_de_vie ou tvs' })
  unite?: 'bassin_de_vie' | 'tvs';

  @ApiPropertyOptional({ description: 'Millésime APL de la DREES (le plus récent par défaut)', example: 2023 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'anneeApl doit être une année' })
  anneeApl?: number;

  @ApiPropertyOptional({ description: 'Date du zonage en vigueur de référence (aujourd’hui par défaut)', example: '2026-03-01' })
  @IsOptional()
  @Matches(DATE, { message: 'dateReference doit être au format AAAA-MM-JJ' })
  dateReference?: string;
}

export class ModificationUniteDto {
  @ApiPropertyOptional({ enum: ['ZIP', 'ZAC', 'ZAR', 'HZ'] })
  @IsOptional()
  @IsIn(['ZIP', 'ZAC', 'ZAR', 'HZ'], { message: 'classe doit valoir ZIP, ZAC, ZAR ou HZ' })
  classe?: string;

  @ApiPropertyOptional({ description: 'true : lever le verrou (justification écrite obligatoire) ; false : le remettre' })
  @IsOptional()
  @IsBoolean({ message: 'forcer doit être un booléen' })
  forcer?: boolean;

  @ApiPropertyOptional({ description: 'Justification écrite du forçage (15 caractères au moins)' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  justificationForcage?: string;

  @ApiPropertyOptional({ description: 'Justification libre de la classe de l’unité (reprise dans les exports)', nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(4000)
  justification?: string | null;
}

export class ModificationQpvDto {
  @ApiProperty({ enum: ['ZIP', 'ZAC', 'HZ'], nullable: true, description: 'null : le QPV suit son unité' })
  @ValidateIf((_, v) => v !== null)
  @IsIn(['ZIP', 'ZAC', 'HZ'], { message: 'classe doit valoir ZIP, ZAC, HZ ou null' })
  classe!: string | null;
}

export class RenommerDto {
  @ApiProperty()
  @IsString()
  @MinLength(1, { message: 'libelle obligatoire' })
  @MaxLength(200)
  libelle!: string;
}

export class CopieDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  libelle?: string;
}

export class SaisieParametreDto {
  @ApiProperty({ example: '24' })
  @Matches(REGION, { message: 'region doit être un code de région à 2 chiffres (ex. 24)' })
  region!: string;

  @ApiProperty({ enum: ['seuil_selection_nationale', 'seuil_vivier', 'plafond_zip', 'plafond_zac', 'marge_derogatoire', 'region_derogatoire'] })
  @IsString()
  parametre!: string;

  @ApiProperty({ example: 58.8 })
  @Type(() => Number)
  @IsNumber({}, { message: 'valeur doit être un nombre' })
  valeur!: number;

  @ApiProperty({ description: 'D’où vient la valeur (texte, courrier de la DGOS, date)' })
  @IsString()
  @MaxLength(2000)
  justification!: string;
}

export class PopulationQpvDto {
  @ApiProperty({ example: 2450 })
  @Type(() => Number)
  @IsInt({ message: 'population doit être un entier' })
  @Min(0)
  population!: number;

  @ApiProperty({ description: 'Source de la population (ex. Insee, population municipale 2020 des QPV 2024)' })
  @IsString()
  @MinLength(5, { message: 'source : 5 caractères au moins' })
  @MaxLength(500)
  source!: string;
}

export class EtapeDto {
  @ApiProperty()
  @IsBoolean({ message: 'fait doit être un booléen' })
  fait!: boolean;

  @ApiPropertyOptional({ nullable: true, example: '2026-05-12' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @Matches(DATE, { message: 'date doit être au format AAAA-MM-JJ' })
  date?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(2000)
  note?: string | null;
}

export class CompositionDto {
  @ApiProperty({ example: '24', description: 'Région de la composition (champ du formulaire multipart)' })
  @Matches(REGION, { message: 'region doit être un code de région à 2 chiffres (ex. 24)' })
  region!: string;
}

export class PublicationDto {
  @ApiProperty({ example: 'ARS-CVL-2027-014', description: 'Numéro de l’arrêté' })
  @IsString()
  @MinLength(1, { message: 'arrete obligatoire' })
  @MaxLength(200)
  arrete!: string;

  @ApiProperty({ example: '2026-12-15' })
  @Matches(DATE, { message: 'dateArrete doit être au format AAAA-MM-JJ' })
  dateArrete!: string;

  @ApiProperty({ example: '2027-01-01', description: 'Début de validité' })
  @Matches(DATE, { message: 'debut doit être au format AAAA-MM-JJ' })
  debut!: string;

  @ApiProperty({ example: '2028-12-31', description: 'Fin de validité : au plus deux ans après le début' })
  @Matches(DATE, { message: 'fin doit être au format AAAA-MM-JJ' })
  fin!: string;

  @ApiPropertyOptional({ description: 'Lien vers l’arrêté publié' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  lienArrete?: string;
}
