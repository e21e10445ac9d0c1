import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';

export class DiffQueryCockpitDto {
  @ApiPropertyOptional({ description: 'Date des réponses du guichet unique (aujourd’hui par défaut)', example: '2027-01-01' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'date doit être au format AAAA-MM-JJ' })
  date?: string;

  @ApiPropertyOptional({ enum: ['oui', 'non'], description: 'non : sans les aides (plus rapide)' })
  @IsOptional()
  @IsIn(['oui', 'non'], { message: 'aides doit valoir oui ou non' })
  aides?: 'oui' | 'non';
}
