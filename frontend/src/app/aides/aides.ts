/** Contract of `POST /api/aides/eligibilite` (backend/src/aides/dto). */
export const SITUATIONS = {
  installation: 'Professionnel qui s’installe',
  installe: 'Professionnel déjà installé',
  remplacant: 'Remplaçant (ou étudiant autorisé à remplacer)',
  etudiant: 'Étudiant',
  interne: 'Interne',
  'docteur-junior': 'Docteur junior',
  'maitre-de-stage': 'Maître de stage universitaire',
  structure: 'Porteur de structure (MSP, CPTS, centre de santé)',
  collectivite: 'Collectivité',
} as const;
export type Situation = keyof typeof SITUATIONS;

/** A structure or a collectivité asks for itself: no profession. */
export const SITUATIONS_STRUCTURES: readonly Situation[] = ['structure', 'collectivite'];

export const PROFESSIONS = {
  'medecin-generaliste': 'Médecin généraliste',
  'medecin-specialiste': 'Médecin spécialiste',
  infirmier: 'Infirmier ou infirmière',
  'masseur-kinesitherapeute': 'Masseur-kinésithérapeute',
  'sage-femme': 'Sage-femme',
  'chirurgien-dentiste': 'Chirurgien-dentiste',
  orthophoniste: 'Orthophoniste',
  orthoptiste: 'Orthoptiste',
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
  individuel: 'Installation individuelle ou cabinet de groupe',
  msp: 'Maison de santé (MSP)',
  cpts: 'CPTS',
  'centre-de-sante': 'Centre de santé',
} as const;

export const TYPES_CABINET = { principal: 'Cabinet principal', secondaire: 'Cabinet secondaire' } as const;

export const FORMES_JURIDIQUES = { sisa: 'SISA', association: 'Association', scm: 'SCM', autre: 'Autre forme' } as const;

/** Classes one may read in an ARS arrêté: médecins généralistes, or the five levels of the other professions. */
export const CLASSES_MEDECIN = {
  ZIP: 'ZIP (zone d’intervention prioritaire)',
  ZAC: 'ZAC (zone d’action complémentaire)',
  ZAR: 'ZAR (zone d’accompagnement régional)',
  HZ: 'Hors zonage',
} as const;
export const CLASSES_CONVENTIONNELLES = {
  TRES_SOUS_DOTEE: 'Zone très sous-dotée',
  SOUS_DOTEE: 'Zone sous-dotée',
  INTERMEDIAIRE: 'Zone intermédiaire',
  TRES_DOTEE: 'Zone très dotée',
  SUR_DOTEE: 'Zone sur-dotée',
} as const;

export interface AideAnterieure {
  readonly code: string;
  /** AAAA-MM-JJ */
  readonly date: string;
}

export interface StructureDemande {
  readonly medecinsGeneralistes?: number;
  readonly autresProfessionnels?: number;
  readonly populationCouverte?: number;
  readonly formeJuridique?: string;
  readonly projetDeSanteValide?: boolean;
}

/** The question: only `commune` and `situation` are required; what is omitted is « à confirmer », never « non ». */
export interface DemandeEligibilite {
  readonly commune: string;
  readonly date?: string;
  readonly situation: Situation;
  readonly profession?: string;
  readonly premiereInstallation?: boolean;
  readonly dateInstallation?: string;
  readonly typeCabinet?: string;
  readonly secteur?: string;
  readonly modeExercice?: string;
  readonly joursParSemaine?: number;
  readonly age?: number;
  readonly permanenceDesSoins?: boolean;
  readonly dansQpv?: boolean;
  readonly codeQpv?: string;
  readonly classeZonageDeclaree?: string;
  /** [] = none received; absent = unknown. */
  readonly aidesAnterieures?: readonly AideAnterieure[];
  /** Answers to the questions the data cannot settle. */
  readonly reponses?: Readonly<Record<string, boolean>>;
  readonly typeProjet?: string;
  readonly structure?: StructureDemande;
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
  /** The page was read that day. */
  readonly consulteLe?: string;
  /** The address was entered that day, the page not read. */
  readonly saisiLe?: string;
  readonly datePage?: string;
  readonly fiabilite?: 'officielle' | 'secondaire';
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
  /** « non éligible »: the criteria that failed. */
  readonly nonRemplis: readonly { readonly libelle: string; readonly raison: string }[];
  readonly aPreciser: readonly PointAPreciser[];
  readonly demarches: readonly string[];
  readonly sources: readonly SourceAide[];
  /** Only for the aids that applied at the installation date. */
  readonly motif?: string;
}

export interface Total {
  readonly periodicite: Periodicite;
  readonly min: number;
  readonly max: number;
  readonly aides: readonly string[];
}

export interface VersionZonage {
  readonly libelle: string;
  readonly dateArrete: string | null;
  readonly source: string;
}

export interface ClasseZonage {
  readonly classe: string | null;
  readonly version: VersionZonage | null;
  readonly validite?: {
    readonly statut: 'en_vigueur' | 'perimee';
    readonly finPresumee: string | null;
    readonly motif: string | null;
    readonly source: string | null;
  } | null;
}

export interface ReponseEligibilite {
  readonly date: string;
  readonly commune: { readonly code: string; readonly nom: string; readonly departement: string; readonly region?: string; readonly regionNom?: string };
  readonly demande: DemandeEligibilite;
  readonly zonage: {
    readonly medecin: ClasseZonage | null;
    readonly profession?: { readonly zonage: string; readonly classe: ClasseZonage } | null;
    readonly qpv?: readonly { readonly code: string; readonly nom: string; readonly classe: string | null }[];
  };
  readonly catalogue: { readonly version: string; readonly verification: string | null };
  readonly aidesLocales?: {
    readonly recensees: number;
    readonly message: string | null;
    readonly ars: { readonly ars: string; readonly paps: string | null; readonly papsVerifie: boolean } | null;
  };
  readonly avertissements: readonly string[];
  readonly aides: readonly AideEvaluee[];
  readonly aLaDateInstallation?: readonly AideEvaluee[];
  readonly horsPeriode: readonly { readonly id: string; readonly nom: string; readonly motif: string }[];
  readonly autresPublics?: readonly { readonly id: string; readonly nom: string; readonly motif: string }[];
  readonly total: { readonly eligibles: readonly Total[]; readonly potentiel: readonly Total[]; readonly nonChiffrees: readonly string[] };
}
