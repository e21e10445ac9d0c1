/**
 * An aid of the catalogue, as data: who funds it, whom it targets, when it is in force, how much it
 * pays, and the criteria that decide eligibility. The same shape is used by the shipped national
 * catalogue (geo-data/aides/catalogue.json) and by local aids created through the API.
 */
export const FINANCEURS = ['assurance-maladie', 'ars', 'etat', 'region', 'departement', 'commune', 'epci', 'universite'] as const;
export type Financeur = (typeof FINANCEURS)[number];

export const SITUATIONS = [
  'etudiant',
  'interne',
  'docteur-junior',
  'remplacant',
  'installation',
  'installe',
  'maitre-de-stage',
  'structure',
  'collectivite',
] as const;
export type Situation = (typeof SITUATIONS)[number];

/** Situations of a structure or a collectivité: the request is the structure's own, no profession is asked. */
export const SITUATIONS_STRUCTURES: readonly Situation[] = ['structure', 'collectivite'];

/**
 * Who pays, in the categories of the ten-year rules of décret n° 2025-231: Assurance Maladie (art. D. 162-1-11-1 CSS),
 * collectivités (art. D. 1511-47 CGCT), State and its agencies (neither rule applies automatically).
 */
export type CategorieFinanceur = 'assurance-maladie' | 'collectivite' | 'etat';
export function categorieFinanceur(type: Financeur): CategorieFinanceur {
  if (type === 'assurance-maladie') return 'assurance-maladie';
  if (type === 'region' || type === 'departement' || type === 'commune' || type === 'epci') return 'collectivite';
  return 'etat';
}

export const NATURES = ['aide-forfaitaire', 'contrat', 'majoration', 'remuneration', 'exoneration-fiscale', 'financement-structure', 'subvention'] as const;
export type NatureAide = (typeof NATURES)[number];

export const PERIODICITES = ['unique', 'mois', 'semestre', 'an'] as const;
export type Periodicite = (typeof PERIODICITES)[number];

export const TYPES_TERRITOIRE_AIDE = ['region', 'departement', 'epci', 'commune'] as const;
export type TypeTerritoireAide = (typeof TYPES_TERRITOIRE_AIDE)[number];

export interface SourceAide {
  libelle: string;
  url: string | null;
  /** Date the page was actually read (YYYY-MM-DD): shown « consulté le ». */
  consulteLe?: string;
  /** Date the reference was entered without its page being read: shown « saisi le ». Exactly one of the two. */
  saisiLe?: string;
  /** Date the page itself shows (« mise à jour le … »), when it shows one. */
  datePage?: string;
  /** `officielle`: ameli, Légifrance (or its verbatim reproductions), ARS/PAPS, impots, service-public, urssaf, collectivités ; `secondaire`: press, unions, federations. */
  fiabilite?: 'officielle' | 'secondaire';
  /** INSEE code of the région of an ARS/PAPS or regional page: cited only for communes of that région. */
  region?: string;
  /** What the page says, as read (verbatim excerpt). */
  extrait?: string;
}

export interface PeriodeValidite {
  /** First day the aid can be obtained (signed, applied for); null = before the catalogue's horizon. */
  debut: string | null;
  /** Last day (inclusive); null = open-ended. */
  fin: string | null;
  note?: string;
  /**
   * The date the period is judged on: the date of the question (signature, activity: the default) or the installation
   * date (e.g. the 2026 first-installation aid is for installations from 2026-01-01, whenever one asks).
   */
  dateQuiCompte?: 'question' | 'installation';
}

/**
 * A criterion: a condition on one fact of the situation (see faits.ts), or a combination.
 * Three-valued: met, not met, or unknown (the fact is missing: the answer says what to ask).
 */
export type Critere = CritereSimple | CritereCombine;

interface CritereCommun {
  /** Stable identifier within the aid, e.g. "zone". */
  id?: string;
  /** French wording of the condition, e.g. "Installation en ZIP ou en ZAC". */
  libelle: string;
  /** Only evaluated when the date of the question falls in this period (e.g. a rule in force from 2025-03-12). */
  applicable?: { debut?: string | null; fin?: string | null };
  /** Source of the rule when it differs from the aid's first source (`region`: only cited in that région). */
  source?: { libelle: string; url: string | null; region?: string };
  /**
   * A condition still to fulfil rather than a refusal (e.g. a health project not yet validated by the ARS): when it is
   * not met the criterion is « à vérifier » with this question, never « non rempli ».
   */
  aRemplir?: string;
}

