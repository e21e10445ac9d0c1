/** Contract of `POST /api/aides/eligibilite` (backend/src/aides/dto). */
export const SITUATIONS = {
  installation: 'Médecin ou professionnel qui s’installe',
  installe: 'Professionnel déjà installé',
  etudiant: 'Étudiant',
  interne: 'Interne',
  'docteur-junior': 'Docteur junior',
  'maitre-de-stage': 'Maître de stage universitaire',
  structure: 'Porteur de structure (MSP, CPTS, centre de santé)',
  collectivite: 'Collectivité',
} as const;
export type Situation = keyof typeof SITUATIONS;

export const PROFESSIONS = {
  'medecin-generaliste': 'Médecin généraliste',
  'medecin-specialiste': 'Médecin spécialiste',
  infirmier: 'Infirmier ou infirmière',
  'masseur-kinesitherapeute': 'Masseur-kinésithérapeute',
  'sage-femme': 'Sage-femme',
  'chirurgien-dentiste': 'Chirurgien-dentiste',
  pharmacien: 'Pharmacien',
  autre: 'Autre',
} as const;

export const SECTEURS = {
  'secteur-1': 'Secteur 1',
  optam: 'Secteur 2 adhérent OPTAM / OPTAM-ACO',
  'secteur-2': 'Secteur 2 sans OPTAM',
  'non-conventionne': 'Non conventionné',
} as const;

export const MODES_EXERCICE = {
  individuel: 'Cabinet individuel',
  groupe: 'Cabinet de groupe',
  msp: 'Maison de santé pluriprofessionnelle (MSP)',
  cpts: 'Membre d’une CPTS',
  'centre-de-sante': 'Centre de santé',
  salarie: 'Salarié',
} as const;

export const TYPES_PROJET = {
  individuel: 'Installation individuelle',
  msp: 'Maison de santé (MSP)',
  cpts: 'CPTS',
  'centre-de-sante': 'Centre de santé',
} as const;

export interface AideAnterieure {
  readonly code: string;
  /** AAAA-MM-JJ */
  readonly date: string;
}

/** The question: only `commune` and `situation` are required; what is omitted is « à confirmer », never « non ». */
export interface DemandeEligibilite {
  readonly commune: string;
  readonly date?: string;
  readonly situation: Situation;
  readonly profession?: string;
  readonly premiereInstallation?: boolean;
  readonly dateInstallation?: string;
  readonly secteur?: string;
  readonly modeExercice?: string;
  readonly joursParSemaine?: number;
  readonly age?: number;
  readonly permanenceDesSoins?: boolean;
  /** [] = none received; absent = unknown. */
  readonly aidesAnterieures?: readonly AideAnterieure[];
  readonly typeProjet?: string;
}

export type StatutAide = 'eligible' | 'a-confirmer' | 'non-eligible';
export type StatutCritere = 'rempli' | 'non-rempli' | 'a-verifier';
export type Periodicite = 'unique' | 'mois' | 'semestre' | 'an';

export interface Montant {
  readonly valeur: number | null;
  readonly min: number | null;
  readonly max: number | null;
  readonly periodicite: Periodicite | null;
  readonly libelle: string;
  readonly note?: string;
}

export interface CritereEvalue {
  readonly id?: string;
  readonly libelle: string;
  readonly statut: StatutCritere;
  readonly raison: string;
  readonly sourceRegle: { readonly libelle: string; readonly url: string | null } | null;
  readonly sourceFait: string | null;
  readonly champ?: string;
  readonly question?: string;
  readonly details?: readonly CritereEvalue[];
}

export interface PointAPreciser {
  readonly libelle: string;
  readonly champ?: string;
  readonly question?: string;
}

export interface SourceAide {
  readonly libelle: string;
  readonly url: string | null;
  readonly consulteLe?: string;
}

export interface AideEvaluee {
  readonly id: string;
  readonly nom: string;
  readonly statut: StatutAide;
  readonly montant: Montant;
  readonly financeur: { readonly type: string; readonly nom: string };
  readonly nature: string;
  readonly description: string;
  readonly duree: string | null;
  readonly criteres: readonly CritereEvalue[];
  readonly aPreciser: readonly PointAPreciser[];
  readonly demarches: readonly string[];
  readonly sources: readonly SourceAide[];
}

export interface Total {
  readonly periodicite: Periodicite;
  readonly min: number;
  readonly max: number;
  readonly aides: readonly string[];
}

export interface ReponseEligibilite {
  readonly date: string;
  readonly commune: { readonly code: string; readonly nom: string; readonly departement: string; readonly regionNom?: string };
  readonly zonage: {
    readonly medecin: {
      readonly classe: string | null;
      readonly version: { readonly libelle: string; readonly dateArrete: string | null; readonly source: string } | null;
    } | null;
  };
  readonly catalogue: { readonly version: string; readonly verification: string };
  readonly avertissements: readonly string[];
  readonly aides: readonly AideEvaluee[];
  readonly horsPeriode: readonly { readonly id: string; readonly nom: string; readonly motif: string }[];
  readonly total: { readonly eligibles: readonly Total[]; readonly potentiel: readonly Total[]; readonly nonChiffrees: readonly string[] };
}
