import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDate, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';

export class AuditQueryDto {
  @ApiPropertyOptional({ description: 'Ressource (projet, compte, aide…)', example: 'projet' })
  @IsOptional()
  @Matches(/^[a-z][a-z0-9-]{0,39}$/, { message: 'ressource doit être un nom en minuscules (ex. projet)' })
  ressource?: string;

  @ApiPropertyOptional({ description: 'Identifiant de la ressource' })
  @IsOptional()
  @IsString({ message: 'ressourceId doit être un texte' })
  @MaxLength(100, { message: 'ressourceId ne doit pas dépasser 100 caractères' })
  ressourceId?: string;

  @ApiPropertyOptional({ description: 'Auteur (identifiant du compte)', format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'utilisateurId doit être un UUID' })
  utilisateurId?: string;

  @ApiPropertyOptional({ description: 'Depuis (ISO 8601, inclus)', example: '2026-01-01' })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'depuis doit être une date ISO 8601' })
  depuis?: Date;

  @ApiPropertyOptional({ description: 'Jusqu’à (ISO 8601, exclu)' })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'jusqua doit être une date ISO 8601' })
  jusqua?: Date;

  @ApiPropertyOptional({ description: 'Entrées par page (1 à 500)', default: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limite doit être un entier' })
  @Min(1, { message: 'limite doit être au moins 1' })
  @Max(500, { message: 'limite ne doit pas dépasser 500' })
  limite?: number;

  @ApiPropertyOptional({ description: 'Page (à partir de 1)', default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'page doit être un entier' })
  @Min(1, { message: 'page doit être au moins 1' })
  @Max(100000, { message: 'page ne doit pas dépasser 100000' })
  page?: number;
}
