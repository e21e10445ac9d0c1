import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, Matches } from 'class-validator';

export class TerritoireCompteDto {
  @ApiProperty({ enum: ['commune', 'epci', 'departement', 'region'], description: 'Niveau du territoire' })
  @IsIn(['commune', 'epci', 'departement', 'region'], { message: 'type doit valoir commune, epci, departement ou region' })
  type!: 'commune' | 'epci' | 'departement' | 'region';

  @ApiProperty({ description: 'Code officiel (INSEE COG 2026, SIREN d’EPCI)', example: '76' })
  @IsString({ message: 'code doit être un texte' })
  @Matches(/^[0-9AB]{2,9}$/i, { message: 'code doit être un code INSEE ou SIREN' })
  code!: string;
}
