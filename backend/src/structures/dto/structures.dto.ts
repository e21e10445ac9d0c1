import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches } from 'class-validator';
import { EtatCouvertureDto } from '../../jeux-de-donnees/dto/carte-couverture.dto';

export class StructuresQueryDto {
  @ApiPropertyOptional({ description: 'Types séparés par des virgules : msp, psp, cds, cpts, esp', example: 'msp,cds' })
  @IsOptional()
  @Matches(/^(msp|psp|cds|cpts|esp)(,(msp|psp|cds|cpts|esp))*$/, { message: 'type doit lister msp, psp, cds, cpts ou esp séparés par des virgules' })
  type?: string;

  @ApiPropertyOptional({ description: 'Territoire « type:code » (commune, epci, departement, region)', example: 'departement:31' })
  @IsOptional()
  @IsString({ message: 'territoire doit être un texte' })
  @Matches(/^(commune|epci|departement|region):[0-9A-Za-z]{2,9}$/, { message: 'territoire doit être de la forme type:code, ex. departement:31' })
  territoire?: string;

  @ApiPropertyOptional({ description: 'Emprise minLon,minLat,maxLon,maxLat (WGS84)', example: '1.2,43.4,1.7,43.8' })
  @IsOptional()
  @Matches(/^-?\d+(\.\d+)?(,-?\d+(\.\d+)?){3}$/, { message: 'bbox doit valoir minLon,minLat,maxLon,maxLat' })
  bbox?: string;
}

export class CommuneStructureDto {
  @ApiProperty({ example: '31555' }) code!: string;
  @ApiPropertyOptional({ nullable: true }) nom!: string | null;
}

export class ProprietesStructureDto {
  @ApiProperty() id!: number;
  @ApiProperty({ enum: ['msp', 'psp', 'cds', 'cpts', 'esp'] }) type!: string;
  @ApiPropertyOptional({ nullable: true, description: 'Centres de santé : medical, dentaire, infirmier, ophtalmologique, non précisée (déduit du nom)' })
  nature!: string | null;
  @ApiProperty() nom!: string;
  @ApiPropertyOptional({ nullable: true, description: 'Numéro FINESS de l’établissement' }) finess!: string | null;
  @ApiProperty({ enum: ['projet', 'ouverte', 'fermee'] }) statut!: string;
  @ApiPropertyOptional({ nullable: true, description: 'Date d’ouverture (FINESS dateouv)' }) dateOuverture!: string | null;
  @ApiPropertyOptional({ nullable: true }) adresse!: string | null;
  @ApiPropertyOptional({ type: CommuneStructureDto, nullable: true }) commune!: CommuneStructureDto | null;
  @ApiPropertyOptional({ nullable: true, description: 'Origine des coordonnées' }) geomSource!: string | null;
  @ApiProperty({ description: 'Source et millésime' }) source!: string;
  @ApiProperty({ description: 'Créée ou modifiée à la main (projet hors FINESS)' }) saisieManuelle!: boolean;
}

export class EntiteStructureDto {
  @ApiProperty({ example: 'Feature' }) type!: string;
  @ApiProperty() id!: number;
  @ApiPropertyOptional({ nullable: true, description: 'Point GeoJSON (WGS84)', example: { type: 'Point', coordinates: [1.44, 43.6] } }) geometry!: unknown;
  @ApiProperty({ type: ProprietesStructureDto }) properties!: ProprietesStructureDto;
}

export class CollectionStructuresDto {
  @ApiProperty({ example: 'FeatureCollection' }) type!: string;
  @ApiProperty({ type: [EntiteStructureDto] }) features!: EntiteStructureDto[];
  @ApiProperty({ type: EtatCouvertureDto, description: 'Couverture du territoire demandé (sinon de l’emprise, sinon de la France) par les données chargées' })
  couverture!: EtatCouvertureDto;
  @ApiProperty({ type: Number, nullable: true, description: 'Nombre de structures ; null hors de la couverture des données chargées (jamais 0)' })
  total!: number | null;
  @ApiProperty({ type: [String], description: 'Sources des structures listées' }) sources!: string[];
}

export class ComptesEmpriseQueryDto {
  @ApiPropertyOptional({ description: 'Types séparés par des virgules : msp, psp, cds, cpts, esp (tous par défaut)', example: 'msp,psp' })
  @IsOptional()
  @Matches(/^(msp|psp|cds|cpts|esp)(,(msp|psp|cds|cpts|esp))*$/, { message: 'type doit lister msp, psp, cds, cpts ou esp séparés par des virgules' })
  type?: string;

  @ApiProperty({ description: 'Emprise minLon,minLat,maxLon,maxLat (WGS84), la vue de la carte', example: '1.2,43.4,1.7,43.8' })
  @Matches(/^-?\d+(\.\d+)?(,-?\d+(\.\d+)?){3}$/, { message: 'bbox doit valoir minLon,minLat,maxLon,maxLat' })
  bbox!: string;
}

export class CompteEmpriseDto {
  @ApiProperty({ type: EtatCouvertureDto }) couverture!: EtatCouvertureDto;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Structures localisées dans l’emprise ; null si les données ne sont chargées nulle part dans la vue',
  })
  nombre!: number | null;
}

export class ComptesEmpriseDto {
  @ApiProperty({ type: [Number], description: '[ouest, sud, est, nord]' }) emprise!: number[];
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'object' },
    description: 'Par type de structure : { couverture, nombre } (voir CompteEmpriseDto)',
  })
  comptes!: Record<string, CompteEmpriseDto>;
  @ApiProperty({
    type: CompteEmpriseDto,
    nullable: true,
    description: 'Périmètres de CPTS (listes de communes membres) touchant l’emprise, quand cpts est demandé',
  })
  perimetresCpts!: CompteEmpriseDto | null;
}
