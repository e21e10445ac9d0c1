const regles = new Intl.PluralRules('fr-FR');
const entier = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });

/** « 1 unité », « 3 unités » (French plural rules, French digit grouping). */
export function nombreDe(n: number, singulier: string, pluriel: string): string {
  return `${entier.format(n)} ${regles.select(n) === 'one' ? singulier : pluriel}`;
}
