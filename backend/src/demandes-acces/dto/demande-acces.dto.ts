import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEmail, IsIn, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { ROLES, Role } from '../../common/auth/role';
import { CompteDto, LienMotDePasseDto } from '../../auth/dto/compte.dto';
import { TerritoireCompteDto } from '../../auth/dto/territoire-compte.dto';

const ROLES_DEMANDABLES = ['elu', 'porteur', 'ars'] as const;
const STATUTS = ['en_attente', 'approuvee', 'refusee'] as const;

export class DeposerDemandeDto {
  @ApiProperty({ example: 'camille.martin@mairie-exemple.fr' })
  @IsEmail({}, { message: 'email doit être une adresse électronique valide' })
  @MaxLength(254, { message: 'email ne doit pas dépasser 254 caractères' })
  email!: string;

  @ApiProperty({ example: 'Camille Martin' })
  @IsString({ message: 'nom doit être un texte' })
  @MaxLength(200, { message: 'nom ne doit pas dépasser 200 caractères' })
  nom!: string;

  @ApiPropertyOptional({ example: 'Mairie de Figeac', description: 'Collectivité, ARS, structure porteuse…' })
  @IsOptional()
  @IsString({ message: 'organisation doit être un texte' })
  @MaxLength(200, { message: 'organisation ne doit pas dépasser 200 caractères' })
  organisation?: string;

  @ApiPropertyOptional({ enum: ROLES_DEMANDABLES, description: 'Rôle souhaité (l’administrateur décide)' })
  @IsOptional()
  @IsIn(ROLES_DEMANDABLES, { message: `roleSouhaite doit valoir ${ROLES_DEMANDABLES.join(', ')}` })
  roleSouhaite?: (typeof ROLES_DEMANDABLES)[number];

  @ApiPropertyOptional({ type: [TerritoireCompteDto], description: 'Territoires pour lesquels la personne agit' })
  @IsOptional()
  @IsArray({ message: 'territoires doit être une liste' })
  @ArrayMaxSize(20, { message: 'territoires ne doit pas dépasser 20 éléments' })
  @ValidateNested({ each: true })
  @Type(() => TerritoireCompteDto)
  territoires?: TerritoireCompteDto[];

  @ApiPropertyOptional({ description: 'Pourquoi cet accès (mission, projet)' })
  @IsOptional()
  @IsString({ message: 'motif doit être un texte' })
  @MaxLength(2000, { message: 'motif ne doit pas dépasser 2 000 caractères' })
  motif?: string;
}

export class ApprouverDemandeDto {
  @ApiProperty({ enum: ROLES, description: 'Rôle accordé' })
  @IsIn(ROLES, { message: `role doit valoir ${ROLES.join(', ')}` })
  role!: Role;

  @ApiPropertyOptional({ type: [TerritoireCompteDto], description: 'Territoires accordés (défaut : ceux demandés)' })
  @IsOptional()
  @IsArray({ message: 'territoires doit être une liste' })
  @ArrayMaxSize(200, { message: 'territoires ne doit pas dépasser 200 éléments' })
  @ValidateNested({ each: true })
  @Type(() => TerritoireCompteDto)
  territoires?: TerritoireCompteDto[];
}

export class DemandesQueryDto {
  @ApiPropertyOptional({ enum: STATUTS, default: 'en_attente' })
  @IsOptional()
  @IsIn(STATUTS, { message: `statut doit valoir ${STATUTS.join(', ')}` })
  statut?: (typeof STATUTS)[number];
}

export class DemandeAccesDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() email!: string;
  @ApiPropertyOptional({ nullable: true }) nom!: string | null;
  @ApiPropertyOptional({ nullable: true }) organisation!: string | null;
  @ApiPropertyOptional({ enum: ROLES_DEMANDABLES, nullable: true }) roleSouhaite!: string | null;
  @ApiProperty({ type: [TerritoireCompteDto] }) territoires!: TerritoireCompteDto[];
  @ApiPropertyOptional({ nullable: true }) motif!: string | null;
  @ApiProperty({ description: 'Demande née d’une première connexion ProConnect' }) proConnect!: boolean;
  @ApiProperty({ enum: STATUTS }) statut!: string;
  @ApiProperty() creeLe!: string;
  @ApiPropertyOptional({ nullable: true }) traiteeLe!: string | null;
}

export class DemandeApprouveeDto {
  @ApiProperty({ type: DemandeAccesDto }) demande!: DemandeAccesDto;
  @ApiProperty({ type: CompteDto }) compte!: CompteDto;
  @ApiPropertyOptional({ type: LienMotDePasseDto, nullable: true, description: 'Sans ProConnect : le lien à usage unique pour définir le mot de passe' })
  lienMotDePasse!: LienMotDePasseDto | null;
}
