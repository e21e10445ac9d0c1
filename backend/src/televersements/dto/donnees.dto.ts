import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

export class RetourVersionDto {
  @ApiPropertyOptional({ description: 'Pourquoi revenir à la version précédente (gardé dans le journal d’audit)', example: 'Fichier de la mauvaise date' })
  @IsOptional()
  @IsString({ message: 'motif doit être un texte' })
  @MaxLength(500, { message: 'motif : 500 caractères au plus' })
  motif?: string;
}
