import { EtatCouverture } from '../couverture-donnees/etat-couverture';
/** Contract of `/api/projets` (the fields the dashboard shows; the API sends more). */
export type TypeProjet = 'msp' | 'psp' | 'cpts' | 'centre_sante';
export type EtapeProjet = 'idee' | 'diagnostic' | 'etude_faisabilite' | 'projet_sante' | 'montage_juridique' | 'financement' | 'travaux' | 'ouverture';
export type TypePorteur = 'collectivite' | 'professionnels' | 'etablissement' | 'association' | 'autre';

export const LIBELLES_TYPE_PROJET: Readonly<Record<TypeProjet, string>> = {
  msp: 'Maison de santé pluriprofessionnelle (MSP)',
  psp: 'Pôle de santé pluriprofessionnel (PSP)',
  cpts: 'Communauté professionnelle territoriale de santé (CPTS)',
  centre_sante: 'Centre de santé',
};
export const SIGLES_TYPE_PROJET: Readonly<Record<TypeProjet, string>> = { msp: 'MSP', psp: 'PSP', cpts: 'CPTS', centre_sante: 'Centre de santé' };

/** In the order a project goes through them. */
export const ETAPES_PROJET: readonly { readonly id: EtapeProjet; readonly libelle: string }[] = [
  { id: 'idee', libelle: 'Idée' },
  { id: 'diagnostic', libelle: 'Diagnostic' },
  { id: 'etude_faisabilite', libelle: 'Étude de faisabilité' },
  { id: 'projet_sante', libelle: 'Projet de santé' },
  { id: 'montage_juridique', libelle: 'Montage juridique' },
  { id: 'financement', libelle: 'Financement' },
  { id: 'travaux', libelle: 'Travaux' },
  { id: 'ouverture', libelle: 'Ouverture' },
];
export const LIBELLES_ETAPE: Readonly<Record<EtapeProjet, string>> = Object.fromEntries(ETAPES_PROJET.map((e) => [e.id, e.libelle])) as Record<
  EtapeProjet,
  string
>;

export const LIBELLES_PORTEUR: Readonly<Record<TypePorteur, string>> = {
  collectivite: 'Collectivité',
  professionnels: 'Professionnels de santé',
  etablissement: 'Établissement',
  association: 'Association',
  autre: 'Autre',
};

export interface Professionnel {
  readonly profession: string;
  readonly nombre: number;
}

/** One project as `GET /api/projets` lists it. */
export interface Projet {
  readonly id: string;
  readonly nom: string;
  readonly type: TypeProjet;
  readonly etape: EtapeProjet;
  readonly communeCode: string;
  readonly communeNom: string;
  readonly departementCode: string;
  readonly regionCode: string;
  readonly communesCouvertes: readonly string[];
  readonly sites: readonly { readonly longitude: number; readonly latitude: number }[];
  readonly porteurType: TypePorteur;
  readonly porteurNom: string;
  readonly professionnels: readonly Professionnel[];
  readonly projetSanteValide: boolean;
  readonly proprietaireId: string | null;
  readonly modifieLe: string;
}

export interface Source {
  readonly libelle: string;
  readonly millesime: string;
}

export interface ValeurSourcee<T = number> {
  readonly valeur: T | null;
  readonly source: Source;
}

export type CibleCirculaire = 'zone_fragile' | 'zone_sans_medecin' | 'acces_suffisant' | 'indetermine';

export interface VerdictCirculaire {
  readonly cible: CibleCirculaire;
  readonly libelle: string;
  readonly explication: string;
  readonly critere: string;
  readonly source: Source | null;
}

export interface IndicateursBesoin {
  readonly code: string;
  readonly nom: string;
  readonly annee: number;
  readonly apl?: ValeurSourcee;
  readonly aplMoins65?: ValeurSourcee;
  readonly classe?: ValeurSourcee<string>;
  readonly population?: { readonly totale?: ValeurSourcee; readonly sous2_5?: ValeurSourcee; readonly sous4?: ValeurSourcee };
}

export interface BesoinZone {
  readonly disponible: boolean;
  readonly message?: string;
  readonly indicateurs?: { readonly commune?: IndicateursBesoin | null; readonly zone?: IndicateursBesoin | null };
  readonly verdict?: VerdictCirculaire;
}

export interface ImpactSimule {
  readonly disponible: boolean;
  readonly raison?: string;
  readonly message?: string;
  readonly annee?: number;
  readonly source?: Source;
  readonly commune?: {
    readonly code: string;
    readonly nom?: string;
    readonly aplAvant?: number;
    readonly aplApres?: number;
    readonly deltaApl: number;
    readonly classeAvant?: string;
    readonly classeApres?: string;
  };
  readonly populationAuDessusDe2_5?: { readonly population: number };
  readonly populationAuDessusDe4?: { readonly population: number };
  readonly communesTouchees?: number;
  readonly hypotheses?: { readonly medecinsEngages?: string };
  readonly avertissements?: readonly string[];
}

export type StatutAide = 'eligible' | 'a-confirmer' | 'non-eligible';

export interface AideProjet {
  readonly id: string;
  readonly nom: string;
  readonly statut: StatutAide;
  readonly montant: { readonly valeur: number | null; readonly libelle: string };
  readonly financeur?: { readonly nom: string };
  /** « non éligible »: the criteria that failed. */
  readonly nonRemplis?: readonly { readonly libelle: string; readonly raison: string }[];
  /** « à confirmer »: what to answer. */
  readonly aPreciser?: readonly { readonly libelle: string; readonly question?: string }[];
}

export interface EvaluationAides {
  readonly situation: string;
  readonly libelle: string;
  readonly aides: readonly AideProjet[];
  readonly avertissements?: readonly string[];
}

export interface AidesDuProjet {
  readonly disponible: boolean;
  readonly message?: string;
  readonly raison?: string;
  readonly date?: string;
  readonly evaluations?: readonly EvaluationAides[];
}

export interface ProjetVoisin {
  readonly id: string;
  readonly nom: string;
  readonly type: TypeProjet;
  readonly etape: EtapeProjet;
  readonly communeNom: string;
  readonly minutes: number;
}

export interface StructureVoisine {
  readonly id: number | string;
  readonly type: string;
  readonly nom: string;
  readonly communeNom: string;
  readonly minutes: number;
  readonly concurrente: boolean;
  readonly source: string;
}

export interface Voisinage {
  readonly methode: string;
  readonly minutesMax: number;
  readonly projets: readonly ProjetVoisin[];
  /** Where the structures' dataset covers the communes within reach (FINESS, CPTS lists). */
  readonly couverture: EtatCouverture;
  /** null: not loaded around the project — unknown, not absent. */
  readonly structures: readonly StructureVoisine[] | null;
  readonly nombreStructures: number | null;
  /** null: unknown (structures not loaded and no other project within reach). */
  readonly chevauchement: boolean | null;
  readonly alerte: string | null;
  readonly avertissement: string | null;
  readonly source: string;
}

/** `GET /api/projets/:id`: the project and its analysis. */
export interface DetailProjet extends Projet {
  readonly besoin: BesoinZone;
  readonly impact: ImpactSimule;
  readonly aides: AidesDuProjet;
  readonly voisins: Voisinage;
}

/** `POST /api/projets` (the short form's fields). */
export interface NouveauProjet {
  readonly nom: string;
  readonly type: TypeProjet;
  readonly etape: EtapeProjet;
  readonly communeCode: string;
  readonly porteurType: TypePorteur;
  readonly porteurNom: string;
  readonly professionnels: readonly Professionnel[];
}
