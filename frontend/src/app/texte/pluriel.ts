const REGLES = new Intl.PluralRules('fr-FR');

/**
 * « 0 commune », « 1 commune », « 2 communes »: the French plural of `singulier` for `n` (Intl.PluralRules: 0 and 1
 * take the singular), with the number written the French way. `pluriel` defaults to `singulier` + « s ».
 */
export function nombreEtNom(n: number, singulier: string, pluriel = `${singulier}s`): string {
  return `${n.toLocaleString('fr-FR')}\u00a0${REGLES.select(n) === 'one' ? singulier : pluriel}`;
}

/** The word for `n` alone (French rules: 0 and 1 take the singular), when the number is written elsewhere. */
export function accord(n: number, singulier: string, pluriel = `${singulier}s`): string {
  return REGLES.select(n) === 'one' ? singulier : pluriel;
}

/** « 1er », « 2e », « 10e » (ranks, French abbreviation). */
export function rang(n: number): string {
  return n === 1 ? '1er' : `${n.toLocaleString('fr-FR')}e`;
}
