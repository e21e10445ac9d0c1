import { LIBELLES_CLASSES } from '../acces/indicateurs/classes-acces';
import { Projet } from './projets.repository';
import type { AnalyseProjet } from './projets.service';
import { EtapeProjet, LIBELLES_ETAPE, LIBELLES_PORTEUR, LIBELLES_TYPE, TypeProjet, professionnelsEnClair } from './referentiel-projet';

type Cellule = string | number | null | undefined;

const COLONNES: [string, (p: Projet) => Cellule][] = [
  ['id', (p) => p.id],
  ['nom', (p) => p.nom],
  ['type', (p) => LIBELLES_TYPE[p.type as TypeProjet] ?? p.type],
  ['etape', (p) => LIBELLES_ETAPE[p.etape as EtapeProjet] ?? p.etape],
  ['commune_code', (p) => p.communeCode],
  ['commune_nom', (p) => p.communeNom],
  ['departement_code', (p) => p.departementCode],
  ['porteur_type', (p) => LIBELLES_PORTEUR[p.porteurType as keyof typeof LIBELLES_PORTEUR] ?? p.porteurType],
  ['porteur_nom', (p) => p.porteurNom],
  ['professionnels', (p) => professionnelsEnClair(p.professionnels)],
  ['projet_sante_valide', (p) => (p.projetSanteValide ? 'oui' : 'non')],
  ['projet_sante_date', (p) => p.projetSanteDate],
  ['forme_juridique', (p) => p.formeJuridique],
  ['financement_total_eur', (p) => totalFinancement(p)],
  ['financement_accorde_eur', (p) => totalFinancement(p, ['accorde', 'verse'])],
  ['date_lancement', (p) => p.dateLancement],
  ['date_ouverture_prevue', (p) => p.dateOuverturePrevue],
  ['date_ouverture', (p) => p.dateOuverture],
];

interface IndicateursCommune {
  commune?: { apl?: { valeur: number | null; source?: { libelle: string; millesime: string } }; annee?: number };
  zone?: { apl?: { valeur: number | null } } | null;
}
interface ImpactLu {
  disponible: boolean;
  message?: string;
  commune?: { deltaApl?: number; classeAvant?: string | null; classeApres?: string | null; aplApres?: number };
  populationAuDessusDe4?: { population: number };
}

const classe = (c: string | null | undefined) => (c ? (LIBELLES_CLASSES[c as keyof typeof LIBELLES_CLASSES] ?? c) : '');

/**
 * The analysis columns (what the « Projets » tab shows for each project): the zone's APL and its vintage, the 2010
 * circular's verdict, the simulated ΔAPL of the project's commune with its classes before and after, the
 * inhabitants brought over 4, and the overlap with neighbouring projects.
 */
const COLONNES_ANALYSE: [string, (a: AnalyseProjet) => Cellule][] = [
  ['apl_commune', (a) => (a.besoin.indicateurs as IndicateursCommune | undefined)?.commune?.apl?.valeur],
  [
    'apl_zone',
    (a) => {
      const i = a.besoin.indicateurs as IndicateursCommune | undefined;
      return i?.zone?.apl?.valeur ?? i?.commune?.apl?.valeur;
    },
  ],
  ['millesime_apl', (a) => (a.besoin.indicateurs as IndicateursCommune | undefined)?.commune?.annee],
  ['verdict_circulaire_2010', (a) => a.besoin.verdict?.libelle ?? a.besoin.message],
  ['delta_apl_simule', (a) => ((a.impact as ImpactLu).disponible ? (a.impact as ImpactLu).commune?.deltaApl : null)],
  ['apl_apres_projet', (a) => (a.impact as ImpactLu).commune?.aplApres],
  ['classe_avant', (a) => classe((a.impact as ImpactLu).commune?.classeAvant)],
  ['classe_apres', (a) => classe((a.impact as ImpactLu).commune?.classeApres)],
  ['habitants_passant_au_dessus_de_4', (a) => (a.impact as ImpactLu).populationAuDessusDe4?.population],
  ['impact_non_simule', (a) => ((a.impact as ImpactLu).disponible ? null : (a.impact as ImpactLu).message)],
  ['chevauchement', (a) => (a.voisins.chevauchement ? 'oui' : 'non')],
  ['projets_voisins_20_min', (a) => a.voisins.projets.length],
  ['alerte_chevauchement', (a) => a.voisins.alerte],
];

export function totalFinancement(p: Projet, statuts?: string[]): number {
  return p.planFinancement.filter((l) => !statuts || statuts.includes(l.statut)).reduce((s, l) => s + Number(l.montant), 0);
}

/**
 * One cell: quoted when needed; a leading = + - @ (tab, CR) is prefixed with an apostrophe so that a
 * spreadsheet never runs it as a formula (CSV injection).
 */
export function celluleCsv(valeur: Cellule): string {
  if (valeur === null || valeur === undefined) return '';
  let texte = typeof valeur === 'number' ? String(valeur).replace('.', ',') : String(valeur);
  if (typeof valeur !== 'number' && /^[=+\-@\t\r]/.test(texte)) texte = `'${texte}`;
  return /[";\n\r]/.test(texte) ? `"${texte.replace(/"/g, '""')}"` : texte;
}

/**
 * Semicolon-separated, UTF-8 with BOM, CRLF: opens as is in French spreadsheet software. With `analyses` (by
 * project id), each line also carries the project's analysis.
 */
export function projetsEnCsv(projets: Projet[], analyses?: ReadonlyMap<string, AnalyseProjet>): string {
  const entetes = [...COLONNES.map(([nom]) => nom), ...(analyses ? COLONNES_ANALYSE.map(([nom]) => nom) : [])];
  const ligne = (p: Projet) => {
    const a = analyses?.get(p.id);
    const propres = COLONNES.map(([, f]) => celluleCsv(f(p)));
    const analyse = analyses ? COLONNES_ANALYSE.map(([, f]) => celluleCsv(a ? f(a) : null)) : [];
    return [...propres, ...analyse].join(';');
  };
  const lignes = [entetes.join(';'), ...projets.map(ligne)];
  return `\uFEFF${lignes.join('\r\n')}\r\n`;
}
