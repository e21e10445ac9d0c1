import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsNumber, IsOptional, IsString, Matches, Max, Min, ValidateNested } from 'class-validator';

export const INDICATEURS_COMMUNES = ['apl', 'apl_moins_65', 'fragilite', 'classe', 'evolution'] as const;
export type IndicateurCommune = (typeof INDICATEURS_COMMUNES)[number];

const CODE_COMMUNE = /^(?:\d{5}|2[AB]\d{3})$/;
const TERRITOIRE = /^(commune|epci|departement|region):[0-9AB]{2,9}$/;
const enMajuscules = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toUpperCase() : value);

export class AnneeQueryDto {
  @ApiPropertyOptional({ description: 'Millésime de l’APL (défaut : le plus récent chargé)', example: 2023 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'annee doit être une année (entier)' })
  @Min(2000, { message: 'annee doit être postérieure à 2000' })
  @Max(2100, { message: 'annee doit être antérieure à 2100' })
  annee?: number;
}

export class IndicateurCommunesQueryDto extends AnneeQueryDto {
  @ApiProperty({ enum: INDICATEURS_COMMUNES, description: 'Indicateur à cartographier', example: 'apl' })
  @IsIn(INDICATEURS_COMMUNES, { message: `indicateur doit valoir ${INDICATEURS_COMMUNES.join(', ')}` })
  indicateur!: IndicateurCommune;
}

export class ZonesQueryDto extends AnneeQueryDto {
  @ApiProperty({ description: 'Territoire « type:code »', example: 'departement:42' })
  @IsString({ message: 'territoire doit être un texte « type:code »' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().replace(/:(.*)$/, (_, c: string) => `:${c.toUpperCase()}`) : value))
  @Matches(TERRITOIRE, { message: 'territoire doit avoir la forme « type:code », par exemple departement:42 ou epci:244200770' })
  territoire!: string;

  @ApiPropertyOptional({ description: 'Classes retenues, séparées par des virgules', default: 'sous_dotee,fragile_menacee,fragile' })
  @IsOptional()
  @IsString({ message: 'classes doit être une liste séparée par des virgules' })
  classes?: string;
}

export class HorizonQueryDto extends AnneeQueryDto {
  @ApiPropertyOptional({ description: 'Part des départs remplacés par de nouvelles installations (0 à 1)', default: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsNumber({}, { message: 'remplacement doit être un nombre entre 0 et 1' })
  @Min(0, { message: 'remplacement doit être au moins 0' })
  @Max(1, { message: 'remplacement ne doit pas dépasser 1' })
  remplacement?: number;

  @ApiPropertyOptional({
    description:
      'Hypothèse : part de l’offre des médecins de moins de 65 ans qui atteindront 65 ans d’ici 10 ans (0 à 1 ; inconnue sans import RPPS avec âges)',
    default: 0,
  })
  @IsOptional()
  @Type(() => Number)
  @IsNumber({}, { message: 'la part des médecins de moins de 65 ans partant en 10 ans (departsMoins65) doit être un nombre entre 0 et 1' })
  @Min(0, { message: 'la part des médecins de moins de 65 ans partant en 10 ans (departsMoins65) doit être au moins 0' })
  @Max(1, { message: 'la part des médecins de moins de 65 ans partant en 10 ans (departsMoins65) ne doit pas dépasser 1' })
  departsMoins65?: number;
}

export class SelectionDto extends AnneeQueryDto {
  @ApiProperty({ type: [String], description: 'Codes INSEE (COG 2026) des communes de la sélection', example: ['42218', '42207'] })
  @IsArray({ message: 'communes doit être une liste de codes INSEE' })
  @ArrayMinSize(1, { message: 'communes doit contenir au moins une commune' })
  @ArrayMaxSize(40000, { message: 'communes ne doit pas dépasser 40 000 codes' })
  @Transform(({ value }) => (Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.trim().toUpperCase() : v)) : value))
  @Matches(CODE_COMMUNE, { each: true, message: 'chaque code de communes doit être un code INSEE (ex. 42218, 2A004)' })
  communes!: string[];
}

