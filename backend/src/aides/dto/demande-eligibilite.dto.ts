import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { SITUATIONS, SITUATIONS_STRUCTURES, Situation } from '../regles/definition-aide';
import {
  CLASSES_ZONAGE_CONVENTIONNEL,
  CLASSES_ZONAGE_MEDECIN,
  FORMES_JURIDIQUES,
  MODES_EXERCICE,
  PROFESSIONS,
  SECTEURS,
  TYPES_CABINET,
  TYPES_PROJET,
} from '../regles/faits-connus';
import { EstDateCalendaire, versBooleen, versNombre } from './date-calendaire.validator';
import { SontDesReponses } from './reponses.validator';

const CLASSES_DECLARABLES = [...CLASSES_ZONAGE_MEDECIN, ...CLASSES_ZONAGE_CONVENTIONNEL];

const liste = (v: readonly string[]) => v.join(', ');

export class AideAnterieureDto {
  @ApiProperty({
    description: 'Identifiant de l’aide dans le catalogue (GET /api/aides), ou « autre-aide-installation » / « autre-aide-cabinet-secondaire »',
    example: 'caim',
  })
  @IsString({ message: 'code doit être un texte' })
  @MaxLength(80, { message: 'code ne doit pas dépasser 80 caractères' })
  code!: string;

  @ApiProperty({ description: 'Date d’attribution ou de signature (AAAA-MM-JJ)', example: '2020-05-01' })
  @EstDateCalendaire({ message: 'date doit être une date existante au format AAAA-MM-JJ' })
  date!: string;
}

export class StructureDto {
  @ApiPropertyOptional({ description: 'Médecins généralistes de la structure (MSP)', example: 3 })
  @IsOptional()
  @Transform(versNombre)
  @IsInt({ message: 'medecinsGeneralistes doit être un entier' })
  @Min(0, { message: 'medecinsGeneralistes doit être positif' })
  @Max(500, { message: 'medecinsGeneralistes ne doit pas dépasser 500' })
  medecinsGeneralistes?: number;

  @ApiPropertyOptional({ description: 'Autres professionnels de santé de la structure (infirmiers, kinésithérapeutes…)', example: 4 })
  @IsOptional()
  @Transform(versNombre)
  @IsInt({ message: 'autresProfessionnels doit être un entier' })
  @Min(0, { message: 'autresProfessionnels doit être positif' })
  @Max(2000, { message: 'autresProfessionnels ne doit pas dépasser 2000' })
  autresProfessionnels?: number;

  @ApiPropertyOptional({ description: 'Population couverte (CPTS : tranche de taille de l’ACI)', example: 60000 })
  @IsOptional()
  @Transform(versNombre)
  @IsInt({ message: 'populationCouverte doit être un entier' })
  @Min(1, { message: 'populationCouverte doit être au moins 1' })
  @Max(5_000_000, { message: 'populationCouverte ne doit pas dépasser 5 000 000' })
  populationCouverte?: number;

  @ApiPropertyOptional({ enum: FORMES_JURIDIQUES, description: 'Forme juridique (une MSP doit être en SISA pour l’ACI, ou l’être dans les 6 mois)' })
  @IsOptional()
  @IsIn(FORMES_JURIDIQUES, { message: `formeJuridique doit valoir ${liste(FORMES_JURIDIQUES)}` })
  formeJuridique?: string;

  @ApiPropertyOptional({ description: 'Un projet de santé est rédigé' })
  @IsOptional()
  @Transform(versBooleen)
  @IsBoolean({ message: 'projetDeSante doit être vrai ou faux' })
  projetDeSante?: boolean;

  @ApiPropertyOptional({ description: 'Le projet de santé est validé (ou reconnu) par l’ARS : condition des accords conventionnels (ACI) et du FIR' })
  @IsOptional()
  @Transform(versBooleen)
  @IsBoolean({ message: 'projetDeSanteValide doit être vrai ou faux' })
  projetDeSanteValide?: boolean;
}

/**
 * The question asked to the single window: a commune, a date and a situation. Only `commune` and
 * `situation` are required; every missing detail makes the criteria that need it "à confirmer" and is
 * listed in `aPreciser` — never a silent "non éligible".
 */
export class DemandeEligibiliteDto {
  @ApiProperty({ description: 'Code INSEE (COG 2026) de la commune du lieu d’exercice ou du projet', example: '09122' })
  @IsString({ message: 'commune doit être un code INSEE' })
  @Matches(/^(?:\d{5}|2[AaBb]\d{3})$/, { message: 'commune doit être un code INSEE à 5 caractères (ex. 09122, 2A004)' })
  commune!: string;

