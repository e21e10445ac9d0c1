import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { PROFESSIONS_ZONAGE } from '../classes-zonage';

const PROFESSIONS = `profession doit valoir ${PROFESSIONS_ZONAGE.join(', ')}`;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class DateQueryDto {
  @ApiPropertyOptional({ description: 'Date d’effet (AAAA-MM-JJ), aujourd’hui par défaut', example: '2026-03-01' })
  @IsOptional()
  @Matches(DATE, { message: 'date doit être au format AAAA-MM-JJ' })
  date?: string;
}

export class VersionsQueryDto {
  @ApiPropertyOptional({ enum: PROFESSIONS_ZONAGE })
  @IsOptional()
  @IsIn(PROFESSIONS_ZONAGE, { message: PROFESSIONS })
  profession?: string;
}

export class DiffQueryDto {
  @ApiProperty({ description: 'Version de départ : identifiant de version ou date AAAA-MM-JJ', example: '2024-06-01' })
  @IsString({ message: 'from est obligatoire' })
  @Matches(/^(\d{1,9}|\d{4}-\d{2}-\d{2})$/, { message: 'from doit être un identifiant de version ou une date AAAA-MM-JJ' })
  from!: string;

  @ApiProperty({ description: 'Version d’arrivée : identifiant de version ou date AAAA-MM-JJ', example: '2026-06-01' })
  @IsString({ message: 'to est obligatoire' })
  @Matches(/^(\d{1,9}|\d{4}-\d{2}-\d{2})$/, { message: 'to doit être un identifiant de version ou une date AAAA-MM-JJ' })
  to!: string;

  @ApiPropertyOptional({ enum: PROFESSIONS_ZONAGE, description: 'Obligatoire quand from/to sont des dates' })
  @IsOptional()
  @IsIn(PROFESSIONS_ZONAGE, { message: PROFESSIONS })
  profession?: string;
}

export class VersionZonageDto {
  @ApiProperty() id!: number;
  @ApiProperty({ example: 'Zonage médecins généralistes — export national CartoSanté (2024-2025)' }) libelle!: string;
  @ApiPropertyOptional({ nullable: true, description: 'Code région de l’ARS, null pour un fichier national' }) region!: string | null;
  @ApiPropertyOptional({ nullable: true, description: 'Référence de l’arrêté, null si inconnue' }) arrete!: string | null;
  @ApiPropertyOptional({ nullable: true, description: 'Date de l’arrêté, null si inconnue (jamais devinée)' }) dateArrete!: string | null;
  @ApiProperty({ description: 'Début de validité' }) debut!: string;
  @ApiProperty({ description: 'false : début = millésime du fichier, date de l’arrêté inconnue' }) debutConnu!: boolean;
  @ApiPropertyOptional({ nullable: true, description: 'Fin de validité, null si en vigueur' }) fin!: string | null;
  @ApiProperty({ description: 'Source du fichier' }) source!: string;
}

export class CarteZonageDto {
  @ApiProperty({ enum: PROFESSIONS_ZONAGE }) profession!: string;
  @ApiProperty() date!: string;
  @ApiPropertyOptional({ type: VersionZonageDto, nullable: true }) version!: VersionZonageDto | null;
  @ApiProperty({ type: [VersionZonageDto], description: 'Versions utilisées (nationale et régionales)' }) versions!: VersionZonageDto[];
  @ApiProperty() source!: string;
  @ApiProperty({ description: 'Classe par code INSEE (ZIP, ZAC, HZ, ZAR, MIXTE ; catégories infirmiers)', example: { '31555': 'ZAC' } })
  valeurs!: Record<string, string>;
}

/** Arrêté metadata of an existing version (PATCH): absent = unchanged, null = cleared (except debut). */
export class ModifierVersionDto {
  @ApiPropertyOptional({ nullable: true, description: 'Référence de l’arrêté', example: 'Arrêté ARS Occitanie n° 2026-0123' })
  @IsOptional()
  @IsString({ message: 'arrete doit être un texte' })
  @MaxLength(500, { message: 'arrete : 500 caractères au plus' })
  arrete?: string | null;

  @ApiPropertyOptional({ nullable: true, description: 'Date de l’arrêté (AAAA-MM-JJ)' })
  @IsOptional()
  @Matches(DATE, { message: 'dateArrete doit être au format AAAA-MM-JJ' })
  dateArrete?: string | null;

  @ApiPropertyOptional({ nullable: true, description: 'Lien vers l’arrêté ou la page de l’ARS qui le publie' })
  @IsOptional()
  @Matches(/^https?:\/\/\S+$/, { message: 'lienArrete doit être un lien http:// ou https://' })
  @MaxLength(2000, { message: 'lienArrete : 2 000 caractères au plus' })
  lienArrete?: string | null;

  @ApiPropertyOptional({ description: 'Début de validité (AAAA-MM-JJ)' })
  @IsOptional()
  @Matches(DATE, { message: 'debut doit être au format AAAA-MM-JJ' })
  debut?: string;

  @ApiPropertyOptional({ nullable: true, description: 'Fin de validité (AAAA-MM-JJ), null : en vigueur' })
  @IsOptional()
  @Matches(DATE, { message: 'fin doit être au format AAAA-MM-JJ' })
  fin?: string | null;
}
