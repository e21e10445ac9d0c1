import { EtatCouverture } from '../couverture-donnees/etat-couverture';
import { SourceDonnee, TypeTerritoire } from '../territoires/territoire';

/** A value with its provenance, as every access API answers. */
export interface ValeurSourcee<T = number | null> {
  readonly valeur: T;
  readonly source: SourceDonnee;
}

export interface ResumeHorizon {
  readonly annee: number;
  readonly apl: ValeurSourcee;
  readonly populationSous2_5: ValeurSourcee;
  readonly populationSous4: ValeurSourcee;
}

/** `GET /api/acces/:type/:code`. */
export interface FicheAcces {
  readonly type: TypeTerritoire;
  readonly code: string;
  readonly nom: string;
  readonly annee: number;
  readonly source: SourceDonnee;
  /** Where the DREES APL covers the territory (France except Mayotte). */
  readonly couverture: EtatCouverture;
  readonly apl: ValeurSourcee;
  readonly aplMoins65: ValeurSourcee;
  readonly fragilite: ValeurSourcee;
  readonly classe: ValeurSourcee<string | null>;
  readonly population: {
    readonly totale: ValeurSourcee;
    readonly sous2_5: ValeurSourcee;
    readonly sous4: ValeurSourcee;
  };
  readonly absence: string | null;
  /** Commune split after the DREES vintage: what its APL and its population are. */
  readonly scission?: {
    readonly libelle: string;
    readonly explication: string;
    readonly populationEstimee: boolean;
    readonly communeAvant: { readonly code: string; readonly nom: string };
    readonly populationAvant: number;
  } | null;
  readonly evolution: { depuis: number; aplPrecedente: ValeurSourcee; ecart: ValeurSourcee } | null;
  readonly rangs: readonly {
    perimetre: { type: string; code: string; nom: string };
    rang: number;
    sur: number;
    source: SourceDonnee;
  }[];
  readonly horizons: { aujourdhui: ResumeHorizon; horizon5: ResumeHorizon; horizon10: ResumeHorizon; hypotheses: { description: string } };
}

export interface VersionZonage {
  readonly libelle: string;
  readonly arrete: string | null;
  readonly dateArrete: string | null;
  readonly debut: string;
  readonly debutConnu: boolean;
  readonly fin: string | null;
  readonly lienArrete: string | null;
  readonly source: string;
}

/** Whether the zonage version applied still holds at the date (ADR 0004). */
export interface ValiditeZonage {
  readonly statut: 'en_vigueur' | 'perimee';
  readonly finPresumee: string | null;
  /** Plain French: why it is presumed outdated (the arrêté that replaced it). */
  readonly motif: string | null;
  /** URL of the ARS page or text behind the presumed end. */
  readonly source: string | null;
}

export interface ZonageProfession {
  readonly classe: string | null;
  readonly version: VersionZonage | null;
  readonly validite: ValiditeZonage | null;
  readonly couverture: EtatCouverture;
}

/** `GET /api/zonages/communes/:code` (commune only). */
export interface ZonageCommune {
  readonly date: string;
  readonly medecin: ZonageProfession | null;
  readonly qpv: { readonly couverture: EtatCouverture; readonly quartiers: readonly { code: string; nom: string; source: string }[] | null };
}

/** `GET /api/couverture/:type/:code`: structures and zonage split of the territory, each part with its coverage. */
export interface CouvertureTerritoire {
  readonly date: string;
  readonly population: { parZonageMedecins: Readonly<Record<string, { communes: number; habitants: number }>> | null; source: string };
  readonly structures: { couverture: EtatCouverture; parType: Readonly<Record<string, number | null>>; source: string };
  readonly cpts: { couverture: EtatCouverture; nombre: number | null; source: string };
  readonly eloignement: {
    disponible: boolean;
    couverture: EtatCouverture;
    seuilMinutes?: number;
    populationEloignee: number | null;
    part: number | null;
    source?: string;
    raison?: string;
  };
}