  @ApiPropertyOptional({
    description: 'Date à laquelle la question est posée (AAAA-MM-JJ), pour rejouer une réponse passée ; par défaut aujourd’hui (Paris)',
    example: '2026-03-01',
  })
  @IsOptional()
  @EstDateCalendaire({ message: 'date doit être une date existante au format AAAA-MM-JJ (ex. 2026-03-01)' })
  date?: string;

  @ApiProperty({
    enum: SITUATIONS,
    description:
      'Situation du demandeur : étudiant, interne, docteur junior, médecin qui s’installe, médecin installé, maître de stage, porteur de structure (MSP/CPTS/centre de santé), collectivité',
  })
  @IsIn(SITUATIONS, { message: `situation doit valoir ${liste(SITUATIONS)}` })
  situation!: Situation;

  @ApiPropertyOptional({
    enum: PROFESSIONS,
    description:
      'Profession : obligatoire pour un professionnel (étudiant, interne, docteur junior, remplaçant, installation, installé, maître de stage) ; pas pour une structure ou une collectivité',
  })
  @ValidateIf((d: DemandeEligibiliteDto) => d.profession !== undefined || !SITUATIONS_STRUCTURES.includes(d.situation))
  @IsIn(PROFESSIONS, {
    message: `profession est obligatoire pour un professionnel (une structure ou une collectivité n’en indique pas) et doit valoir ${liste(PROFESSIONS)}`,
  })
  profession?: string;

  @ApiPropertyOptional({ description: 'Première installation en exercice libéral' })
  @IsOptional()
  @Transform(versBooleen)
  @IsBoolean({ message: 'premiereInstallation doit être vrai ou faux' })
  premiereInstallation?: boolean;

  @ApiPropertyOptional({ description: 'Date d’installation, passée ou prévue (AAAA-MM-JJ)', example: '2025-09-01' })
  @IsOptional()
  @EstDateCalendaire({ message: 'dateInstallation doit être une date existante au format AAAA-MM-JJ' })
  dateInstallation?: string;

  @ApiPropertyOptional({ enum: TYPES_CABINET, description: 'Cabinet principal ou cabinet secondaire (aide au cabinet secondaire, exonération de CFE)' })
  @IsOptional()
  @IsIn(TYPES_CABINET, { message: `typeCabinet doit valoir ${liste(TYPES_CABINET)}` })
  typeCabinet?: string;

  @ApiPropertyOptional({
    enum: SECTEURS,
    description: 'Secteur conventionnel : secteur 1, secteur 2 adhérent OPTAM/OPTAM-ACO, secteur 2 sans OPTAM, non conventionné',
  })
  @IsOptional()
  @IsIn(SECTEURS, { message: `secteur doit valoir ${liste(SECTEURS)}` })
  secteur?: string;

  @ApiPropertyOptional({
    enum: MODES_EXERCICE,
    description: 'Mode d’exercice : individuel, cabinet de groupe, MSP, membre d’une CPTS, centre de santé, salarié',
  })
  @IsOptional()
  @IsIn(MODES_EXERCICE, { message: `modeExercice doit valoir ${liste(MODES_EXERCICE)}` })
  modeExercice?: string;

  @ApiPropertyOptional({ description: 'Jours d’activité par semaine dans la commune (0,5 à 7)', example: 4 })
  @IsOptional()
  @Transform(versNombre)
  @IsNumber({}, { message: 'joursParSemaine doit être un nombre' })
  @Min(0.5, { message: 'joursParSemaine doit être au moins 0,5' })
  @Max(7, { message: 'joursParSemaine ne doit pas dépasser 7' })
  joursParSemaine?: number;

  @ApiPropertyOptional({ description: 'Âge en années', example: 34 })
  @IsOptional()
  @Transform(versNombre)
  @IsInt({ message: 'age doit être un entier' })
  @Min(16, { message: 'age doit être au moins 16' })
  @Max(100, { message: 'age ne doit pas dépasser 100' })
  age?: number;

  @ApiPropertyOptional({ description: 'Participation à la permanence des soins ambulatoires (PDSA)' })
  @IsOptional()
  @Transform(versBooleen)
  @IsBoolean({ message: 'permanenceDesSoins doit être vrai ou faux' })
  permanenceDesSoins?: boolean;

