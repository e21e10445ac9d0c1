/** Wording shown everywhere the default unit is named (issue 13). */
export const LIBELLE_BASSIN_DE_VIE = 'bassin de vie 2022 (approximation ouverte des TVS)';
