/** Contract of `/api/zonage-cockpit` (drafts of the zonage médecins of a région). */
export type ClasseUnite = 'ZIP' | 'ZAC' | 'ZAR' | 'HZ';
export type ClasseQpv = 'ZIP' | 'ZAC' | 'HZ';
export type CategorieNationale = 'selection_nationale' | 'vivier' | 'hors_vivier';

export interface Verrou {
  readonly type: 'selection_nationale' | 'autre_region';
  readonly message: string;
  readonly region?: string;
  readonly regionNom?: string;
}

export interface IndicateurUnite {
  readonly code: string;
  readonly libelle: string;
  readonly valeur: number | null;
  readonly unite: string;
  readonly source: string | null;
  readonly annee: string | null;
  readonly raison: string | null;
  /** Zones rouges: what is known in words (« 2 communes sur 12 (CC …) », « inconnu — liste partielle »). */
  readonly texte?: string;
}

export interface UniteSocle {
  readonly code: string;
  readonly nom: string;
  readonly communes: readonly string[];
  readonly communesHorsRegion: number;
  readonly populationRegion: number;
  readonly populationTotale: number;
  readonly partRegion: number;
  readonly regionMajoritaire: string;
  readonly apl: number | null;
  readonly aplMoins65: number | null;
  readonly categorie: CategorieNationale | null;
  readonly verrou: Verrou | null;
  readonly classeEnVigueur: ClasseUnite | null;
  readonly indicateurs: readonly IndicateurUnite[];
  readonly qpv: readonly string[];
}

export interface CommuneSocle {
  readonly code: string;
  readonly nom: string;
  readonly departement: string;
  readonly unite: string;
  readonly population: number;
  readonly classeEnVigueur: string | null;
  readonly arrondissementDe: string | null;
}

export interface QpvSocle {
  readonly code: string;
  readonly nom: string;
  readonly communes: readonly string[];
  readonly parts: readonly { unite: string; population: number }[];
  readonly population: number;
  readonly populationSource: 'saisie' | 'minimum_legal';
  readonly sourcePopulation: string;
  readonly classeEnVigueur: 'ZIP' | 'ZAC' | null;
}

export interface ParametreEffectif {
  readonly parametre: string;
  readonly libelle: string;
  readonly unite: string;
  readonly aide: string;
  readonly valeur: number | null;
  readonly statut: 'saisi_ars' | 'texte' | 'a_saisir';
  readonly provenance: string;
  readonly anterieurAuTexteEnVigueur: boolean;
}

export interface Socle {
  readonly region: string;
  readonly regionNom: string;
  readonly unite: 'bassin_de_vie' | 'tvs';
  readonly uniteLibelle: string;
  readonly anneeApl: number;
  readonly sourceApl: string;
  readonly sourcePopulation: string;
  readonly dateReference: string;
  readonly zonageEnVigueur: { libelle: string; statut: string; motif: string | null } | null;
  readonly parametres: readonly ParametreEffectif[];
  readonly unites: readonly UniteSocle[];
  readonly communes: readonly CommuneSocle[];
  readonly qpv: readonly QpvSocle[];
  readonly notes: readonly string[];
}

export interface DecisionUnite {
  readonly classe: ClasseUnite;
  readonly force: boolean;
  readonly justificationForcage: string | null;
  readonly justification: string | null;
}

export interface MetaBrouillon {
  readonly id: string;
  readonly region: string;
  readonly libelle: string;
  readonly unite: 'bassin_de_vie' | 'tvs';
  readonly anneeApl: number;
  readonly origine: 'en_vigueur' | 'categories' | 'copie';
  readonly dateReference: string;
  readonly statut: 'brouillon' | 'valide' | 'publie';
  readonly auteur: string;
  readonly creeLe: string;
  readonly modifieLe: string;
  readonly versionId: number | null;
  readonly publication: { arrete: string; debut: string; fin: string } | null;
}

export interface Jauge {
  readonly population: number;
  readonly part: number | null;
  readonly denominateur: number;
  readonly plafond: number | null;
  readonly statut: 'respecte' | 'depasse' | 'plafond_inconnu';
}

export interface Jauges {
  readonly populationRegion: number;
  readonly populationParClasse: Readonly<Record<ClasseUnite, number>>;
  readonly zip: Jauge;
  readonly zac: Jauge;
  readonly marge: Jauge & { readonly partRegion: number | null; readonly populationVivier: number };
  readonly populationQpvDeplacee: number;
}

export interface VueBrouillon {
  readonly brouillon: MetaBrouillon;
  readonly socle: Socle;
  readonly decisions: { readonly unites: Readonly<Record<string, DecisionUnite>>; readonly qpv: Readonly<Record<string, ClasseQpv>> };
  readonly jauges: Jauges;
}

export interface ModificationUnite {
  readonly classe?: ClasseUnite;
  readonly forcer?: boolean;
  readonly justificationForcage?: string;
  readonly justification?: string | null;
}

export interface Controle {
  readonly code: string;
  readonly niveau: 'bloquant' | 'avertissement' | 'ok';
  readonly message: string;
}

export interface Etape {
  readonly etape: string;
  readonly libelle: string;
  readonly detail: string;
  readonly source: string;
  readonly verifie: boolean;
  readonly fait: boolean;
  readonly date: string | null;
  readonly note: string | null;
}

export interface DiffBrouillon {
  readonly reference: { date: string; libelle: string; statut: string; motif: string | null };
  readonly nbUnitesChangees: number;
  readonly nbCommunesChangees: number;
  readonly unites: readonly { code: string; nom: string; avant: string | null; apres: string; populationRegion: number; force: boolean }[];
  readonly communes: readonly {
    code: string;
    nom: string;
    departement: string;
    avant: string | null;
    apres: string;
    population: number;
    medecins: number | null;
  }[];
  readonly populationDeplacee: readonly { avant: string | null; apres: string; population: number; communes: number }[];
  readonly medecins: { disponible: boolean; total: number | null; raison: string | null; source: string | null; commentCharger?: string | null };
  readonly aides: {
    date: string;
    note: string;
    groupes: readonly {
      avant: string | null;
      apres: string;
      departement: string;
      communes: number;
      communeTemoin: { code: string; nom: string };
      changements: readonly { profil: string; aide: string; nom: string; avant: string | null; apres: string | null }[];
      /** Aids open under both classes with the same status (the class does not decide them), with what remains to confirm. */
      inchangees: readonly { aide: string; nom: string; statut: string; profils: readonly string[]; aPreciser: readonly string[] }[];
    }[];
  } | null;
}

export const LIBELLES_CLASSES: Readonly<Record<string, string>> = {
  ZIP: 'ZIP',
  ZAC: 'ZAC',
  ZAR: 'ZAR',
  HZ: 'Hors zonage',
};

export const LIBELLES_CATEGORIES: Readonly<Record<CategorieNationale, string>> = {
  selection_nationale: 'Sélection nationale',
  vivier: 'Vivier',
  hors_vivier: 'Hors vivier',
};

/** Colours of the draft's classes (same as the zonage indicator of the dashboard). */
export const COULEURS_CLASSES: Readonly<Record<ClasseUnite, string>> = { ZIP: '#b2182b', ZAC: '#ef8a62', ZAR: '#fddbc7', HZ: '#e0e0e0' };

/** Click on the map: ZIP → ZAC → hors zonage → ZIP. */
export const CYCLE_CLASSES: Readonly<Record<ClasseUnite, ClasseUnite>> = { ZIP: 'ZAC', ZAC: 'HZ', HZ: 'ZIP', ZAR: 'ZIP' };
