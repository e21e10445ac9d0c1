import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsLatitude,
  IsLongitude,
  IsNumber,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import {
  ETAPES_PROJET,
  EtapeProjet,
  FORMES_JURIDIQUES,
  PROFESSIONS,
  STATUTS_FINANCEMENT,
  TYPES_PORTEUR,
  TYPES_PROJET,
  TypeProjet,
} from '../referentiel-projet';

const CODE_COMMUNE = /^(?:\d{5}|2[AB]\d{3})$/i;

export class ProfessionnelDto {
  @ApiProperty({ enum: PROFESSIONS })
  @IsIn(PROFESSIONS, { message: `profession doit valoir ${PROFESSIONS.join(', ')}` })
  profession!: (typeof PROFESSIONS)[number];

  @ApiProperty({ description: 'Professionnels engagés', minimum: 1, maximum: 500 })
  @IsInt({ message: 'nombre doit être un entier' })
  @Min(1, { message: 'nombre doit être au moins 1' })
  @Max(500, { message: 'nombre ne doit pas dépasser 500' })
  nombre!: number;
}

export class LigneFinancementDto {
  @ApiProperty({ description: 'Aide ou ressource', example: 'Fonds d’intervention régional (FIR)' })
  @IsString({ message: 'aide doit être un texte' })
  @MinLength(1, { message: 'aide est obligatoire' })
  @MaxLength(200, { message: 'aide ne doit pas dépasser 200 caractères' })
  aide!: string;

  @ApiPropertyOptional({ example: 'ARS Occitanie' })
  @IsOptional()
  @IsString({ message: 'financeur doit être un texte' })
  @MaxLength(200, { message: 'financeur ne doit pas dépasser 200 caractères' })
  financeur?: string;

  @ApiProperty({ description: 'Montant en euros', example: 50000 })
  @IsNumber({ maxDecimalPlaces: 2 }, { message: 'montant doit être un nombre (2 décimales au plus)' })
  @Min(0, { message: 'montant doit être positif' })
  @Max(1e9, { message: 'montant ne doit pas dépasser 1 milliard' })
  montant!: number;

  @ApiProperty({ enum: STATUTS_FINANCEMENT })
  @IsIn(STATUTS_FINANCEMENT, { message: `statut doit valoir ${STATUTS_FINANCEMENT.join(', ')}` })
  statut!: (typeof STATUTS_FINANCEMENT)[number];
}

export class DocumentDto {
  @ApiProperty({ example: 'Projet de santé validé' })
  @IsString({ message: 'titre doit être un texte' })
  @MinLength(1, { message: 'titre est obligatoire' })
  @MaxLength(200, { message: 'titre ne doit pas dépasser 200 caractères' })
  titre!: string;

  @ApiProperty({ example: 'https://exemple.fr/projet-sante.pdf' })
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true }, { message: 'le lien (url) doit être une adresse web commençant par https:// ou http://' })
  @MaxLength(2000, { message: 'url ne doit pas dépasser 2000 caractères' })
  url!: string;
}

export class SiteDto {
  @ApiProperty({ example: 1.444 }) @IsLongitude({ message: 'longitude invalide' }) longitude!: number;
  @ApiProperty({ example: 43.604 }) @IsLatitude({ message: 'latitude invalide' }) latitude!: number;
}

export class CreerProjetDto {
  @ApiProperty({ example: 'MSP du Haut-Comminges' })
  @IsString({ message: 'nom doit être un texte' })
  @MinLength(2, { message: 'nom doit contenir au moins 2 caractères' })
  @MaxLength(200, { message: 'nom ne doit pas dépasser 200 caractères' })
  nom!: string;

  @ApiProperty({ enum: TYPES_PROJET })
  @IsIn(TYPES_PROJET, { message: `type doit valoir ${TYPES_PROJET.join(', ')}` })
  type!: TypeProjet;

  @ApiPropertyOptional({ enum: ETAPES_PROJET, default: 'idee' })
  @IsOptional()
  @IsIn(ETAPES_PROJET, { message: `etape doit valoir ${ETAPES_PROJET.join(', ')}` })
  etape?: EtapeProjet;

  @ApiProperty({ description: 'Commune d’implantation (INSEE COG 2026)', example: '31555' })
  @Matches(CODE_COMMUNE, { message: 'communeCode doit être un code INSEE de commune (ex. 31555, 2A004)' })
  communeCode!: string;

