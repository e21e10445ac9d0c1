import { CategorieNationale } from './classes-cockpit';

export type Verrou =
  { type: 'selection_nationale'; classe: 'ZIP'; message: string } | { type: 'autre_region'; region: string; regionNom: string; message: string };

const pourcent = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 0 });

/**
 * Lock of a unit in a région's draft: a unit in sélection nationale is locked in ZIP (except in a région allowed to
 * derogate); a unit whose population lies mostly in another région is decided by that région's ARS. Either lock is
 * lifted only by forcing it with a written justification.
 */
export function verrouUnite(u: {
  categorie: CategorieNationale | null;
  partRegion: number;
  regionMajoritaire: string;
  regionMajoritaireNom: string;
  regionDerogatoire: boolean;
}): Verrou | null {
  if (u.partRegion < 0.5) {
    return {
      type: 'autre_region',
      region: u.regionMajoritaire,
      regionNom: u.regionMajoritaireNom,
      message: `Unité rattachée à la région ${u.regionMajoritaireNom} : ${pourcent.format(1 - u.partRegion)} de sa population y vit, son classement relève de cette ARS.`,
    };
  }
  if (u.categorie === 'selection_nationale' && !u.regionDerogatoire) {
    return {
      type: 'selection_nationale',
      classe: 'ZIP',
      message: 'Sélection nationale : l’unité est classée ZIP (la région n’est pas déclarée autorisée à déroger).',
    };
  }
  return null;
}

/** Minimum length of the written justification required to force a locked unit. */
export const LONGUEUR_MIN_JUSTIFICATION = 15;
