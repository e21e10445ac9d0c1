import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsEmail, IsIn, IsOptional, IsString, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
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
  @ApiProperty({ description: 'Un mot de passe a été défini (sinon : lien à usage unique ou ProConnect seulement)' }) motDePasseDefini!: boolean;
  @ApiProperty({ description: 'Le compte est lié à une identité ProConnect' }) proConnect!: boolean;
  @ApiProperty() creeLe!: string;
  @ApiPropertyOptional({ nullable: true }) derniereConnexion!: string | null;
}

export class LienMotDePasseDto {
  @ApiProperty({
    description: 'Chemin du lien à usage unique (à préfixer par l’adresse du service), à transmettre à la personne',
    example: '/mot-de-passe#jeton=…',
  })
  lien!: string;
  @ApiProperty({ description: 'Fin de validité du lien (ISO 8601)' }) expireLe!: string;
}

export class CompteCreeDto extends CompteDto {
  @ApiPropertyOptional({ type: LienMotDePasseDto, nullable: true, description: 'Sans mot de passe fourni : le lien pour le définir' })
  lienMotDePasse!: LienMotDePasseDto | null;
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

  @ApiPropertyOptional({
    description: `Au moins ${LONGUEUR_MIN_MOT_DE_PASSE} caractères, difficile à deviner. Absent : un lien à usage unique pour le définir est renvoyé`,
    format: 'password',
  })
  @IsOptional()
  @IsString({ message: 'motDePasse doit être un texte' })
  @MinLength(LONGUEUR_MIN_MOT_DE_PASSE, { message: `motDePasse doit compter au moins ${LONGUEUR_MIN_MOT_DE_PASSE} caractères` })
  @MaxLength(200, { message: 'motDePasse ne doit pas dépasser 200 caractères' })
  motDePasse?: string;

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

export class DefinirMotDePasseDto {
  @ApiProperty({ description: 'Le secret du lien à usage unique (après « #jeton= »)' })
  @IsString({ message: 'jeton doit être un texte' })
  @Matches(/^[A-Za-z0-9_-]{20,100}$/, { message: 'jeton n’a pas le format d’un lien de Maillage' })
  jeton!: string;

  @ApiProperty({ format: 'password', description: `Au moins ${LONGUEUR_MIN_MOT_DE_PASSE} caractères, difficile à deviner` })
  @IsString({ message: 'motDePasse doit être un texte' })
  @MaxLength(200, { message: 'motDePasse ne doit pas dépasser 200 caractères' })
  motDePasse!: string;
}
