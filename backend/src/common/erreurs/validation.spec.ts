import { BadRequestException } from '@nestjs/common';
import { IsInt, IsOptional, IsString, Max, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { creerValidationPipe } from './validation';

class Ligne {
  @IsInt() @Max(10) n!: number;
}
class Facultatif {
  @IsOptional() @IsInt() n?: number;
}
class Corps {
  @IsString({ message: 'nom doit être un texte' }) nom!: string;
  @IsOptional() @ValidateNested({ each: true }) @Type(() => Ligne) lignes?: Ligne[];
}

async function refus(valeur: unknown, metatype: new () => object = Corps) {
  try {
    await creerValidationPipe().transform(valeur, { type: 'body', metatype });
    return null;
  } catch (e) {
    return (e as BadRequestException).getResponse() as { message: string; details: { champ: string; message: string; valeur?: unknown }[] };
  }
}

describe('creerValidationPipe', () => {
  it('keeps the DTO’s French messages and names the field', async () => {
    expect((await refus({ nom: 3 }))?.details).toEqual([{ champ: 'nom', valeur: 3, message: 'nom doit être un texte' }]);
  });

  it('words class-validator’s own messages in French: unexpected field, nested object, default constraints', async () => {
    const r = await refus({ nom: 'x', role: 'admin', lignes: [{ n: 11 }, 'pas un objet'] });
    expect(r?.details).toEqual(
      expect.arrayContaining([
        { champ: 'role', message: 'role n’est pas un champ attendu' },
        { champ: 'lignes.0.n', valeur: 11, message: 'lignes.0.n ne doit pas dépasser 10' },
        expect.objectContaining({ champ: 'lignes.1', message: 'lignes.1 doit être un objet (ou une liste d’objets)' }),
      ]),
    );
    expect(r?.message).not.toMatch(/should|must/);
  });

  it('words the pipe’s refusal of a body that is a list instead of an object in French (fuzz: POST /api/acces/recalcul with [])', async () => {
    const r = await refus([], Facultatif);
    expect(r?.message).not.toMatch(/Validation failed|expected/);
    expect(r?.message).toContain('le corps de la requête doit être un objet JSON');
  });
});
