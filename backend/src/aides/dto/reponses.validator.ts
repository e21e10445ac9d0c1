import { ValidateBy, ValidationOptions } from 'class-validator';
import { CLE_QUESTION } from '../regles/verifier-definition';

/** At most this many answers in one request (a commune's aids ask a few dozen questions). */
const REPONSES_MAX = 100;

/**
 * Answers to the questions the data cannot settle: `{ "<cle>": true | false }`, keys in lower case with dashes. Whether
 * each key is a question actually asked is checked by the service, which knows the commune's aids.
 */
export function SontDesReponses(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'sontDesReponses',
      validator: {
        validate: (v: unknown) =>
          typeof v === 'object' &&
          v !== null &&
          !Array.isArray(v) &&
          Object.keys(v).length <= REPONSES_MAX &&
          Object.entries(v).every(([cle, valeur]) => CLE_QUESTION.test(cle) && cle.length <= 80 && typeof valeur === 'boolean'),
      },
    },
    options,
  );
}
