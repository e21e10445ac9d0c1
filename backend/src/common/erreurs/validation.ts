import { BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';
import { DetailErreur } from './erreur-domaine';

/** Global DTO validation: every refused field is reported with its name and a French message. */
export function creerValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (erreurs: ValidationError[]) => {
      const details = aplatir(erreurs);
      return new BadRequestException({
        message: `Entrée invalide : ${details.map((d) => d.message).join(' ; ')}`,
        details,
      });
    },
  });
}

/**
 * class-validator's own (English) messages, by constraint name, for the constraints a DTO left without a
 * French `message` — `whitelistValidation` (an unexpected field) and `nestedValidation` (a nested object
 * that is not one) always are. `{n}` is the bound class-validator put in its message, when there is one.
 */
const FRANCAIS_PAR_CONTRAINTE: Record<string, string> = {
  whitelistValidation: 'n’est pas un champ attendu',
  nestedValidation: 'doit être un objet (ou une liste d’objets)',
  isDefined: 'est obligatoire',
  isNotEmpty: 'ne doit pas être vide',
  isString: 'doit être un texte',
  isInt: 'doit être un entier',
  isNumber: 'doit être un nombre',
  isNumberString: 'doit être un nombre',
  isBoolean: 'doit être un booléen',
  isArray: 'doit être une liste',
  isObject: 'doit être un objet',
  isDate: 'doit être une date ISO 8601',
  isDateString: 'doit être une date ISO 8601 (AAAA-MM-JJ)',
  isIso8601: 'doit être une date ISO 8601 (AAAA-MM-JJ)',
  isUuid: 'doit être un UUID',
  isEmail: 'doit être une adresse électronique valide',
  isUrl: 'doit être une adresse web (URL)',
  isIn: 'doit valoir l’une des valeurs admises',
  isEnum: 'doit valoir l’une des valeurs admises',
  matches: 'n’a pas le format attendu',
  min: 'doit être au moins {n}',
  max: 'ne doit pas dépasser {n}',
  minLength: 'doit compter au moins {n} caractères',
  maxLength: 'ne doit pas dépasser {n} caractères',
  arrayMinSize: 'doit compter au moins {n} éléments',
  arrayMaxSize: 'ne doit pas dépasser {n} éléments',
  arrayNotEmpty: 'ne doit pas être vide',
  arrayUnique: 'ne doit pas contenir de doublon',
  isPositive: 'doit être positif',
  isLatitude: 'doit être une latitude (−90 à 90)',
  isLongitude: 'doit être une longitude (−180 à 180)',
};

/** class-validator's default messages are English ("… must be …", "… should not exist"); ours are French. */
const MESSAGE_ANGLAIS = /\b(must|should|shouldn't|each value in|nested property|property|validation failed|is expected)\b/i;

/** The pipe's own refusal of a body that is not an object (« Validation failed (object is expected) »). */
const TYPE_ATTENDU = /validation failed \((\w+) is expected\)/i;
const TYPES_EN_FRANCAIS: Record<string, string> = {
  object: 'un objet JSON',
  array: 'une liste',
  string: 'un texte',
  number: 'un nombre',
  boolean: 'un booléen',
};

function messageFrancais(champ: string, contrainte: string, message: string): string {
  const type = TYPE_ATTENDU.exec(message)?.[1]?.toLowerCase();
  if (type) return `${champ === 'body' ? 'le corps de la requête' : champ} doit être ${TYPES_EN_FRANCAIS[type] ?? 'd’un autre type'}`;
  if (!MESSAGE_ANGLAIS.test(message)) return message.includes(champ) || message.startsWith(`${champ} `) ? message : `${champ} : ${message}`;
  const borne = /(-?\d+(\.\d+)?)/.exec(message)?.[1] ?? '';
  const gabarit = FRANCAIS_PAR_CONTRAINTE[contrainte] ?? 'n’est pas une valeur admise';
  return `${champ} ${gabarit.replace('{n}', borne)}`;
}

function aplatir(erreurs: ValidationError[], prefixe = ''): DetailErreur[] {
  return erreurs.flatMap((e) => {
    const champ = prefixe ? `${prefixe}.${e.property}` : e.property;
    // An unexpected field's value is not echoed back (it may be anything, of any size).
    const ici = Object.entries(e.constraints ?? {}).map(([contrainte, message]) => ({
      champ,
      ...(contrainte === 'whitelistValidation' ? {} : { valeur: e.value }),
      message: messageFrancais(champ, contrainte, message),
    }));
    return [...ici, ...aplatir(e.children ?? [], champ)];
  });
}
