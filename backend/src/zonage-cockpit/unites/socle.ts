import { ParametreEffectif } from '../methode/parametres-methode';
import { CategorieNationale, ClasseUnite } from './classes-cockpit';
import { Verrou } from './verrou';

/** A « beyond APL » indicator of a unit, with its source and year, or null with the reason. */
export interface IndicateurUnite {
  code: 'densite_mg' | 'part_offre_65_plus' | 'part_75_ans_plus' | 'taux_pauvrete' | 'niveau_vie_median' | 'zone_rouge';
  libelle: string;
  valeur: number | null;
  /** Zones rouges: what is known in words (« 2 communes sur 12 (CC …) », « inconnu — liste partielle »). */
  texte?: string;
  unite: string;
  source: string | null;
  annee: string | null;
  raison: string | null;
}

export interface CommuneSocle {
  code: string;
  nom: string;
  departement: string;
  unite: string;
  population: number;
  /** `drees`: population totale of the APL vintage; `legale`: legal population 2026 (no APL row). */
  populationSource: 'drees' | 'legale';
  apl: number | null;
  aplMoins65: number | null;
  /** Class in the zonage in force at the draft's reference date (null: none loaded, or mixed classes). */
  classeEnVigueur: string | null;
  /** Parent city when the member is a Paris/Lyon/Marseille arrondissement. */
  arrondissementDe: string | null;
}

export interface UniteSocle {
  code: string;
  nom: string;
  /** Member codes that lie in the région. */
  communes: string[];
  communesHorsRegion: number;
  populationRegion: number;
  populationTotale: number;
  partRegion: number;
  regionMajoritaire: string;
  apl: number | null;
  aplMoins65: number | null;
  populationStandardisee: number;
  membresSansApl: number;
  categorie: CategorieNationale | null;
  verrou: Verrou | null;
  /** Class in force by population majority of its communes in the région (null when none is known). */
  classeEnVigueur: ClasseUnite | null;
  /** Population of its communes in the région per class in force. */
  populationsEnVigueur: Record<string, number>;
  indicateurs: IndicateurUnite[];
  qpv: string[];
}

export interface QpvSocle {
  code: string;
  nom: string;
  communes: string[];
  parts: { unite: string; population: number }[];
  population: number;
  /** `saisie`: entered by the ARS; `minimum_legal`: 1,000 inhabitants, the legal minimum of a QPV (approximation). */
  populationSource: 'saisie' | 'minimum_legal';
  sourcePopulation: string;
  classeEnVigueur: 'ZIP' | 'ZAC' | null;
}

/** Everything a draft of a région rests on, computed once per région, unit, vintage and reference date. */
export interface Socle {
  region: string;
  regionNom: string;
  unite: 'bassin_de_vie' | 'tvs';
  uniteLibelle: string;
  compositionId: number | null;
  anneeApl: number;
  sourceApl: string;
  sourcePopulation: string;
  dateReference: string;
  zonageEnVigueur: { libelle: string; statut: 'en_vigueur' | 'perimee' | 'aucun'; motif: string | null } | null;
  parametres: ParametreEffectif[];
  unites: UniteSocle[];
  communes: CommuneSocle[];
  qpv: QpvSocle[];
  notes: string[];
}