  @ApiPropertyOptional({ description: 'Autres communes couvertes (CPTS, multi-sites)', type: [String] })
  @IsOptional()
  @IsArray({ message: 'communesCouvertes doit être une liste' })
  @ArrayMaxSize(500, { message: 'communesCouvertes ne doit pas dépasser 500 communes' })
  @Matches(CODE_COMMUNE, { each: true, message: 'communesCouvertes contient un code INSEE invalide' })
  communesCouvertes?: string[];

  @ApiPropertyOptional({ type: [SiteDto], description: 'Points des sites (WGS84)' })
  @IsOptional()
  @IsArray({ message: 'sites doit être une liste' })
  @ArrayMaxSize(20, { message: 'sites ne doit pas dépasser 20 points' })
  @ValidateNested({ each: true })
  @Type(() => SiteDto)
  sites?: SiteDto[];

  @ApiProperty({ enum: TYPES_PORTEUR })
  @IsIn(TYPES_PORTEUR, { message: `porteurType doit valoir ${TYPES_PORTEUR.join(', ')}` })
  porteurType!: (typeof TYPES_PORTEUR)[number];

  @ApiProperty({ example: 'Commune de Saint-Gaudens' })
  @IsString({ message: 'porteurNom doit être un texte' })
  @MinLength(2, { message: 'porteurNom doit contenir au moins 2 caractères' })
  @MaxLength(200, { message: 'porteurNom ne doit pas dépasser 200 caractères' })
  porteurNom!: string;

  @ApiPropertyOptional({ type: [ProfessionnelDto] })
  @IsOptional()
  @IsArray({ message: 'professionnels doit être une liste' })
  @ArrayMaxSize(PROFESSIONS.length, { message: 'professionnels : une ligne par profession' })
  @ValidateNested({ each: true })
  @Type(() => ProfessionnelDto)
  professionnels?: ProfessionnelDto[];

  @ApiPropertyOptional({ description: 'Projet de santé validé par l’ARS' })
  @IsOptional()
  @IsBoolean({ message: 'projetSanteValide doit être un booléen' })
  projetSanteValide?: boolean;

  @ApiPropertyOptional({ example: '2026-03-15' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'projetSanteDate doit être une date AAAA-MM-JJ' })
  projetSanteDate?: string;

  @ApiPropertyOptional({ enum: FORMES_JURIDIQUES })
  @IsOptional()
  @IsIn(FORMES_JURIDIQUES, { message: `formeJuridique doit valoir ${FORMES_JURIDIQUES.join(', ')}` })
  formeJuridique?: (typeof FORMES_JURIDIQUES)[number];

  @ApiPropertyOptional({ type: [LigneFinancementDto] })
  @IsOptional()
  @IsArray({ message: 'planFinancement doit être une liste' })
  @ArrayMaxSize(100, { message: 'planFinancement ne doit pas dépasser 100 lignes' })
  @ValidateNested({ each: true })
  @Type(() => LigneFinancementDto)
  planFinancement?: LigneFinancementDto[];

  @ApiPropertyOptional({ example: '2025-09-01' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'dateLancement doit être une date AAAA-MM-JJ' })
  dateLancement?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'dateOuverturePrevue doit être une date AAAA-MM-JJ' })
  dateOuverturePrevue?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'dateOuverture doit être une date AAAA-MM-JJ' })
  dateOuverture?: string;

  @ApiPropertyOptional({ type: [DocumentDto] })
  @IsOptional()
  @IsArray({ message: 'documents doit être une liste' })
  @ArrayMaxSize(50, { message: 'documents ne doit pas dépasser 50 liens' })
  @ValidateNested({ each: true })
  @Type(() => DocumentDto)
  documents?: DocumentDto[];
}

export class ModifierProjetDto extends PartialType(CreerProjetDto) {}

export class ProjetsQueryDto {
  @ApiPropertyOptional({ enum: ETAPES_PROJET })
  @IsOptional()
  @IsIn(ETAPES_PROJET, { message: `etape doit valoir ${ETAPES_PROJET.join(', ')}` })
  etape?: EtapeProjet;

  @ApiPropertyOptional({ enum: TYPES_PROJET })
  @IsOptional()
  @IsIn(TYPES_PROJET, { message: `type doit valoir ${TYPES_PROJET.join(', ')}` })
  type?: TypeProjet;
}

export class AnalyseProjetQueryDto {
  @ApiPropertyOptional({ description: 'Date à laquelle les aides sont évaluées (AAAA-MM-JJ) ; par défaut aujourd’hui (Paris)', example: '2026-03-01' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'date doit être au format AAAA-MM-JJ (ex. 2026-03-01)' })
  @IsISO8601({ strict: true }, { message: 'date doit être une date existante au format AAAA-MM-JJ' })
  date?: string;
}
