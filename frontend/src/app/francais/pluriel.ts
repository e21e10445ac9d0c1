const REGLES = new Intl.PluralRules('fr-FR');
const ENTIER = new Intl.NumberFormat('fr-FR');

/** The word for `n` (French rules: 0 and 1 take the singular). */
export function accord(n: number, singulier: string, pluriel: string): string {
  return REGLES.select(n) === 'one' ? singulier : pluriel;
}

/** « 0 commune », « 1 commune », « 12 345 communes ». */
export function nombreDe(n: number, singulier: string, pluriel: string): string {
  return `${ENTIER.format(n)} ${accord(n, singulier, pluriel)}`;
}

/** « 1er », « 2e », « 10e » (ranks, French abbreviation). */
export function rang(n: number): string {
  return n === 1 ? '1er' : `${ENTIER.format(n)}e`;
}
