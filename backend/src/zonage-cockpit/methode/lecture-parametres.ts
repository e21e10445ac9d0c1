import { enregistrements } from '../../common/fichiers/decouper-ligne';
import { CodeParametre, DATE_TEXTE_EN_VIGUEUR, ParametreTexte } from './parametres-methode';

const ENTETE =
  'region_code,region_nom,plafond_zip_pct,plafond_zac_pct,marge_derogatoire_pct,seuil_selection_nationale,seuil_vivier,texte,date_texte,source_urls,note';

/** First number of a text in French notation (« APL < 2,5 … » → 2.5). */
function premierNombre(texte: string): number | null {
  const m = /(\d+(?:[.,]\d+)?)/.exec(texte);
  return m ? Number(m[1].replace(',', '.')) : null;
}

/** Upper bound of « entre 2,5 et 4 » (the vivier's upper threshold). */
function borneHaute(texte: string): number | null {
  const m = /entre\s+\d+(?:[.,]\d+)?\s+et\s+(\d+(?:[.,]\d+)?)/i.exec(texte);
  return m ? Number(m[1].replace(',', '.')) : null;
}

/**
 * Reads the shipped table of method parameters (one row per text, blank cell = not found). Ceilings and marge are
 * numbers; the thresholds are sentences read in the texts (« APL < 2,5 … », « entre 2,5 et 4 »): their number is
 * kept with the sentence as the text's wording. Refuses a file whose header changed.
 */
export function lireParametresMethode(contenu: string, nomFichier: string): ParametreTexte[] {
  const lignes = enregistrements(contenu, ',');
  if (lignes[0]?.champs.join(',') !== ENTETE) throw new Error(`${nomFichier} : en-tête inattendu (attendu « ${ENTETE} »).`);
  const resultat: ParametreTexte[] = [];
  for (const { ligne, champs } of lignes.slice(1)) {
    if (champs.length !== 11) throw new Error(`${nomFichier}, ligne ${ligne} : ${champs.length} colonnes au lieu de 11.`);
    const [region, , zip, zac, marge, sn, vivier, texte, dateTexte, sources, note] = champs;
    const commun = { region, texte, dateTexte, sources: sources ? sources.split('|') : [], note: note || null };
    // A blank cell of an older text says nothing; of the text in force it says « not found » (kept, shown as such).
    const ajouter = (parametre: CodeParametre, valeur: number | null, precision?: string) => {
      if (valeur === null && dateTexte < DATE_TEXTE_EN_VIGUEUR) return;
      resultat.push({ ...commun, parametre, valeur, note: [precision, commun.note].filter(Boolean).join(' — ') || null });
    };
    const nombreOuNul = (v: string, champ: string) => {
      if (v.trim() === '') return null;
      const n = Number(v.replace(',', '.'));
      if (!Number.isFinite(n)) throw new Error(`${nomFichier}, ligne ${ligne} : ${champ} « ${v} » n’est pas un nombre.`);
      return n;
    };
    const valeurs = [nombreOuNul(zip, 'plafond_zip_pct'), nombreOuNul(zac, 'plafond_zac_pct'), nombreOuNul(marge, 'marge_derogatoire_pct')];
    ajouter('plafond_zip', valeurs[0]);
    ajouter('plafond_zac', valeurs[1]);
    ajouter('marge_derogatoire', valeurs[2]);
    ajouter('seuil_selection_nationale', sn ? premierNombre(sn) : null, sn ? `Texte lu : « ${sn} »` : undefined);
    ajouter('seuil_vivier', vivier ? borneHaute(vivier) : null, vivier ? `Texte lu : « ${vivier} »` : undefined);
  }
  return resultat;
}