export const TYPES_CHANGEMENT = [
  'ajout_medecins',
  'retrait_medecins',
  'ouverture_msp',
  'ajout_consultations',
  'retrait_consultations',
  'depart_retraite',
] as const;
export type TypeChangement = (typeof TYPES_CHANGEMENT)[number];

export class ChangementDto {
  @ApiProperty({
    enum: TYPES_CHANGEMENT,
    description:
      'ajout_medecins / retrait_medecins / ouverture_msp (commune + nombre de médecins) ; ajout_consultations / retrait_consultations (commune + consultations) ; depart_retraite (territoire ou commune, ageMin = 65)',
  })
  @IsIn(TYPES_CHANGEMENT, { message: `type doit valoir ${TYPES_CHANGEMENT.join(', ')}` })
  type!: TypeChangement;

  @ApiPropertyOptional({ description: 'Commune d’installation (code INSEE COG 2026)', example: '42218' })
  @IsOptional()
  @Transform(enMajuscules)
  @Matches(CODE_COMMUNE, { message: 'commune doit être un code INSEE (ex. 42218, 2A004)' })
  commune?: string;

  @ApiPropertyOptional({ description: 'Territoire « type:code » (départs en retraite)', example: 'departement:42' })
  @IsOptional()
  @Matches(TERRITOIRE, { message: 'territoire doit avoir la forme « type:code », par exemple departement:42' })
  territoire?: string;

  @ApiPropertyOptional({ description: 'Nombre de médecins généralistes (1 à 200)', example: 3 })
  @IsOptional()
  @IsInt({ message: 'nombre doit être un entier' })
  @Min(1, { message: 'nombre doit être au moins 1' })
  @Max(200, { message: 'nombre ne doit pas dépasser 200' })
  nombre?: number;

  @ApiPropertyOptional({ description: 'Consultations et visites par an (1 à 1 000 000)', example: 5400 })
  @IsOptional()
  @IsNumber({}, { message: 'consultations doit être un nombre' })
  @Min(1, { message: 'consultations doit être au moins 1' })
  @Max(1_000_000, { message: 'consultations ne doit pas dépasser 1 000 000' })
  consultations?: number;

  @ApiPropertyOptional({ description: 'Âge à partir duquel les médecins partent (seul 65 est connu sans âges RPPS)', default: 65 })
  @IsOptional()
  @IsInt({ message: 'ageMin doit être un entier' })
  @Min(55, { message: 'ageMin doit être au moins 55' })
  @Max(75, { message: 'ageMin ne doit pas dépasser 75' })
  ageMin?: number;
}

export class ScenarioDto extends AnneeQueryDto {
  @ApiProperty({ type: [ChangementDto], description: 'Changements de l’offre, cumulés' })
  @IsArray({ message: 'changements doit être une liste' })
  @ArrayMinSize(1, { message: 'changements doit contenir au moins un changement' })
  @ArrayMaxSize(200, { message: 'changements ne doit pas dépasser 200 éléments' })
  @ValidateNested({ each: true })
  @Type(() => ChangementDto)
  changements!: ChangementDto[];

  @ApiPropertyOptional({
    description:
      'Activité annuelle d’un médecin ajouté ou retiré (consultations et visites ; défaut 5 400, activité imputée par la DREES à un médecin nouvellement installé). Comptée avec les plafonds DREES : moins de 250 → 0, de 251 à 3 600 → 3 600, plus de 6 000 → 6 000.',
    default: 5400,
  })
  @IsOptional()
  @IsNumber({}, { message: 'consultationsParMedecin doit être un nombre' })
  @Min(0, { message: 'consultationsParMedecin doit être au moins 0' })
  @Max(20000, { message: 'consultationsParMedecin ne doit pas dépasser 20 000 consultations par an' })
  consultationsParMedecin?: number;
}
