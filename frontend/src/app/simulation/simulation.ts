import { SourceDonnee } from '../territoires/territoire';

/** Contract of `POST /api/acces/simulation` and `GET /api/acces/parametres` (backend/src/acces). */
export type TypeChangement = 'ouverture_msp' | 'ajout_medecins' | 'retrait_medecins' | 'depart_retraite';

export const LIBELLES_CHANGEMENT: Readonly<Record<TypeChangement, string>> = {
  ouverture_msp: 'Ouverture d’une MSP',
  ajout_medecins: 'Installation de médecins généralistes',
  retrait_medecins: 'Départ de médecins généralistes',
  depart_retraite: 'Départ des médecins de 65 ans et plus',
};

/** One change of the GP supply, as sent to the API. */
export interface Changement {
  readonly type: TypeChangement;
  /** INSEE code (COG 2026) for MSP and GP changes. */
  readonly commune?: string;
  /** « type:code » for retirements (e.g. departement:42). */
  readonly territoire?: string;
  /** Number of GPs (1 to 200) for MSP and GP changes. */
  readonly nombre?: number;
}

/** A change in the scenario being edited: the API change plus what the screen shows. */
export interface ChangementScenario extends Changement {
  readonly id: number;
  /** Name of the commune or territory, as picked. */
  readonly nomLieu: string;
}

/** sous_dotee < 2.5 ≤ fragile(_menacee) < 4 ≤ suffisante (backend/src/acces/indicateurs/classes-acces.ts). */
export type ClasseAcces = 'sous_dotee' | 'fragile_menacee' | 'fragile' | 'suffisante';

export const LIBELLES_CLASSE_ACCES: Readonly<Record<ClasseAcces, string>> = {
  sous_dotee: 'sous-dotée',
  fragile_menacee: 'fragile menacée',
  fragile: 'fragile',
  suffisante: 'suffisante',
};

export interface CommuneSimulee {
  readonly code: string;
  readonly nom: string;
  readonly aplAvant: number;
  readonly aplApres: number;
  readonly delta: number;
  readonly population: number;
  readonly classeAvant: ClasseAcces | null;
  readonly classeApres: ClasseAcces | null;
}

export interface BilanFranchissement {
  readonly communes: readonly string[];
  readonly population: number;
}

export interface Franchissement {
  readonly seuil: number;
  readonly passentAuDessus: BilanFranchissement;
  readonly passentEnDessous: BilanFranchissement;
}

export interface TerritoireSimule {
  readonly type: 'epci' | 'departement' | 'region';
  readonly code: string;
  readonly nom: string;
  readonly aplAvant: number | null;
  readonly aplApres: number | null;
  readonly delta: number | null;
  readonly populationSous2_5: { readonly avant: number; readonly apres: number };
  readonly populationSous4: { readonly avant: number; readonly apres: number };
}

export interface ResultatSimulation {
  readonly annee: number;
  readonly mode: 'incremental' | 'recalcul_complet';
  readonly source: SourceDonnee;
  readonly hypotheses: {
    readonly consultationsParMedecin: number;
    readonly modeleTrajet: { readonly facteurDetour: number; readonly vitesseKmh: number; readonly approximation: string };
  };
  /** Communes whose APL changed, largest |ΔAPL| first. */
  readonly communes: readonly CommuneSimulee[];
  /** Thresholds 2.5 then 4. */
  readonly franchissements: readonly Franchissement[];
  readonly territoires: readonly TerritoireSimule[];
  readonly avertissements: readonly string[];
}

export interface ParametresAcces {
  readonly modeleTrajet: {
    readonly description: string;
    readonly formule: string;
    readonly facteurDetour: number;
    readonly vitesseKmh: number;
    readonly avertissement: string;
  };
  readonly simulation: {
    readonly mode: 'incremental' | 'recalcul_complet';
    readonly consultationsParMedecin: number;
    readonly justification: string;
  };
  readonly formule: { readonly porteeMinutes?: number; readonly source: SourceDonnee };
}
