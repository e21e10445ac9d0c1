import { ClasseIndicateur } from '../../indicateurs/indicateur';
import { couleurParClasse } from '../../indicateurs/couleur-par-classe';
import { DefinitionCouche } from './couche';

/** The communes' pointer target (hover, click), whatever indicator is drawn. */
export const COUCHE_COMMUNES_CHOROPLETHE = 'communes-choroplethe';

/**
 * Invisible fill of every commune, the target of pointer events: an opacity of 0 is never drawn by MapLibre
 * but still hit-tested, so the indicator layers below can come and go without re-attaching listeners.
 */
export const DEFINITION_COMMUNES_CIBLE: DefinitionCouche = {
  ordre: 12,
  specification: {
    id: COUCHE_COMMUNES_CHOROPLETHE,
    type: 'fill',
    source: 'communes',
    'source-layer': 'communes',
    paint: { 'fill-color': '#000000', 'fill-opacity': 0, 'fill-antialias': false },
  },
};

/** Id of the fill layer of one indicator vintage (`cle`, also its feature-state key, e.g. `apl:2022`). */
export const idCoucheIndicateur = (cle: string) => `${COUCHE_COMMUNES_CHOROPLETHE}:${cle}`;

/**
 * Communes filled by the classes of one indicator vintage, read from the feature-state `cle` (never from the
 * tiles). One such layer per vintage shown so far; only the chosen one is opaque. Changing a data-driven
 * colour makes MapLibre lay out every loaded tile again (~300 ms for the national view), while a constant
 * opacity is a uniform: a switch between layers already there flips two opacities and re-lays nothing out,
 * and MapLibre skips drawing a fill whose opacity is 0.
 * No anti-aliased outline (`fill-antialias`): it would draw every commune boundary again at each frame (about
 * a fifth of a frame in software rendering) for a sub-pixel gain, and boundaries have their own layers.
 */
export function coucheCommunesChoroplethe(cle: string, classes: readonly ClasseIndicateur[], visible: boolean): DefinitionCouche {
  return {
    ordre: 10,
    specification: {
      id: idCoucheIndicateur(cle),
      type: 'fill',
      source: 'communes',
      'source-layer': 'communes',
      // Opaque, so that the colours on the map are exactly those of the legend (no fade: see STYLE_HORS_LIGNE).
      paint: {
        'fill-color': couleurParClasse(classes, cle),
        'fill-opacity': visible ? 1 : 0,
        'fill-antialias': false,
      },
    },
  };
}