export type CritereSimple = CritereCommun &
  (
    | { fait: string; op: 'dans'; valeurs: string[] }
    | { fait: string; op: 'vrai' | 'faux' }
    | { fait: string; op: 'min' | 'max'; valeur: number }
    | { fait: string; op: 'dateEntre'; debut?: string | null; fin?: string | null }
    /** The date fact lies at most `mois` months before the date of the question (future dates pass). */
    | { fait: string; op: 'depuisMoinsDe'; mois: number }
    /**
     * No previous aid of the aid's family (or of `familles`, or with one of `codes`) within `annees` years (null: ever);
     * `categories`: only previous aids paid by these categories of funders count (décret 2025-231: two separate rules).
     */
    | {
        fait: 'aidesAnterieures';
        op: 'aucuneAideAnterieure';
        annees: number | null;
        familles?: string[];
        codes?: string[];
        categories?: CategorieFinanceur[];
      }
    /**
     * A condition the data cannot settle: « à vérifier » with the question, until the user answers it (`reponses[cle]`
     * in the request: true met, false not met).
     */
    | { op: 'aVerifier'; question: string; cle?: string }
  );

export type CritereCombine = CritereCommun & ({ unDe: Critere[] } | { tous: Critere[] });

/** One case of an amount table: the first case whose condition is met gives the amount. */
export interface CasMontant {
  si: Critere | null;
  /** Exact amount in euros. */
  montant?: number;
  /** Ceiling in euros ("up to"). */
  plafond?: number;
  note?: string;
}

export type SpecMontant =
  | { type: 'fixe'; montant: number; periodicite: Periodicite; note?: string }
  | { type: 'plafond'; plafond: number; periodicite: Periodicite; note?: string }
  | { type: 'cas'; cas: CasMontant[]; periodicite: Periodicite; note?: string }
  /** Not computable (percentages, points, calls for projects): the formula is shown as is. */
  | { type: 'formule'; formule: string; periodicite?: Periodicite; plafond?: number };

export interface DefinitionAide {
  id: string;
  nom: string;
  /** Family for the "no second aid of the same kind" rules, e.g. "installation". */
  famille: string;
  financeur: { type: Financeur; nom: string };
  cibles: Situation[];
  nature: NatureAide;
  description: string;
  montant: SpecMontant;
  /** Duration or payment schedule, in words ("5 ans", "versée par la CPAM dans les 3 mois"). */
  duree: string | null;
  validite: PeriodeValidite;
  /** Territory where the aid applies; null = national (métropole and DROM). */
  territoire: { type: TypeTerritoireAide; code: string } | null;
  criteres: Critere[];
  /** Steps and conditions shown to the user but not evaluated (application, documents, deadlines). */
  demarches?: string[];
  /** Aids that cannot be cumulated with this one for the same practice (totals never add them). */
  exclusions?: string[];
  sources: SourceAide[];
}

/** A rule that applies to every aid of some families (e.g. décret 2025-231: one aid per 10 years). */
export interface RegleTransversale {
  id: string;
  libelle: string;
  familles: string[];
  /** Only aids paid by these categories of funders (absent: all). */
  categories?: CategorieFinanceur[];
  critere: Critere;
  sources: SourceAide[];
}

/** A previous aid the user may declare that is not (or no longer) in the catalogue. */
export interface AideAnterieureGenerique {
  code: string;
  libelle: string;
  famille: string;
  /** Who paid it; null when the user does not know (the ten-year rules then ask). */
  categorie: CategorieFinanceur | null;
}

/** The ARS of a région, its site and its installation portal (PAPS), as read. */
export interface ArsRegion {
  ars: string;
  siteArs: string | null;
  paps: string | null;
  /** True when the PAPS address was seen in a page read; false: address not verified. */
  papsVerifie: boolean;
}

export interface Catalogue {
  version: string;
  publieLe: string;
  /** How the sources were read (said in every answer). */
  verification?: string;
  historique: { version: string; date: string; changements: string }[];
  regles: RegleTransversale[];
  aidesAnterieuresGeneriques: AideAnterieureGenerique[];
  aides: DefinitionAide[];
  /** ARS and PAPS of each région (INSEE code), from geo-data/aides/ars-paps.json. */
  arsParRegion?: Record<string, ArsRegion>;
}
