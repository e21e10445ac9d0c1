/** Contract of `/api/donnees` (ADR 0005): uploadable file types, uploads and their report, datasets and versions. */

export interface ChampTeleversement {
  readonly nom: string;
  readonly libelle: string;
  readonly format: 'texte' | 'date' | 'url' | 'region' | 'choix';
  readonly obligatoire: boolean;
  readonly aide?: string;
  readonly choix?: readonly { valeur: string; libelle: string }[];
}

export interface TypeFichier {
  readonly code: string;
  readonly libelle: string;
  readonly description: string;
  readonly extensions: readonly string[];
  readonly tailleMax: number;
  readonly champs: readonly ChampTeleversement[];
}

export interface LigneSignalee {
  readonly ligne?: number;
  readonly champ?: string;
  readonly valeur?: unknown;
  readonly message: string;
}

export interface LignesSignalees {
  readonly total: number;
  readonly premieres: readonly LigneSignalee[];
}

export interface Differences {
  readonly comparaison: string;
  readonly ajouts: number;
  readonly modifications: number;
  readonly retraits: number;
  readonly inchanges: number;
  readonly exemples: readonly { nature: 'ajout' | 'modification' | 'retrait'; cle: string; libelle: string }[];
}

export interface RapportValidation {
  readonly lignesLues: number;
  readonly lignesRetenues: number;
  readonly ecartees: LignesSignalees;
  readonly erreurs: LignesSignalees;
  readonly encodage: string | null;
  readonly couverture: { readonly perimetre: string };
  readonly differences: Differences | null;
  readonly version: { libelle: string; source: string; millesime: string } | null;
  readonly resume: readonly { libelle: string; valeur: number | string }[];
  readonly avertissements: readonly string[];
  readonly dejaImporte: boolean;
}

export type StatutTeleversement = 'analyse' | 'pret' | 'refuse' | 'import' | 'importe' | 'echec' | 'annule';

export interface EtatTeleversement {
  readonly id: string;
  readonly type: string;
  readonly libelleType: string;
  readonly statut: StatutTeleversement;
  readonly fichier: string;
  readonly taille: number;
  readonly progression: { etape: string; octetsLus: number; octetsTotal: number; lignesLues: number; pourcentage: number } | null;
  readonly rapport: RapportValidation | null;
  readonly erreur: { message: string; details: readonly LigneSignalee[] } | null;
  readonly versionId: number | null;
}

export interface JeuCharge {
  readonly jeu: string;
  readonly libelle: string;
  readonly source: string;
  readonly millesime: string;
  readonly origine: 'livre' | 'televerse' | 'cockpit';
  readonly couverture: readonly { theme: string; libelle: string; perimetre: string }[];
  readonly importeLe: string;
  readonly importePar: string | null;
  readonly fichier: string | null;
  readonly versions: number;
}

export interface VersionJeu {
  readonly id: number;
  readonly origine: 'livre' | 'televerse' | 'cockpit';
  readonly libelle: string;
  readonly source: string;
  readonly millesime: string;
  readonly couverture: string;
  readonly fichier: string | null;
  readonly lignes: number;
  readonly statut: 'en_place' | 'retiree';
  readonly importeLe: string;
  readonly importePar: string | null;
  readonly retireeLe: string | null;
  readonly retireePar: string | null;
  readonly retourPossible: boolean;
}

/** `GET /api/zonages/versions` (the fields the screen edits). */
export interface VersionZonage {
  readonly id: number;
  readonly profession: string;
  readonly libelle: string;
  readonly region: string | null;
  readonly arrete: string | null;
  readonly dateArrete: string | null;
  readonly lienArrete: string | null;
  readonly debut: string;
  readonly fin: string | null;
  readonly origine: 'livre' | 'televerse' | 'cockpit';
}

export type MetadonneesArrete = Pick<VersionZonage, 'arrete' | 'dateArrete' | 'lienArrete' | 'debut' | 'fin'>;

/** The upload's states shown as over: nothing more will change without a user action. */
export const STATUTS_STABLES: ReadonlySet<StatutTeleversement> = new Set(['pret', 'refuse', 'importe', 'echec', 'annule']);
