/**
 * INTEGRATION POINT with the access engine (backend/src/acces, another feature): the need of a project's zone
 * (APL indicators, fragile vs empty zone per the 2010 circular). When the access module exports a service, bind it
 * in ProjetsModule with `{ provide: FOURNISSEUR_BESOIN, useExisting: <its adapter> }`; until then the project
 * answers `{ disponible: false }` and says why, rather than inventing figures.
 */
export interface BesoinZone {
  disponible: boolean;
  message?: string;
  /** Indicators as the access engine returns them, each with its source and year. */
  indicateurs?: unknown;
}

export interface FournisseurBesoinProjet {
  besoin(communeCode: string): Promise<BesoinZone>;
}

export const FOURNISSEUR_BESOIN = Symbol('FOURNISSEUR_BESOIN');

export const besoinNonBranche: FournisseurBesoinProjet = {
  besoin: async () => ({
    disponible: false,
    message: 'Indicateurs d’accès non branchés : le moteur d’accès (APL) n’expose pas encore de service aux projets.',
  }),
};
