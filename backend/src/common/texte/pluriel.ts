const REGLES = new Intl.PluralRules('fr-FR');

/**
 * « 1 aide », « 2 aides », « 0 aide » — French plural chosen by `Intl.PluralRules` (0 and 1 are singular in
 * French), never « aide(s) ». `formes` gives the singular and the plural; the number is formatted fr-FR with a
 * non-breaking space as thousands separator.
 */
export function pluriel(n: number, singulier: string, plurielForme: string): string {
  const forme = REGLES.select(n) === 'one' ? singulier : plurielForme;
  return `${n.toLocaleString('fr-FR').replace(/\u202f/g, '\u00a0')} ${forme}`;
}

/** Only the word, agreed with `n` (for sentences where the number is written elsewhere). */
export function accorder(n: number, singulier: string, plurielForme: string): string {
  return REGLES.select(n) === 'one' ? singulier : plurielForme;
}
