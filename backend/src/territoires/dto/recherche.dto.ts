import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';

export class RechercheQueryDto {
  @ApiProperty({
    description: 'Nom (fautes de frappe tolérées, sans souci des accents), code postal ou code (INSEE, SIREN d’EPCI, département, région)',
    example: 'saint etienne',
  })
  @IsString({ message: 'q doit être un texte' })
  @MinLength(2, { message: 'q doit contenir au moins 2 caractères' })
  @MaxLength(100, { message: 'q ne doit pas dépasser 100 caractères' })
  q!: string;

  @ApiPropertyOptional({ description: 'Nombre maximal de résultats (1 à 50)', default: 10 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limite doit être un entier' })
  @Min(1, { message: 'limite doit être au moins 1' })
  @Max(50, { message: 'limite ne doit pas dépasser 50' })
  limite?: number;
}

export class ResultatRechercheDto {
  @ApiProperty({ enum: ['commune', 'epci', 'departement', 'region'] }) type!: string;
  @ApiProperty({ example: '42218' }) code!: string;
  @ApiProperty({ example: 'Saint-Étienne' }) nom!: string;
  @ApiProperty({ description: 'Population municipale 2026 (INSEE)' }) population!: number;
  @ApiPropertyOptional({ description: 'Département (communes)', nullable: true }) departement!: string | null;
  @ApiPropertyOptional({ description: 'Code postal trouvé, quand la commune a été trouvée par son code postal', nullable: true, example: '42000' })
  codePostal!: string | null;
}
