import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';

const TERRITOIRE = /^(commune|epci|departement|region):[0-9AB]{2,9}$/;
const CODE_COMMUNE = /^(?:\d{5}|2[AB]\d{3})$/;

export class ChoixScenarioDto {
  @ApiPropertyOptional({
    description: 'Hypothèse retenue pour chaque enjeu (numéro 1 à 6 → A, B ou C) ; un enjeu absent prend son hypothèse « observée » par défaut',
    example: { '1': 'C', '2': 'B', '3': 'B', '4': 'B', '5': 'B', '6': 'B' },
  })
  @IsOptional()
  @IsObject({ message: 'hypotheses doit être un objet { numéro d’enjeu : « A », « B » ou « C » }' })
  hypotheses?: Record<string, string>;

  @ApiPropertyOptional({
    description: 'Valeurs de leviers modifiées par l’utilisateur (code → nombre, ou { "5": nombre, "10": nombre } par horizon)',
    example: { ouverturesMspParAn: 400 },
  })
  @IsOptional()
  @IsObject({ message: 'leviers doit être un objet { code du levier : valeur }' })
  leviers?: Record<string, unknown>;
}

export class ScenariosDto {
  @ApiPropertyOptional({
    description: 'Territoire « type:code » (commune, EPCI, département, région) ; absent avec communes absent : la France entière',
    example: 'departement:23',
  })
  @IsOptional()
  @IsString({ message: 'territoire doit être un texte « type:code »' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().replace(/:(.*)$/, (_, c: string) => `:${c.toUpperCase()}`) : value))
  @Matches(TERRITOIRE, { message: 'territoire doit avoir la forme « type:code », par exemple departement:23 ou epci:200067106' })
  territoire?: string;

  @ApiPropertyOptional({ description: 'Ou : liste de codes INSEE de communes (un ensemble choisi)', example: ['23096', '23176'] })
  @IsOptional()
  @IsArray({ message: 'communes doit être une liste de codes INSEE' })
  @ArrayMinSize(1, { message: 'communes doit contenir au moins une commune' })
  @ArrayMaxSize(40000, { message: 'communes ne peut pas dépasser 40 000 codes' })
  @Matches(CODE_COMMUNE, { each: true, message: 'chaque code de communes doit être un code INSEE à 5 caractères (ex. 2A004)' })
  communes?: string[];

  @ApiPropertyOptional({ description: 'Millésime de l’APL de départ (défaut : le plus récent chargé)', example: 2023 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'annee doit être une année (entier)' })
  @Min(2000, { message: 'annee doit être postérieure à 2000' })
  @Max(2100, { message: 'annee doit être antérieure à 2100' })
  annee?: number;

  @ApiProperty({ type: ChoixScenarioDto, description: 'Scénario observé (où mène la dynamique actuelle)' })
  @IsObject({ message: 'observe doit être un objet { hypotheses, leviers }' })
  @ValidateNested()
  @Type(() => ChoixScenarioDto)
  observe!: ChoixScenarioDto;

  @ApiProperty({ type: ChoixScenarioDto, description: 'Scénario cible (où les partenaires veulent aller)' })
  @IsObject({ message: 'cible doit être un objet { hypotheses, leviers }' })
  @ValidateNested()
  @Type(() => ChoixScenarioDto)
  cible!: ChoixScenarioDto;

  @ApiPropertyOptional({
    description: 'Valeurs modifiées du cadre démographique commun aux deux scénarios (départs, effectifs, docteurs juniors)',
    example: { docteursJuniors: 3700 },
  })
  @IsOptional()
  @IsObject({ message: 'cadre doit être un objet { code du levier : valeur }' })
  cadre?: Record<string, unknown>;

  @ApiPropertyOptional({
    description: 'Joindre les valeurs de toutes les communes pour les cartes (tableaux alignés sur GET /api/prospective/communes)',
    default: false,
  })
  @IsOptional()
  @IsBoolean({ message: 'carte doit être vrai ou faux' })
  carte?: boolean;

  @ApiPropertyOptional({ description: 'Calculer l’écart dû à chaque levier et à chaque enjeu (« ce qui fait le plus bouger le territoire »)', default: true })
  @IsOptional()
  @IsBoolean({ message: 'detailLeviers doit être vrai ou faux' })
  detailLeviers?: boolean;

  @ApiPropertyOptional({ description: 'Horizons en années (5 et/ou 10)', example: [5, 10], default: [5, 10] })
  @IsOptional()
  @IsArray({ message: 'horizons doit être une liste parmi 5 et 10' })
  @IsIn([5, 10], { each: true, message: 'horizons ne peut contenir que 5 et 10' })
  horizons?: number[];
}
