import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';

/** Fields beside the uploaded file. */
export class ListeTeleverseeDto {
  @ApiPropertyOptional({ description: 'Date de publication de la liste (juin 2025 par défaut)', example: '2025-06-27' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'dateListe doit être au format AAAA-MM-JJ' })
  dateListe?: string;

  @ApiPropertyOptional({ description: 'Source de la liste (page du ministère…)' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  source?: string;
}
