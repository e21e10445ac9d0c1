import { Pipe, PipeTransform } from '@angular/core';

/**
 * French typography for texts coming from the API: a non-breaking space before « : ; ? ! » and inside « guillemets »,
 * so that a sign never starts a line (the API keeps plain spaces).
 */
export function typographier(texte: string): string {
  return texte.replace(/ ([:;?!»])/g, '\u00a0$1').replace(/« /g, '«\u00a0');
}

@Pipe({ name: 'typo' })
export class TypographiePipe implements PipeTransform {
  transform(texte: string | null | undefined): string {
    return texte ? typographier(texte) : '';
  }
}
