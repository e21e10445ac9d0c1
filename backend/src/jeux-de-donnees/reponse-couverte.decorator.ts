import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';
import { ThemeCouverture } from './themes-donnees';

export const CLE_REPONSE_COUVERTE = 'maillage:reponse-couverte';
export const CLE_SANS_COUVERTURE = 'maillage:sans-couverture';

/**
 * How the territory asked reaches a route, so that the coverage rule test can ask it for a territory outside a
 * dataset's coverage:
 * - `chemin`: `:type/:code` path parameters (commune, epci, departement, region);
 * - `commune`: a `:code` path parameter holding an INSEE commune code;
 * - `requete`: a `territoire=type:code` query parameter;
 * - `france`: no territory, a national answer (a value per commune, or an unfiltered list);
 * - `corps-communes`: a POST body `{ communes: [code…] }`;
 * - `projet`: a project's `:id` (the test creates a project in the commune asked).
 */
export type PassageTerritoire = 'chemin' | 'commune' | 'requete' | 'france' | 'corps-communes' | 'projet';

/** One way of asking a route (several for a route whose parameters pick the dataset, e.g. a profession). */
export interface DeclarationCouverte {
  territoire: PassageTerritoire;
  /**
   * Where the figures drawn from each theme are in the answer (dotted paths; `*` stands for every key or element,
   * `{commune}` for the commune asked). Outside the theme's coverage each of them is null, and the answer carries the
   * theme's coverage state (`couverture`: couvert, raison, commentCharger) somewhere.
   */
  chiffres: Partial<Record<ThemeCouverture, string[]>>;
  /** Fixed path parameters other than the territory (e.g. `{ profession: 'sage-femme' }`). */
  chemin?: Record<string, string>;
  /** Fixed query parameters (e.g. `{ indicateur: 'apl' }`). */
  requete?: Record<string, string>;
  /** Fixed body fields merged into the POST body. */
  corps?: Record<string, unknown>;
}

/**
 * Declares that a route counts, lists or measures from datasets (ADR 0005): outside a dataset's coverage its figures
 * are null with the reason and how to load the missing data — never 0. The coverage rule test walks every route and
 * asks each declared one for a territory outside the coverage; an undeclared route fails it (see `SansCouverture`).
 */
export const ReponseCouverte = (...declarations: DeclarationCouverte[]) =>
  applyDecorators(
    SetMetadata(CLE_REPONSE_COUVERTE, declarations),
    ApiExtension('x-couverture', {
      description: 'Hors de la couverture des jeux de données, ces chiffres valent null, avec la raison et la façon de charger les données manquantes.',
      chiffres: declarations.map((d) => d.chiffres),
    }),
  );

/** A route that counts nothing from a dataset (reference data, metadata, writes…), with the reason, reviewed. */
export const SansCouverture = (raison: string) => applyDecorators(SetMetadata(CLE_SANS_COUVERTURE, raison), ApiExtension('x-sans-couverture', raison));
