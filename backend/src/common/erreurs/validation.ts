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

function aplatir(erreurs: ValidationError[], prefixe = ''): DetailErreur[] {
  return erreurs.flatMap((e) => {
    const champ = prefixe ? `${prefixe}.${e.property}` : e.property;
    const ici = Object.values(e.constraints ?? {}).map((message) => ({
      champ,
      valeur: e.value,
      message: message.includes(champ) || message.startsWith(`${champ} `) ? message : `${champ} : ${message}`,
    }));
    return [...ici, ...aplatir(e.children ?? [], champ)];
  });
}
