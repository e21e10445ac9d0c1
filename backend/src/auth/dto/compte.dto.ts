import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsEmail, IsIn, IsOptional, IsString, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { ROLES, Role } from '../../common/auth/role';
import { LONGUEUR_MIN_MOT_DE_PASSE } from '../configuration-auth';
import { TerritoireCompteDto } from './territoire-compte.dto';

export class CompteDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() email!: string;
  @ApiPropertyOptional({ nullable: true }) nom!: string | null;
  @ApiProperty({ enum: ROLES }) role!: Role;
  @ApiProperty({ type: [TerritoireCompteDto] }) territoires!: TerritoireCompteDto[];
  @ApiProperty() actif!: boolean;
  @ApiProperty() creeLe!: string;
  @ApiPropertyOptional({ nullable: true }) derniereConnexion!: string | null;
}

export class CreerCompteDto {
  @ApiProperty({ example: 'maire@commune.fr' })
  @IsEmail({}, { message: 'email doit être une adresse électronique valide' })
  @MaxLength(254, { message: 'email ne doit pas dépasser 254 caractères' })
  email!: string;

  @ApiPropertyOptional({ example: 'Camille Martin' })
  @IsOptional()
  @IsString({ message: 'nom doit être un texte' })
  @MaxLength(200, { message: 'nom ne doit pas dépasser 200 caractères' })
  nom?: string;

  @ApiProperty({ description: `Au moins ${LONGUEUR_MIN_MOT_DE_PASSE} caractères`, format: 'password' })
  @IsString({ message: 'motDePasse doit être un texte' })
  @MinLength(LONGUEUR_MIN_MOT_DE_PASSE, { message: `motDePasse doit compter au moins ${LONGUEUR_MIN_MOT_DE_PASSE} caractères` })
  @MaxLength(200, { message: 'motDePasse ne doit pas dépasser 200 caractères' })
  motDePasse!: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES, { message: `role doit valoir ${ROLES.join(', ')}` })
  role!: Role;

  @ApiPropertyOptional({ type: [TerritoireCompteDto], description: 'ARS : région(s) ou départements ; élu : ses territoires' })
  @IsOptional()
  @IsArray({ message: 'territoires doit être une liste' })
  @ArrayMaxSize(200, { message: 'territoires ne doit pas dépasser 200 éléments' })
  @ValidateNested({ each: true })
  @Type(() => TerritoireCompteDto)
  territoires?: TerritoireCompteDto[];
}

export class ModifierCompteDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString({ message: 'nom doit être un texte' })
  @MaxLength(200, { message: 'nom ne doit pas dépasser 200 caractères' })
  nom?: string;

  @ApiPropertyOptional({ format: 'password' })
  @IsOptional()
  @IsString({ message: 'motDePasse doit être un texte' })
  @MinLength(LONGUEUR_MIN_MOT_DE_PASSE, { message: `motDePasse doit compter au moins ${LONGUEUR_MIN_MOT_DE_PASSE} caractères` })
  @MaxLength(200, { message: 'motDePasse ne doit pas dépasser 200 caractères' })
  motDePasse?: string;

  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES, { message: `role doit valoir ${ROLES.join(', ')}` })
  role?: Role;

  @ApiPropertyOptional({ type: [TerritoireCompteDto] })
  @IsOptional()
  @IsArray({ message: 'territoires doit être une liste' })
  @ArrayMaxSize(200, { message: 'territoires ne doit pas dépasser 200 éléments' })
  @ValidateNested({ each: true })
  @Type(() => TerritoireCompteDto)
  territoires?: TerritoireCompteDto[];

  @ApiPropertyOptional({ description: 'false : le compte ne peut plus se connecter et ses jetons sont refusés' })
  @IsOptional()
  @IsBoolean({ message: 'actif doit être un booléen' })
  actif?: boolean;
}
