import { regionAvecArticle } from './regions-avec-article';
import { THEMES_DONNEES, ThemeCouverture } from './themes-donnees';

/** One row of `couverture_jeu`: a dataset is complete (or known partial) for the whole country, a région or a département. */
export interface LigneCouverture {
  niveau: 'national' | 'region' | 'departement';
  code: string;
  jeu: string;
  millesime: string;
  complet: boolean;
  note: string | null;
  /** Validity of the row (YYYY-MM-DD, bounds included): a zonage version applies from its start to its end. Null: always. */
  debut?: string | null;
  fin?: string | null;
}

/** The communes of the territory asked, grouped by région and département (with their names for the wording). */
export interface GroupeCommunes {
  region: string;
  departement: string;
  communes: number;
}

export interface EtatCouverture {
  theme: ThemeCouverture;
  /** true: complete for every commune of the territory; 'partiel': for some, or known incomplete; false: none. */
  couvert: boolean | 'partiel';
  /** Why not covered (or only partly), in plain French; null when covered. */
  raison: string | null;
  /** How to load the missing data; null when covered. */
  commentCharger: string | null;
  /** Where the loaded data is complete, named: « France entière », « Occitanie », « Creuse, Corrèze ». */
  perimetre: string;
  /** Vintages of the datasets used (« 2026-01 »…), empty when nothing is loaded. */
  millesimes: string[];
}

/** Names of régions and départements, for the wording. */
export type NomsTerritoires = { regions: Map<string, string>; departements: Map<string, string> };

const joindre = (noms: string[]) => (noms.length <= 1 ? (noms[0] ?? '') : `${noms.slice(0, -1).join(', ')} et ${noms[noms.length - 1]}`);

/** « France entière », or the régions (with their article) and départements (name and code) the rows cover. */
export function decrirePerimetre(lignes: LigneCouverture[], noms: NomsTerritoires): string {
  if (!lignes.length) return 'aucun territoire';
  if (lignes.some((l) => l.niveau === 'national')) return 'France entière';
  const couvertes = new Set(lignes.filter((l) => l.niveau === 'region').map((l) => l.code));
  // Most régions loaded (the APL: all but Mayotte): name what is missing rather than the long list.
  const manquantes = [...noms.regions.keys()].filter((c) => !couvertes.has(c)).sort();
  if (noms.regions.size > 2 && manquantes.length && manquantes.length < noms.regions.size / 2) {
    return `toute la France sauf ${joindre(manquantes.map((c) => noms.regions.get(c) ?? c))}`;
  }
  const regions = [...couvertes].sort().map((c) => regionAvecArticle(c, noms.regions.get(c)));
  const departements = [...new Set(lignes.filter((l) => l.niveau === 'departement').map((l) => l.code))]
    .sort()
    .map((c) => `${noms.departements.get(c) ?? 'département'} (${c})`);
  return joindre([...regions, ...departements]);
}

const enFrancais = (iso: string) => iso.split('-').reverse().join('/');

/** Whether a row holds at a date (its bounds included; a row without bounds always holds). */
export function valableLe(l: LigneCouverture, date: string): boolean {
  return (!l.debut || l.debut <= date) && (!l.fin || date <= l.fin);
}

const sApplique = (l: LigneCouverture, g: GroupeCommunes) =>
  l.niveau === 'national' || (l.niveau === 'region' && l.code === g.region) || (l.niveau === 'departement' && l.code === g.departement);

/**
 * Coverage of a territory by one theme at a date. A commune is covered when a national row, its région's or its
 * département's row holds at the date; covered but `complet: false` counts as partial. A row that does not hold at
 * the date (a zonage version that starts later, or past its end) covers nothing then, and the reason says so:
 * « ne s’applique qu’à partir du … », « périmée (valable jusqu’au …) ».
 */
