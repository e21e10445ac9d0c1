import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';
import { CompteDto } from './compte.dto';

export class ConnexionDto {
  @ApiProperty({ description: 'Adresse électronique du compte', example: 'planificateur@ars.sante.fr' })
  @IsEmail({}, { message: 'email doit être une adresse électronique valide' })
  @MaxLength(254, { message: 'email ne doit pas dépasser 254 caractères' })
  email!: string;

  @ApiProperty({ description: 'Mot de passe', format: 'password' })
  @IsString({ message: 'motDePasse doit être un texte' })
  @MinLength(1, { message: 'motDePasse est obligatoire' })
  @MaxLength(200, { message: 'motDePasse ne doit pas dépasser 200 caractères' })
  motDePasse!: string;
}

export class JetonDto {
  @ApiProperty({ description: 'Jeton JWT (HS256) à envoyer dans l’en-tête « Authorization: Bearer … »' }) jeton!: string;
  @ApiProperty({ example: 'Bearer' }) type!: 'Bearer';
  @ApiProperty({ description: 'Expiration du jeton (ISO 8601)' }) expireLe!: string;
  @ApiProperty({ type: () => CompteDto }) utilisateur!: CompteDto;
}
