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
  readonly source: string;
}

/** `GET /api/zonages/communes/:code` (commune only). */
export interface ZonageCommune {
  readonly date: string;
  readonly medecin: { classe: string | null; version: VersionZonage | null } | null;
  readonly qpv: readonly { code: string; nom: string; source: string }[];
}

/** `GET /api/couverture/:type/:code`: structures and zonage split of the territory. */
export interface CouvertureTerritoire {
  readonly date: string;
  readonly population: { parZonageMedecins: Readonly<Record<string, { communes: number; habitants: number }>>; source: string };
  readonly structures: { parType: Readonly<Record<string, number>>; source: string };
  readonly eloignement: { disponible: boolean; seuilMinutes?: number; populationEloignee?: number; part?: number; source?: string; raison?: string };
}
