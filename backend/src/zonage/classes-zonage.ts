/**
 * Professions with a zonage (art. L. 1434-4 CSP). Médecins and infirmiers are shipped; the others can be uploaded
 * (CartoSanté export of the ARS arrêté) and use the five categories of the conventional zonages.
 */
export const PROFESSIONS_ZONAGE = [
  'medecin',
  'infirmier',
  'sage-femme',
  'masseur-kinesitherapeute',
  'chirurgien-dentiste',
  'orthophoniste',
  'orthoptiste',
] as const;
export type ProfessionZonage = (typeof PROFESSIONS_ZONAGE)[number];

/** The coverage theme of a profession's zonage (ADR 0005): not loaded → the reads answer null with how to load it. */
export const themeZonage = (profession: ProfessionZonage) => `zonage-${profession}` as const;

/** Classes of the zonage médecins (arrêtés ARS, méthode 2021): ZIP, ZAC, hors zonage (HZ), ZAR (regional support zone). */
export const CLASSES_MEDECIN = ['ZIP', 'ZAC', 'HZ', 'ZAR'] as const;
/**
 * Categories of the zonage infirmiers (arrêté du 17 janvier 2020 et suivants), from the most to the least under-served;
 * the conventional zonages of the other professions use the same five levels (« très sous dotés » to « sur dotés »).
 */
export const CLASSES_INFIRMIER = ['TRES_SOUS_DOTEE', 'SOUS_DOTEE', 'INTERMEDIAIRE', 'TRES_DOTEE', 'SUR_DOTEE'] as const;
/** A grouped commune (Paris/Lyon/Marseille, commune nouvelle) whose parts carry different classes. */
export const CLASSE_MIXTE = 'MIXTE';

export type ResultatClasse = { classe: string } | { absente: string } | { invalide: string };

const cle = (v: string) =>
  v
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');

const ALIAS_MEDECIN: Record<string, string> = {
  '1_ZIP': 'ZIP',
  ZIP: 'ZIP',
  ZONE_D_INTERVENTION_PRIORITAIRE: 'ZIP',
  '2_ZAC': 'ZAC',
  ZAC: 'ZAC',
  ZONE_D_ACTION_COMPLEMENTAIRE: 'ZAC',
  '3_HZ': 'HZ',
  HZ: 'HZ',
  HORS_ZONAGE: 'HZ',
  '4_ZAR': 'ZAR',
  ZAR: 'ZAR',
};
const ALIAS_INFIRMIER: Record<string, string> = {
  '1_TRES_SOUS_DOTEE': 'TRES_SOUS_DOTEE',
  TRES_SOUS_DOTEE: 'TRES_SOUS_DOTEE',
  TRES_SOUS_DOTE: 'TRES_SOUS_DOTEE',
  '2_SOUS_DOTEE': 'SOUS_DOTEE',
  SOUS_DOTEE: 'SOUS_DOTEE',
  SOUS_DOTE: 'SOUS_DOTEE',
  '3_INTERMEDIAIRE': 'INTERMEDIAIRE',
  INTERMEDIAIRE: 'INTERMEDIAIRE',
  '4_TRES_DOTEE': 'TRES_DOTEE',
  TRES_DOTEE: 'TRES_DOTEE',
  TRES_DOTE: 'TRES_DOTEE',
  '5_SUR_DOTEE': 'SUR_DOTEE',
  SUR_DOTEE: 'SUR_DOTEE',
  SUR_DOTE: 'SUR_DOTEE',
};

/**
 * Reads a class as written in a CartoSanté export or an ARS file (`1_ZIP`, `Hors zonage`, `2_Sous_dotee`…).
 * `N/A - résultat non disponible` is an absence (reported, not an error); anything else unknown is invalid.
 */
export function lireClasse(profession: ProfessionZonage, valeur: string): ResultatClasse {
  const brut = valeur.trim();
  if (brut === '' || /^N\/?A\b/i.test(brut)) return { absente: brut || '(vide)' };
  const classe = (profession === 'medecin' ? ALIAS_MEDECIN : ALIAS_INFIRMIER)[cle(brut)];
  return classe ? { classe } : { invalide: brut };
}

export const LIBELLES_CLASSES: Record<string, string> = {
  ZIP: 'Zone d’intervention prioritaire',
  ZAC: 'Zone d’action complémentaire',
  HZ: 'Hors zonage',
  ZAR: 'Zone d’accompagnement régional',
  TRES_SOUS_DOTEE: 'Très sous-dotée',
  SOUS_DOTEE: 'Sous-dotée',
  INTERMEDIAIRE: 'Intermédiaire',
  TRES_DOTEE: 'Très dotée',
  SUR_DOTEE: 'Sur-dotée',
  [CLASSE_MIXTE]: 'Classes différentes selon les parties de la commune (arrondissements ou communes déléguées)',
};
