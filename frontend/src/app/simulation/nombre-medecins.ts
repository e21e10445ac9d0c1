/** Bounds of a number of GPs in one change (the API's: 1 to 200). */
export const NOMBRE_MIN = 1;
export const NOMBRE_MAX = 200;

/** The French message for a wrong number of GPs, null when it is a whole number from 1 to 200. */
export function messageNombre(saisie: string): string | null {
  const texte = saisie.trim();
  if (texte === '') return 'Indiquez un nombre de médecins.';
  const n = Number(texte.replace(',', '.'));
  if (!Number.isFinite(n)) return 'Le nombre de médecins doit être un nombre.';
  if (!Number.isInteger(n)) return 'Le nombre de médecins doit être un nombre entier.';
  if (n < NOMBRE_MIN) return `Le nombre de médecins doit être d’au moins ${NOMBRE_MIN}.`;
  if (n > NOMBRE_MAX) return `Le nombre de médecins ne peut pas dépasser ${NOMBRE_MAX}.`;
  return null;
}
