import { EtatImport } from './etat-import';

/** Whole-run progress of an import in percent: datasets done plus the share of the current one. */
export function pourcentageImport(etat: EtatImport): number {
  if (etat.jeuxTotal === 0) return 0;
  const partCourante = etat.jeuEnCours && etat.total > 0 ? Math.min(1, etat.fait / etat.total) : 0;
  return Math.min(100, Math.round((100 * (etat.jeuxTermines + partCourante)) / etat.jeuxTotal));
}

/** « 42 %, jeu 5 sur 12 : Accès aux soins (APL) » — what a refusal during the import tells the reader. */
export function libelleProgression(etat: EtatImport): string {
  const jeu = etat.jeuEnCours ? `, jeu ${Math.min(etat.jeuxTermines + 1, etat.jeuxTotal)} sur ${etat.jeuxTotal}${etat.etape ? ` : ${etat.etape}` : ''}` : '';
  return `${pourcentageImport(etat)} %${jeu}`;
}
