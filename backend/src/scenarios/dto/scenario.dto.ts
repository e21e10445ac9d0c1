import { ApiProperty, PickType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsString, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { ChangementDto } from '../../acces/dto/requetes.dto';

/** Letters, digits, spaces and usual punctuation; no control characters (they would not print in a list). */
const NOM = /^[^\p{Cc}\p{Cf}]*$/u;

export class CreerScenarioDto {
  @ApiProperty({ description: 'Nom du scénario, unique pour le compte (1 à 120 caractères)', example: 'MSP de Boussac, 3 médecins' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().replace(/\s+/g, ' ') : value))
  @IsString({ message: 'nom doit être un texte' })
  @MinLength(1, { message: 'nom est obligatoire' })
  @MaxLength(120, { message: 'nom ne doit pas dépasser 120 caractères' })
  @Matches(NOM, { message: 'nom ne doit pas contenir de caractères de contrôle' })
  nom!: string;

  @ApiProperty({ type: [ChangementDto], description: 'Changements de l’offre, tels que la simulation les prend' })
  @IsArray({ message: 'changements doit être une liste' })
  @ArrayMinSize(1, { message: 'changements doit contenir au moins un changement' })
  @ArrayMaxSize(200, { message: 'changements ne doit pas dépasser 200 éléments' })
  @ValidateNested({ each: true })
  @Type(() => ChangementDto)
  changements!: ChangementDto[];
}

/** A new name for a saved scenario: the same rules as when it was saved (trimmed, 1 to 120 characters, unique). */
export class RenommerScenarioDto extends PickType(CreerScenarioDto, ['nom'] as const) {}
