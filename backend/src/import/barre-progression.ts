import { MultiBar, Presets, SingleBar } from 'cli-progress';
import { EtatImport } from './etat-import';

/** Terminal progress bar for the first-start import and the `npm run import` CLI. */
export function afficherProgression(): (etat: EtatImport) => void {
  if (!process.stdout.isTTY) return afficherProgressionTexte();
  const multi = new MultiBar(
    { format: ' {bar} {percentage}% | {etape}', hideCursor: true, clearOnComplete: false, stopOnComplete: false },
    Presets.shades_classic,
  );
  let barre: SingleBar | null = null;
  let jeu: string | null = null;
  return (etat) => {
    if (etat.jeuEnCours !== jeu) {
      barre?.update(barre.getTotal());
      jeu = etat.jeuEnCours;
      barre = jeu ? multi.create(100, 0, { etape: etat.etape ?? jeu }) : null;
    }
    if (barre && etat.total > 0) barre.update(Math.round((100 * etat.fait) / etat.total), { etape: `${jeu} — ${etat.etape ?? ''}` });
    if (!etat.enCours) multi.stop();
  };
}

/** Without a terminal (CI, logs): one line per step, with the percentage. */
function afficherProgressionTexte(): (etat: EtatImport) => void {
  let derniere = '';
  return (etat) => {
    if (!etat.enCours || !etat.jeuEnCours) return;
    const pct = etat.total > 0 ? Math.floor((10 * etat.fait) / etat.total) * 10 : 0;
    const ligne = `[import ${etat.jeuxTermines + 1}/${etat.jeuxTotal}] ${etat.jeuEnCours} — ${etat.etape ?? ''} ${pct}%`;
    if (ligne !== derniere) {
      derniere = ligne;
      process.stdout.write(ligne + '\n');
    }
  };
}