export function etatCouverture(
  theme: ThemeCouverture,
  lignes: LigneCouverture[],
  groupes: GroupeCommunes[],
  noms: NomsTerritoires,
  date?: string,
): EtatCouverture {
  const valables = date ? lignes.filter((l) => valableLe(l, date)) : lignes;
  const e = etatALaDate(theme, valables, groupes, noms);
  if (!date || e.couvert === true) return e;
  // Nothing holds at the date: every loaded version says when it holds; else only those that would apply here.
  const horsPeriode = lignes.filter((l) => !valableLe(l, date) && (!valables.length || groupes.some((g) => sApplique(l, g))));
  if (!horsPeriode.length) return e;
  const motifs = [
    ...new Set(
      horsPeriode.map((l) =>
        l.debut && date < l.debut
          ? `la version chargée pour ${decrirePerimetre([l], noms)} ne s’applique qu’à partir du ${enFrancais(l.debut)}`
          : `la version chargée pour ${decrirePerimetre([l], noms)} est périmée (valable jusqu’au ${enFrancais(l.fin!)})`,
      ),
    ),
  ].join(' ; ');
  const libelle = THEMES_DONNEES[theme].libelle;
  const majuscule = libelle.charAt(0).toUpperCase() + libelle.slice(1);
  const raison = valables.length
    ? `${e.raison} Au ${enFrancais(date)}, ${motifs}.`
    : `${majuscule} : aucune version en vigueur au ${enFrancais(date)} — ${motifs}.`;
  return { ...e, raison, commentCharger: THEMES_DONNEES[theme].commentCharger };
}

function etatALaDate(theme: ThemeCouverture, lignes: LigneCouverture[], groupes: GroupeCommunes[], noms: NomsTerritoires): EtatCouverture {
  const t = THEMES_DONNEES[theme];
  const perimetre = decrirePerimetre(lignes, noms);
  const millesimes = [...new Set(lignes.map((l) => l.millesime))].sort();
  const etat = (couvert: boolean | 'partiel', raison: string | null): EtatCouverture => ({
    theme,
    couvert,
    raison,
    commentCharger: couvert === true ? null : t.commentCharger,
    perimetre,
    millesimes,
  });
  const complet = (g: GroupeCommunes): boolean | null => {
    const applicables = lignes.filter((l) => sApplique(l, g));
    return applicables.length ? applicables.some((l) => l.complet) : null;
  };
  const total = groupes.reduce((s, g) => s + g.communes, 0);
  const completes = groupes.filter((g) => complet(g) === true).reduce((s, g) => s + g.communes, 0);
  const partielles = groupes.filter((g) => complet(g) === false).reduce((s, g) => s + g.communes, 0);
  const majuscule = t.libelle.charAt(0).toUpperCase() + t.libelle.slice(1);
  if (!lignes.length) return etat(false, `${majuscule} : aucune donnée chargée.`);
  if (total > 0 && completes === total) return etat(true, null);
  const seulement = perimetre.startsWith('toute la France') ? '' : ' seulement';
  if (completes + partielles === 0) return etat(false, `${majuscule} : données chargées pour ${perimetre}${seulement}.`);
  const notes = [...new Set(lignes.filter((l) => !l.complet && l.note).map((l) => l.note!))];
  if (completes + partielles === total) return etat('partiel', `${majuscule} : liste connue comme incomplète${notes.length ? ` (${notes.join(' ; ')})` : ''}.`);
  return etat('partiel', `${majuscule} : données chargées pour ${perimetre}${seulement}, qui ne couvre qu’une partie de ce territoire.`);
}

/** The least covered of several states (a figure drawn from several themes is known only where all of them are). */
export function etatCombine(etats: EtatCouverture[]): EtatCouverture {
  const rang = (e: EtatCouverture) => (e.couvert === false ? 0 : e.couvert === 'partiel' ? 1 : 2);
  const pire = [...etats].sort((a, b) => rang(a) - rang(b))[0];
  const manquants = etats.filter((e) => e.couvert !== true);
  if (!manquants.length) return pire;
  const uniques = (l: (string | null)[]) => [...new Set(l.filter((x): x is string => !!x))];
  return { ...pire, raison: uniques(manquants.map((e) => e.raison)).join(' '), commentCharger: uniques(manquants.map((e) => e.commentCharger)).join(' ') };
}

/** A figure drawn from a dataset: itself where the dataset covers the territory (even partly), null where it does not. */
export function siCouvert<T>(etat: EtatCouverture, valeur: T): T | null {
  return etat.couvert === false ? null : valeur;
}
