import * as XLSX from 'xlsx';
import { ErreurDomaine } from '../../common/erreurs/erreur-domaine';
import { LigneIgnoree } from '../../import/importateur';
import { DECROISSANCE_DREES } from '../moteur/decroissance';

/** One row of an `APL <year>` sheet (codes of the vintage's COG, e.g. COG 2023). */
export interface LigneAplDrees {
  ligne: number; // 1-based line in the sheet, for reports
  code: string;
  nom: string;
  apl: number;
  aplMoins65: number;
  populationStandardisee: number;
  populationTotale: number;
}

export interface MillesimeAplDrees {
  annee: number;
  anneePopulation: number;
  source: string;
  poidsAge: { tranche: string; poids: number }[];
  lignes: LigneAplDrees[];
  ignorees: LigneIgnoree[];
}

const MOTIF_FEUILLE = /^APL\s+(\d{4})$/i;
const MOTIF_CODE = /^(?:\d{5}|2[AB]\d{3})$/;

/** Header texts of the official file (accents and case ignored), by column role. */
const COLONNES = {
  code: /^code commune/,
  nom: /^commune$/,
  apl: /^apl aux medecins generalistes$/,
  aplMoins65: /^apl aux medecins generalistes de moins de 65 ans$/,
  populationStandardisee: /^population standardisee (\d{4})/,
  populationTotale: /^population totale (\d{4})/,
} as const;
type Role = keyof typeof COLONNES;

const invalide = (message: string) => new ErreurDomaine('FICHIER_INVALIDE', message);

/** A spreadsheet cell as text (read raw: strings, numbers, booleans or null; anything else reads as empty). */
function texteCellule(v: unknown): string {
  return typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';
}

