import { fichierInvalide } from '../common/fichiers/decoder-texte';
import { decouperLigne, lignesDe } from '../common/fichiers/decouper-ligne';
import { LigneClasseSource } from './classes-par-commune';
import { lireExportCartoSante } from './lecture-cartosante';

export interface FichierZonageLu {
  format: 'cartosante' | 'csv-insee';
  indicateur: string;
  lignes: LigneClasseSource[];
}

const ENTETE_CSV_INSEE = ['code_insee', 'nom', 'zonage_mg'];

/**
 * Reads a zonage file by commune: the raw CartoSanté export (`Code;Libellé;<indicator>` after title lines),
 * or the shipped CSV joined to INSEE codes (`code_insee,nom,zonage_mg,zrr,…`).
 */
export function lireFichierZonage(texte: string, nomFichier: string): FichierZonageLu {
  const premiere = lignesDe(texte.slice(0, 2000))[0] ?? '';
  if (premiere.startsWith('code_insee,')) {
    const lignes = lignesDe(texte);
    const entete = decouperLigne(lignes[0], ',');
    if (ENTETE_CSV_INSEE.some((c, i) => entete[i] !== c)) {
      throw fichierInvalide(nomFichier, `en-tête inattendu « ${lignes[0]} » : attendu « ${ENTETE_CSV_INSEE.join(',')},… ».`, [
        { ligne: 1, valeur: lignes[0], message: 'en-tête inattendu' },
      ]);
    }
    const resultat: LigneClasseSource[] = [];
    const tronquees = [];
    for (let i = 1; i < lignes.length; i++) {
      const champs = decouperLigne(lignes[i], ',');
      if (champs.length < entete.length)
        tronquees.push({ ligne: i + 1, valeur: lignes[i].slice(0, 80), message: `${champs.length} colonne(s) au lieu de ${entete.length}` });
      else resultat.push({ ligne: i + 1, code: champs[0].trim(), valeur: champs[2].trim() });
    }
    if (tronquees.length) throw fichierInvalide(nomFichier, `${tronquees.length} ligne(s) incomplètes : fichier tronqué ?`, tronquees.slice(0, 50));
    return { format: 'csv-insee', indicateur: 'zonage_mg', lignes: resultat };
  }
  const exportCs = lireExportCartoSante(texte, nomFichier);
  return { format: 'cartosante', indicateur: exportCs.indicateur, lignes: exportCs.lignes.map((l) => ({ ligne: l.ligne, code: l.code, valeur: l.valeur })) };
}
