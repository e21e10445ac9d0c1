/** Shapes of `/api/prospective` (GET hypotheses, POST scenarios). */
export type Lettre = 'A' | 'B' | 'C';
export const LETTRES: readonly Lettre[] = ['A', 'B', 'C'];

export interface ValeurLevierHypothese {
  readonly code: string;
  readonly libelle: string;
  readonly unite: string;
  readonly parHorizon: Readonly<Record<string, number>>;
}

export interface HypotheseProspective {
  readonly titre: string;
  readonly description: string;
  readonly leviers: readonly ValeurLevierHypothese[];
}

export interface EnjeuProspective {
  readonly numero: number;
  readonly titre: string;
  readonly question: string;
  readonly observee: Lettre;
  readonly cible: Lettre;
  readonly hypotheses: Readonly<Record<Lettre, HypotheseProspective>>;
}

export interface PageSource {
  readonly libelle: string;
  readonly url: string;
  readonly ceQueDitLaPage: string;
  readonly consulteLe: string;
}

export interface LevierProspective {
  readonly code: string;
  readonly libelle: string;
  readonly unite: string;
  readonly statut: 'publie' | 'derive' | 'hypothese';
  readonly justification: string;
  readonly effet: string;
  readonly sources: readonly PageSource[];
}

export interface MesureAjustement {
  readonly communes: number;
  readonly partA1Pourcent: number;
  readonly partA5Pourcent: number;
  readonly partPopulationA5Pourcent: number;
  readonly ecartRelatifMedian: number;
  readonly departements: number;
  readonly departementsA1Pourcent: number;
  readonly departementsA5Pourcent: number;
  readonly pires: readonly { code: string; nom: string; publiee: number; recalculee: number }[];
}

export interface HypothesesProspective {
  readonly version: string;
  readonly publieLe: string;
  readonly anneeReference: number;
  readonly horizons: readonly { annees: number; annee: number }[];
  readonly etude: { libelle: string; verification: string };
  readonly cadre: { titre: string; description: string; leviers: readonly ValeurLevierHypothese[] };
  readonly enjeux: readonly EnjeuProspective[];
  readonly leviers: readonly LevierProspective[];
  readonly offre: {
    readonly libelle: string;
    readonly estimee: boolean;
    /** Said when a newer APL vintage is loaded but the supply still comes from an older one. */
    readonly note?: string | null;
    readonly ajustement: {
      readonly annee: number;
      readonly ajustement: { apl: MesureAjustement; aplMoins65: MesureAjustement };
      readonly effectifs: { etpEstimes: number; effectifAmeli: number; rapportMedian: number; partEntre80Et125: number; consultationsParEtp: number };
    } | null;
  } | null;
  readonly annee: number;
}

export interface ResumeHorizon {
  readonly annees?: number;
  readonly annee: number;
  readonly apl: number | null;
  readonly aplMoins65: number | null;
  readonly classe: string | null;
  /** Null where no commune has an APL (Mayotte). */
  readonly populationSous2_5: number | null;
  readonly populationSous4: number | null;
  readonly populationTotale: number;
}

export interface ResultatProspective {
  readonly territoire: { type: string; code: string; nom: string; communes: number };
  readonly annee: number;
  readonly anneeReference: number;
  readonly source: { libelle: string; millesime: string };
  readonly offre: {
    libelle: string;
    estimee: boolean;
    /** APL vintage the supply comes from; a newer vintage loaded but not estimated yet, with what that means. */
    millesimeApl?: number;
    millesimePlusRecentNonEstime?: number | null;
    note?: string | null;
  };
  readonly aujourdhui: ResumeHorizon;
  readonly scenarios: {
    readonly observe: { hypotheses: readonly { numero: number; titre: string; lettre: Lettre; hypothese: string }[]; horizons: readonly ResumeHorizon[] };
    readonly cible: { hypotheses: readonly { numero: number; titre: string; lettre: Lettre; hypothese: string }[]; horizons: readonly ResumeHorizon[] };
  };
  readonly ecarts: readonly { annees: number; annee: number; apl: number | null; populationSous2_5: number | null; populationSous4: number | null }[];
  readonly leviers: readonly {
    code: string;
    libelle: string;
    unite: string;
    statut: string;
    enjeu: number | null;
    horizons: readonly { annees: number; observe: number; cible: number; ecartApl: number | null }[];
  }[];
  readonly enjeux: readonly {
    numero: number;
    titre: string;
    observee: Lettre;
    cible: Lettre;
    horizons: readonly { annees: number; ecartApl: number | null }[];
  }[];
  readonly communes:
    | readonly {
        code: string;
        nom: string;
        population: number;
        apl: number | null;
        horizons: readonly { annees: number; observe: number | null; cible: number | null; classeObserve: string | null; classeCible: string | null }[];
      }[]
    | null;
  readonly carte: { horizons: readonly { annees: number; observe: readonly (number | null)[]; cible: readonly (number | null)[] }[] } | null;
  readonly classes: Readonly<Record<string, string>>;
  readonly avertissements: readonly string[];
}

/** What the map shows: a scenario's APL, or the gap target − observed. */
export type SerieCarte = 'observe' | 'cible' | 'ecart';
