import { VerdictCirculaire } from './verdict-circulaire';

/**
 * The need of a project's zone (APL indicators, fragile vs empty zone per the 2010 circular), behind a port so the
 * projects feature does not depend on how the access engine computes it. ProjetsModule binds it to BesoinParAcces
 * (besoin-par-acces.ts); without a binding the project answers `{ disponible: false }` and says why.
 */
export interface BesoinZone {
  disponible: boolean;
  message?: string;
  /** Indicators of the project's commune and of its zone (commune + communes covered), each with source and year. */
  indicateurs?: unknown;
  /** 2010 MSP circular: fragile zone (target) vs zone with no GP within reach (to avoid). */
  verdict?: VerdictCirculaire;
}

export interface FournisseurBesoinProjet {
  besoin(communeCode: string, communesCouvertes?: string[]): Promise<BesoinZone>;
}

export const FOURNISSEUR_BESOIN = Symbol('FOURNISSEUR_BESOIN');

export const besoinNonBranche: FournisseurBesoinProjet = {
  besoin: () =>
    Promise.resolve({
      disponible: false,
      message: 'Indicateurs d’accès non branchés : le moteur d’accès (APL) n’expose pas encore de service aux projets.',
    }),
};
