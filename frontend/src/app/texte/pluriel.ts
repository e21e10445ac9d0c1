const REGLES = new Intl.PluralRules('fr-FR');

/**
 * « 0 commune », « 1 commune », « 2 communes »: the French plural of `singulier` for `n` (Intl.PluralRules: 0 and 1
 * take the singular), with the number written the French way. `pluriel` defaults to `singulier` + « s ».
 */
export function nombreEtNom(n: number, singulier: string, pluriel = `${singulier}s`): string {
  return `${n.toLocaleString('fr-FR')}\u00a0${REGLES.select(n) === 'one' ? singulier : pluriel}`;
}
