import { fichierInvalide } from '../common/fichiers/decoder-texte';
import { decouperLigne, lignesDe } from '../common/fichiers/decouper-ligne';
import { nombreDe } from '../common/texte/nombre-de';

export interface LigneCartoSante {
  /** 1-based line number in the file (title lines included), for error reports. */
  ligne: number;
  code: string;
  libelle: string;
  valeur: string;
}

export interface ExportCartoSante {
  titre: string[];
  indicateur: string;
  lignes: LigneCartoSante[];
}

const NB_LIGNES_TITRE_MAX = 5;

/**
 * Reads a CartoSanté export: one or two title lines (`CartoSanté; ;`, `Référentiel géographique : …`),
 * then the header `Code;Libellé;<indicator>` and one line per territory. Fails loudly on anything else
 * (another export, a spreadsheet saved with other columns, a truncated file).
 */
export function lireExportCartoSante(texte: string, nomFichier: string): ExportCartoSante {
  const lignes = lignesDe(texte);
  const iEntete = lignes.slice(0, NB_LIGNES_TITRE_MAX + 1).findIndex((l) => /^"?Code"?;"?Libell[ée]"?;/i.test(l));
  if (iEntete < 0) {
    throw fichierInvalide(
      nomFichier,
      'format non reconnu : un export CartoSanté commence par une ou deux lignes de titre puis l’en-tête « Code;Libellé;<indicateur> ».',
      [{ ligne: 1, valeur: lignes[0]?.slice(0, 80) ?? '', message: 'en-tête « Code;Libellé;… » introuvable dans les premières lignes' }],
    );
  }
  const entete = decouperLigne(lignes[iEntete], ';').map((c) => c.trim());
  if (entete.length < 3 || !entete[2]) {
    throw fichierInvalide(nomFichier, 'l’en-tête doit avoir 3 colonnes : Code;Libellé;<indicateur>.', [
      { ligne: iEntete + 1, valeur: lignes[iEntete], message: 'colonne indicateur absente' },
    ]);
  }
  const resultat: LigneCartoSante[] = [];
  const tronquees: { ligne: number; valeur: string; message: string }[] = [];
  for (let i = iEntete + 1; i < lignes.length; i++) {
    if (lignes[i].trim() === '') continue;
    const champs = decouperLigne(lignes[i], ';');
    if (champs.length < 3) {
      tronquees.push({ ligne: i + 1, valeur: lignes[i].slice(0, 80), message: `${nombreDe(champs.length, 'colonne', 'colonnes')} au lieu de 3` });
      continue;
    }
    resultat.push({ ligne: i + 1, code: champs[0].trim(), libelle: champs[1].trim(), valeur: champs[2].trim() });
  }
  if (tronquees.length) {
    throw fichierInvalide(
      nomFichier,
      `${nombreDe(tronquees.length, 'ligne incomplète', 'lignes incomplètes')} : le fichier est tronqué ou n’est pas un export CartoSanté.`,
      tronquees.slice(0, 50),
    );
  }
  if (resultat.length === 0) throw fichierInvalide(nomFichier, 'aucune ligne de données après l’en-tête.');
  return { titre: lignes.slice(0, iEntete), indicateur: entete[2], lignes: resultat };
}
