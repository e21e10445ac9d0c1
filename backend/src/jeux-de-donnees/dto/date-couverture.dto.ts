import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';

export class DateCouvertureDto {
  @ApiPropertyOptional({
    description: 'Date à laquelle la couverture est demandée (AAAA-MM-JJ), aujourd’hui par défaut : une version de zonage ne couvre que pendant sa validité',
    example: '2026-03-01',
  })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'date doit être au format AAAA-MM-JJ' })
  date?: string;
}