  @ApiPropertyOptional({ description: 'Le lieu d’exercice est dans un quartier prioritaire de la politique de la ville (QPV)' })
  @IsOptional()
  @Transform(versBooleen)
  @IsBoolean({ message: 'dansQpv doit être vrai ou faux' })
  dansQpv?: boolean;

  @ApiPropertyOptional({ description: 'Code du QPV du lieu d’exercice (voir GET /api/aides/communes/:code)', example: 'QN01304M' })
  @IsOptional()
  @IsString({ message: 'codeQpv doit être un texte' })
  @Matches(/^Q[A-Z0-9]{5,9}$/, { message: 'codeQpv doit être un code de QPV (ex. QN01304M)' })
  codeQpv?: string;

  @ApiPropertyOptional({
    enum: CLASSES_DECLARABLES,
    description:
      'Classe de la commune lue dans l’arrêté de zonage de l’ARS en vigueur, pour le zonage de votre profession, quand le produit ne l’a pas chargé (la réponse dit que c’est votre déclaration)',
  })
  @IsOptional()
  @IsIn(CLASSES_DECLARABLES, { message: `classeZonageDeclaree doit valoir ${liste(CLASSES_DECLARABLES)}` })
  classeZonageDeclaree?: string;

  @ApiPropertyOptional({
    description: 'Réponses aux questions que les données ne tranchent pas : { "<clé de la question>": true | false } (clés données dans aPreciser)',
    example: { 'secteur-garde-zip': true },
  })
  @IsOptional()
  @SontDesReponses({ message: 'reponses doit être un objet { "clé-de-question": vrai ou faux } (clés en minuscules et tirets, 100 au plus)' })
  reponses?: Record<string, boolean>;

  @ApiPropertyOptional({
    type: [AideAnterieureDto],
    description: 'Aides à l’installation déjà perçues, avec leur date (règle des 10 ans). Liste vide : aucune. Absent : non renseigné (à confirmer).',
  })
  @IsOptional()
  @IsArray({ message: 'aidesAnterieures doit être une liste' })
  @ArrayMaxSize(20, { message: 'aidesAnterieures : 20 aides au plus' })
  @ValidateNested({ each: true })
  @Type(() => AideAnterieureDto)
  aidesAnterieures?: AideAnterieureDto[];

  @ApiPropertyOptional({ enum: TYPES_PROJET, description: 'Type de projet : individuel, MSP, CPTS, centre de santé' })
  @IsOptional()
  @IsIn(TYPES_PROJET, { message: `typeProjet doit valoir ${liste(TYPES_PROJET)}` })
  typeProjet?: string;

  @ApiPropertyOptional({ type: StructureDto, description: 'Taille et forme de la structure (MSP, CPTS, centre de santé)' })
  @IsOptional()
  @ValidateNested()
  @Type(() => StructureDto)
  structure?: StructureDto;
}

export class CommuneAidesQueryDto {
  @ApiPropertyOptional({ description: 'Date (AAAA-MM-JJ) ; par défaut aujourd’hui (Paris)', example: '2026-03-01' })
  @IsOptional()
  @EstDateCalendaire({ message: 'date doit être une date existante au format AAAA-MM-JJ (ex. 2026-03-01)' })
  date?: string;
}

export class CatalogueQueryDto {
  @ApiPropertyOptional({ description: 'Seulement les aides ouvertes à cette date (AAAA-MM-JJ)', example: '2026-03-01' })
  @IsOptional()
  @EstDateCalendaire({ message: 'date doit être une date existante au format AAAA-MM-JJ (ex. 2026-03-01)' })
  date?: string;

  @ApiPropertyOptional({
    enum: ['region', 'departement', 'epci', 'commune'],
    description: 'Avec territoireCode : aides nationales et aides locales de ce territoire',
  })
  @IsOptional()
  @IsIn(['region', 'departement', 'epci', 'commune'], { message: 'territoireType doit valoir region, departement, epci ou commune' })
  territoireType?: string;

  @ApiPropertyOptional({ description: 'Code du territoire (région, département, SIREN d’EPCI, code INSEE)', example: '76' })
  @IsOptional()
  @IsString({ message: 'territoireCode doit être un texte' })
  @MaxLength(12, { message: 'territoireCode ne doit pas dépasser 12 caractères' })
  territoireCode?: string;

  @ApiPropertyOptional({ enum: ['catalogue', 'locale'], description: 'Seulement les aides du catalogue national ou les aides locales' })
  @IsOptional()
  @IsIn(['catalogue', 'locale'], { message: 'origine doit valoir catalogue ou locale' })
  origine?: string;
}