function simplifier(v: unknown): string {
  return texteCellule(v)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * Reads the official DREES APL workbook (« Indicateur d'accessibilité potentielle localisée (APL) aux médecins
 * généralistes »): every sheet named `APL <year>` (so later vintages load unchanged), columns found by their header
 * text, and the age weights of the `Paramètres` sheet. Refuses another file with a French message.
 */
export function lireAplDrees(contenu: Buffer, nomFichier: string): MillesimeAplDrees[] {
  let classeur: XLSX.WorkBook;
  try {
    classeur = XLSX.read(contenu, { type: 'buffer', dense: true });
  } catch {
    throw invalide(`« ${nomFichier} » n’est pas un classeur Excel lisible : attendu le fichier APL médecins généralistes de la DREES (.xlsx).`);
  }
  const feuilles = classeur.SheetNames.filter((n) => MOTIF_FEUILLE.test(n.trim()));
  if (!feuilles.length) {
    throw invalide(
      `« ${nomFichier} » ne ressemble pas au fichier APL de la DREES : aucune feuille nommée « APL <année> » (feuilles trouvées : ${classeur.SheetNames.join(', ')}).`,
    );
  }
  const poids = lirePoidsAge(classeur, nomFichier);
  return feuilles.map((nom) => {
    const annee = Number(MOTIF_FEUILLE.exec(nom.trim())![1]);
    const lu = lireFeuille(classeur.Sheets[nom], nom, nomFichier);
    const poidsAge = poids.get(annee);
    if (!poidsAge) throw invalide(`« ${nomFichier} » : la feuille « Paramètres » ne donne pas les poids par âge de ${annee}.`);
    return { annee, ...lu, poidsAge };
  });
}

function lignesDe(feuille: XLSX.WorkSheet): unknown[][] {
  return XLSX.utils.sheet_to_json<unknown[]>(feuille, { header: 1, defval: null, raw: true, blankrows: true });
}

function lireFeuille(feuille: XLSX.WorkSheet, nom: string, nomFichier: string) {
  const lignes = lignesDe(feuille);
  const iEntete = lignes.slice(0, 30).findIndex((l) => l.some((c) => COLONNES.code.test(simplifier(c))));
  if (iEntete < 0)
    throw invalide(
      `« ${nomFichier} », feuille « ${nom} » : ligne d’en-tête introuvable (colonne « Code commune INSEE » attendue dans les 30 premières lignes).`,
    );
  const entete = lignes[iEntete].map(simplifier);
  const index = {} as Record<Role, number>;
  for (const role of Object.keys(COLONNES) as Role[]) {
    index[role] = entete.findIndex((t) => COLONNES[role].test(t));
    if (index[role] < 0) {
      throw invalide(`« ${nomFichier} », feuille « ${nom} » : colonne « ${libelleColonne(role)} » introuvable à la ligne ${iEntete + 1}.`);
    }
  }
  const anneePopulation = Number(COLONNES.populationStandardisee.exec(entete[index.populationStandardisee])![1]);
  const source = lignes
    .slice(0, iEntete)
    .map((l) => texteCellule(l[0]))
    .find((t) => /^sources?\s*:/i.test(t.trim()));
  const lues: LigneAplDrees[] = [];
  const ignorees: LigneIgnoree[] = [];
  for (let i = iEntete + 1; i < lignes.length; i++) {
    const l = lignes[i];
    const code = texteCellule(l[index.code]).trim().toUpperCase();
    if (!code) continue; // units row, blank rows, footer
    if (!MOTIF_CODE.test(code)) {
      if (i === iEntete + 1) continue; // units row under the header
      ignorees.push({ ligne: i + 1, champ: 'Code commune INSEE', valeur: code, message: `${nom} ligne ${i + 1} : code commune mal formé « ${code} »` });
      continue;
    }
    const nombres = (['apl', 'aplMoins65', 'populationStandardisee', 'populationTotale'] as const).map((r) => l[index[r]]);
    const mauvais = nombres.findIndex((v) => typeof v !== 'number' || !Number.isFinite(v) || v < 0);
    if (mauvais >= 0) {
      const role = (['apl', 'aplMoins65', 'populationStandardisee', 'populationTotale'] as const)[mauvais];
      ignorees.push({ ligne: i + 1, champ: libelleColonne(role), valeur: nombres[mauvais], message: `${nom} ligne ${i + 1} (${code}) : valeur non numérique` });
      continue;
    }
    const [apl, aplMoins65, populationStandardisee, populationTotale] = nombres as number[];
    lues.push({ ligne: i + 1, code, nom: texteCellule(l[index.nom]), apl, aplMoins65, populationStandardisee, populationTotale });
  }
  if (lues.length === 0) throw invalide(`« ${nomFichier} », feuille « ${nom} » : aucune ligne de commune lisible.`);
  return {
    anneePopulation,
    source: (source ?? `DREES, APL aux médecins généralistes (${nom})`).replace(/\s+/g, ' ').replace(/^sources?\s*:\s*/i, 'DREES — '),
    lignes: lues,
    ignorees,
  };
}

function libelleColonne(role: Role): string {
  return {
    code: 'Code commune INSEE',
    nom: 'Commune',
    apl: 'APL aux médecins généralistes',
    aplMoins65: 'APL aux médecins généralistes de moins de 65 ans',
    populationStandardisee: 'Population standardisée <année> pour la médecine générale',
    populationTotale: 'Population totale <année>',
  }[role];
}

/**
 * Age weights per vintage from the `Paramètres` sheet (columns « Poids de la tranche d'âge en <year> »), and a
 * check that the published distance decay is the one the engine implements.
 */
function lirePoidsAge(classeur: XLSX.WorkBook, nomFichier: string): Map<number, { tranche: string; poids: number }[]> {
  const nom = classeur.SheetNames.find((n) => simplifier(n) === 'parametres');
  if (!nom) throw invalide(`« ${nomFichier} » : feuille « Paramètres » introuvable (poids par âge et décroissance de l’APL).`);
  const lignes = lignesDe(classeur.Sheets[nom]);
  verifierDecroissance(lignes, nomFichier);
  const iEntete = lignes.findIndex((l) => /^tranche d.age$/.test(simplifier(l[0])));
  if (iEntete < 0) throw invalide(`« ${nomFichier} », feuille « Paramètres » : tableau « Tranche d'âge » introuvable.`);
  const resultat = new Map<number, { tranche: string; poids: number }[]>();
  lignes[iEntete].forEach((cellule, col) => {
    const m = /poids de la tranche d.age en (\d{4})/.exec(simplifier(cellule));
    if (!m) return;
    const poids: { tranche: string; poids: number }[] = [];
    for (let i = iEntete + 1; i < lignes.length && typeof lignes[i][col] === 'number'; i++) {
      poids.push({ tranche: String(lignes[i][0]).trim(), poids: lignes[i][col] as number });
    }
    resultat.set(Number(m[1]), poids);
  });
  return resultat;
}

function verifierDecroissance(lignes: unknown[][], nomFichier: string): void {
  const i = lignes.findIndex((l) => /^temps de trajet/.test(simplifier(l[0])));
  if (i < 0) return; // layout without the decay table: nothing to compare
  const publies = lignes.slice(i + 1, i + 1 + DECROISSANCE_DREES.length).map((l) => Number(l[1]));
  DECROISSANCE_DREES.forEach((palier, k) => {
    if (Math.abs(publies[k] - palier.poids) > 1e-6) {
      throw invalide(
        `« ${nomFichier} » : la décroissance publiée (${publies.join(' ; ')}) diffère de celle du moteur (1 ; 2/3 ; 1/3) : le moteur doit être mis à jour avant de charger ce millésime.`,
      );
    }
  });
}
