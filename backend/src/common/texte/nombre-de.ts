const regles = new Intl.PluralRules('fr-FR');
const entier = new Intl.NumberFormat('fr-FR');

/** « 1 ligne », « 3 lignes », « 0 ligne » (French plural rules, number with French separators). */
export function nombreDe(n: number, singulier: string, pluriel: string): string {
  return `${entier.format(n)} ${regles.select(n) === 'one' ? singulier : pluriel}`;
}
