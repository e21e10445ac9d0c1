import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { ScenarioDto } from '../../acces/dto/requetes.dto';

export class RapportSimulationDto extends ScenarioDto {
  @ApiPropertyOptional({ description: 'Commune choisie à l’écran (code INSEE) : sa phrase de bilan ouvre le rapport', example: '23031' })
  @IsOptional()
  @Matches(/^(?:\d{5}|2[AB]\d{3})$/, { message: 'commune doit être un code INSEE à 5 caractères (ex. 2A004)' })
  commune?: string;
}
