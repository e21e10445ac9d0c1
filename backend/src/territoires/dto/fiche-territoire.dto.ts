import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class TerritoireRefDto {
  @ApiProperty({ enum: ['commune', 'epci', 'departement', 'region'] }) type!: string;
  @ApiProperty() code!: string;
  @ApiProperty() nom!: string;
}

export class SourceDto {
  @ApiProperty({ description: 'Producteur et jeu de données' }) libelle!: string;
  @ApiProperty({ description: 'Millésime' }) millesime!: string;
}

export class FicheTerritoireDto {
  @ApiProperty({ enum: ['commune', 'epci', 'departement', 'region'] }) type!: string;
  @ApiProperty({ example: '2A004' }) code!: string;
  @ApiProperty({ example: 'Ajaccio' }) nom!: string;
  @ApiProperty({ description: 'Population municipale légale 2026' }) population!: number;
  @ApiProperty({ type: [TerritoireRefDto], description: 'Territoires englobants, du plus proche au plus large' }) parents!: TerritoireRefDto[];
  @ApiProperty({ description: 'Nombre de communes' }) nbCommunes!: number;
  @ApiPropertyOptional({ type: [Number], description: '[ouest, sud, est, nord] en WGS84', nullable: true }) bbox!: number[] | null;
  @ApiPropertyOptional({ type: [Number], description: 'Point intérieur [lon, lat]', nullable: true }) centre!: number[] | null;
  @ApiPropertyOptional({ type: [String], description: 'Codes postaux (communes)' }) codesPostaux?: string[];
  @ApiProperty({ type: [TerritoireRefDto], description: 'Territoires de même niveau limitrophes' }) voisins!: TerritoireRefDto[];
  @ApiProperty({ type: SourceDto }) source!: SourceDto;
}

export class CommuneMembreDto {
  @ApiProperty() code!: string;
  @ApiProperty() nom!: string;
  @ApiProperty() population!: number;
}
