/**
 * Activity counted for one GP in the APL supply (DREES, sheet « Paramètres »): consultations, visits and
 * teleconsultations of the year, under 250 → 0; 251 to 3,600 → 3,600; 3,601 to 6,000 → actual; over 6,000 → 6,000.
 * A liberal GP with no activity the previous year (new) is imputed 5,400; health centres are not capped.
 */
export const ACTIVITE_IMPUTEE_NOUVEAU_MEDECIN = 5400;

export interface ProfilActivite {
  /** no liberal activity the previous year: the DREES imputes 5,400 acts */
  nouveau?: boolean;
  /** salaried GP of a centre de santé: no caps */
  centreDeSante?: boolean;
}

export function activiteRetenue(actes: number, profil: ProfilActivite = {}): number {
  if (profil.nouveau) return ACTIVITE_IMPUTEE_NOUVEAU_MEDECIN;
  if (profil.centreDeSante) return Math.max(0, actes);
  if (actes <= 250) return 0;
  if (actes <= 3600) return 3600;
  return Math.min(actes, 6000);
}
