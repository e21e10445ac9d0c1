import { LigneIgnoree } from '../../import/importateur';
import { AplCommune2026 } from './agreger-vers-cog-2026';

/** A current commune as the split detection needs it (COG 2026, legal population 2026). */
export interface CommuneDeReference {
  code: string;
  nom: string;
  population: number;
  departement: string;
  epci: string | null;
}

/**
 * What a commune's APL row owes to a split that happened after the DREES vintage: the DREES computed the APL of the
 * commune as it was then (« commune avant scission ») and counted all its inhabitants in one code.
 */
export interface Scission {
  role: 'parent' | 'enfant';
  /** The commune of the DREES file that held everybody: code and name as the file gives them. */
  communeAvant: { code: string; nom: string };
  /** Its population as the DREES counts it (year N−2), before it was shared among the current communes. */
  populationAvant: number;
  /** Current communes that shared it (parent first). */
  membres: string[];
  /** True when the APL shown is the one published for the commune before the split (no row of its own). */
  aplDeLaCommuneAvant: boolean;
  /** True when the APL shown is the commune's own row, published with a population of 0. */
  aplPublieeSansPopulation: boolean;
}

export interface AplCommuneScindee extends AplCommune2026 {
  scission: Scission | null;
}

/** A parent holds at least this share more DREES inhabitants than its legal population, and 100 people. */
const EXCES_RELATIF_MIN = 0.3;
const EXCES_ABSOLU_MIN = 100;
/** The children's legal populations must explain the parent's excess within this factor. */
const ECART_EXPLIQUE_MAX = 1.5;

/**
 * Communes split after a DREES vintage, found in the data: a child is a current commune with inhabitants (legal
 * population 2026 > 0) whose DREES population is 0 or missing; its parent is the commune of the same EPCI and
 * département whose DREES population exceeds its legal population (it still counts the children's inhabitants).
 * Communes re-created inside a commune nouvelle known from the reconciliation (`parentsConnus`) take that parent.
 * The group's DREES population (plain and standardised) is shared among its current communes in proportion to their
 * legal populations; the parent keeps its APL; a child keeps its own published APL when the DREES gave one (row with
 * a population of 0), else takes the APL published for the commune before the split. A child with no parent that
 * explains it keeps what it has and is reported.
 */
export function repartirScissions(
  communes: AplCommune2026[],
  noms: Map<string, string>,
  reference: CommuneDeReference[],
  parentsConnus: Map<string, string>,
  annee: number,
): { communes: AplCommuneScindee[]; signalements: LigneIgnoree[] } {
  const parCode = new Map<string, AplCommuneScindee>(communes.map((c) => [c.commune, { ...c, scission: null }]));
  const ref = new Map(reference.map((c) => [c.code, c]));
  const signalements: LigneIgnoree[] = [];
  const enfants = reference.filter((c) => c.population > 0 && c.departement !== '976' && (parCode.get(c.code)?.populationTotale ?? 0) === 0);
  const excedent = (c: CommuneDeReference) => (parCode.get(c.code)?.populationTotale ?? 0) - c.population;
  const groupes = new Map<string, CommuneDeReference[]>();
  for (const e of enfants) {
    let parent: CommuneDeReference | undefined;
    const connu = parentsConnus.get(e.code);
    if (connu && ref.has(connu) && parCode.has(connu)) parent = ref.get(connu);
    else {
      const candidats = reference
        .filter((p) => p.code !== e.code && p.departement === e.departement && p.epci === e.epci && parCode.has(p.code))
        .filter((p) => excedent(p) >= Math.max(EXCES_ABSOLU_MIN, EXCES_RELATIF_MIN * p.population))
        .sort((a, b) => excedent(b) - excedent(a));
      parent = candidats[0];
    }
    if (!parent) {
      signalements.push({
        champ: 'population',
        valeur: e.code,
        message: `APL ${annee} : ${e.code} ${e.nom} a ${e.population} habitants (population légale 2026) mais aucun dans le fichier de la DREES, et aucune commune voisine ne les compte : population laissée à 0`,
      });
      continue;
    }
    groupes.set(parent.code, [...(groupes.get(parent.code) ?? []), e]);
  }
  for (const [codeParent, liste] of groupes) {
    const parent = ref.get(codeParent)!;
    const ligneParent = parCode.get(codeParent)!;
    const explique = liste.reduce((s, e) => s + e.population, 0);
    const exces = excedent(parent);
    if (!parentsConnus.has(liste[0].code) && (exces * ECART_EXPLIQUE_MAX < explique || explique * ECART_EXPLIQUE_MAX < exces)) {
      signalements.push({
        champ: 'population',
        valeur: codeParent,
        message: `APL ${annee} : ${codeParent} ${parent.nom} compte ${exces} habitants de plus que sa population légale, ${liste.map((e) => `${e.code} ${e.nom}`).join(', ')} en ont ${explique} : rattachement douteux, populations laissées telles quelles`,
      });
      continue;
    }
    const membres = [parent, ...liste];
    const legale = membres.reduce((s, c) => s + c.population, 0);
    const communeAvant = { code: ligneParent.codesSource[0], nom: noms.get(ligneParent.codesSource[0]) ?? parent.nom };
    const populationAvant = ligneParent.populationTotale;
    const popStdAvant = ligneParent.populationStandardisee;
    // Shares by legal population; plain population rounded so that the group total stays the DREES one.
    let reste = populationAvant;
    membres.forEach((c, k) => {
      const part = c.population / legale;
      const population = k === membres.length - 1 ? reste : Math.round(populationAvant * part);
      reste -= population;
      const propre = parCode.get(c.code);
      const aplPropre = k > 0 && propre !== undefined && propre.codesSource.length > 0;
      parCode.set(c.code, {
        commune: c.code,
        apl: k === 0 || aplPropre ? propre!.apl : ligneParent.apl,
        aplMoins65: k === 0 || aplPropre ? propre!.aplMoins65 : ligneParent.aplMoins65,
        populationStandardisee: popStdAvant * part,
        populationTotale: population,
        codesSource: k === 0 || aplPropre ? propre!.codesSource : [],
        scission: {
          role: k === 0 ? 'parent' : 'enfant',
          communeAvant,
          populationAvant,
          membres: membres.map((m) => m.code),
          aplDeLaCommuneAvant: k > 0 && !aplPropre,
          aplPublieeSansPopulation: aplPropre,
        },
      });
    });
    signalements.push({
      champ: 'population',
      valeur: codeParent,
      message: `APL ${annee} : ${communeAvant.code} ${communeAvant.nom} (${populationAvant} habitants pour la DREES) a été scindée depuis : population répartie entre ${membres
        .map((m) => `${m.code} ${m.nom}`)
        .join(', ')} au prorata des populations légales 2026`,
    });
  }
  return { communes: [...parCode.values()], signalements };
}
