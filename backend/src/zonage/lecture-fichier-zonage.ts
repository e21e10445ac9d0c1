import { fichierInvalide } from '../common/fichiers/decoder-texte';
import { decouperLigne, lignesDe } from '../common/fichiers/decouper-ligne';
import { LigneIgnoree } from '../import/importateur';
import { LigneClasseSource } from './classes-par-commune';
import { IndexCodePostalNom, joindreCodePostalNom, LigneCodePostalNom } from './jointure-code-postal-nom';
import { lireExportCartoSante } from './lecture-cartosante';
import { nombreDe } from '../common/texte/nombre-de';

export interface FichierZonageLu {
  format: 'cartosante' | 'csv-insee' | 'cartosante-code-postal-nom';
  indicateur: string;
  lignes: LigneClasseSource[];
  /** Rows the reading itself skipped or doubted (join of postcodes and names), with line numbers and reasons. */
  signalees: LigneIgnoree[];
}

const ENTETE_CSV_INSEE = ['code_insee', 'nom', 'zonage_mg'];
const ENTETE_CODE_POSTAL_NOM = ['Code_postal', 'Nom_commune', 'Zonage'];

/**
 * Reads a zonage file by commune: the raw CartoSanté export (`Code;Libellé;<indicator>` after title lines),
 * a CSV by INSEE code (`code_insee,nom,zonage_mg,…`), or the CartoSanté export keyed by postcode and commune name
 * (`Code_postal,Nom_commune,Zonage,Zonage_RR`), joined here to INSEE codes with every doubtful row reported.
 */
export function lireFichierZonage(texte: string, nomFichier: string, index: IndexCodePostalNom = IndexCodePostalNom.referentiel()): FichierZonageLu {
  const premiere = lignesDe(texte.slice(0, 2000))[0] ?? '';
  if (premiere.replace(/^\uFEFF/, '').startsWith('Code_postal,')) return lireCodePostalNom(texte, nomFichier, index);
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
        tronquees.push({
          ligne: i + 1,
          valeur: lignes[i].slice(0, 80),
          message: `${nombreDe(champs.length, 'colonne', 'colonnes')} au lieu de ${entete.length}`,
        });
      else resultat.push({ ligne: i + 1, code: champs[0].trim(), valeur: champs[2].trim() });
    }
    if (tronquees.length)
      throw fichierInvalide(nomFichier, `${nombreDe(tronquees.length, 'ligne incomplète', 'lignes incomplètes')} : fichier tronqué ?`, tronquees.slice(0, 50));
    return { format: 'csv-insee', indicateur: 'zonage_mg', lignes: resultat, signalees: [] };
  }
  const exportCs = lireExportCartoSante(texte, nomFichier);
  return {
    format: 'cartosante',
    indicateur: exportCs.indicateur,
    lignes: exportCs.lignes.map((l) => ({ ligne: l.ligne, code: l.code, valeur: l.valeur })),
    signalees: [],
  };
}

function lireCodePostalNom(texte: string, nomFichier: string, index: IndexCodePostalNom): FichierZonageLu {
  const lignes = lignesDe(texte);
  const entete = decouperLigne(lignes[0].replace(/^\uFEFF/, ''), ',').map((c) => c.trim());
  if (ENTETE_CODE_POSTAL_NOM.some((c, i) => entete[i] !== c)) {
    throw fichierInvalide(nomFichier, `en-tête inattendu « ${lignes[0]} » : attendu « ${ENTETE_CODE_POSTAL_NOM.join(',')},Zonage_RR ».`, [
      { ligne: 1, valeur: lignes[0], message: 'en-tête inattendu' },
    ]);
  }
  const lues: LigneCodePostalNom[] = [];
  const tronquees = [];
  for (let i = 1; i < lignes.length; i++) {
    if (lignes[i].trim() === '') continue;
    const champs = decouperLigne(lignes[i], ',');
    if (champs.length < 3 || !/^\d{4,5}$/.test(champs[0].trim()))
      tronquees.push({
        ligne: i + 1,
        valeur: lignes[i].slice(0, 80),
        message: `code postal ou colonnes manquants (${nombreDe(champs.length, 'colonne', 'colonnes')})`,
      });
    else lues.push({ ligne: i + 1, codePostal: champs[0].trim(), nom: champs[1].trim(), valeur: champs[2].trim(), zrr: (champs[3] ?? '').trim() });
  }
  if (tronquees.length)
    throw fichierInvalide(nomFichier, `${nombreDe(tronquees.length, 'ligne incomplète', 'lignes incomplètes')} : fichier tronqué ?`, tronquees.slice(0, 50));
  const joint = joindreCodePostalNom(lues, index);
  return { format: 'cartosante-code-postal-nom', indicateur: 'Zonage', lignes: joint.lignes, signalees: [...joint.ignorees, ...joint.douteuses] };
}
