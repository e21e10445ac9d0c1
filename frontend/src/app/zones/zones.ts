import { EtatCouverture } from '../couverture-donnees/etat-couverture';
import { TypeTerritoire } from '../territoires/territoire';

export type ClasseAlerte = 'sous_dotee' | 'fragile_menacee' | 'fragile';

/** One row of `GET /api/acces/zones-sous-dotees`. */
export interface CommuneSousDotee {
  readonly code: string;
  readonly nom: string;
  readonly apl: number | null;
  readonly aplMoins65: number | null;
  readonly fragilite: number | null;
  readonly classe: ClasseAlerte;
  readonly population: number;
}

export interface ZonesSousDotees {
  readonly territoire: { type: TypeTerritoire; code: string; nom: string };
  readonly annee: number;
  readonly source: { libelle: string; millesime: string };
  readonly classes: Readonly<Record<string, string>>;
  /** Where the DREES APL covers the territory; outside it `total` and `communes` are null (not an empty list). */
  readonly couverture: EtatCouverture;
  readonly total: { communes: number; population: number } | null;
  readonly communes: readonly CommuneSousDotee[] | null;
}

export const LIBELLES_COURTS_ALERTE: Readonly<Record<ClasseAlerte, string>> = {
  sous_dotee: 'Sous-dotée',
  fragile_menacee: 'Fragile menacée',
  fragile: 'Fragile',
};
