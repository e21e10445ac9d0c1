import { ClasseIndicateur } from '../../indicateurs/indicateur';
import { couleurParClasse } from '../../indicateurs/couleur-par-classe';
import { DefinitionCouche } from './couche';

export const COUCHE_COMMUNES_CHOROPLETHE = 'communes-choroplethe';

/** Communes filled by indicator class; values come from feature-state, never from the tiles. */
export function coucheCommunesChoroplethe(classes: readonly ClasseIndicateur[]): DefinitionCouche {
  return {
    ordre: 10,
    specification: {
      id: COUCHE_COMMUNES_CHOROPLETHE,
      type: 'fill',
      source: 'communes',
      'source-layer': 'communes',
      // Opaque, so that the colours on the map are exactly those of the legend.
      paint: { 'fill-color': couleurParClasse(classes), 'fill-opacity': 1 },
    },
  };
}
