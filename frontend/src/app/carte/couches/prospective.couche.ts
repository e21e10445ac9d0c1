import type { ExpressionSpecification } from 'maplibre-gl';
import { INDICATEUR_APL } from '../../indicateurs/acces.indicateurs';
import { couleurParClasse } from '../../indicateurs/couleur-par-classe';
import { CLASSES_DELTA, COULEUR_DELTA_NUL } from '../../simulation/palette-delta';
import { DefinitionCouche } from './couche';

export const COUCHE_PROSPECTIVE = 'prospective';
/** Feature-state keys of the prospective map: a scenario's APL at the shown horizon, or the gap target − observed. */
export const ETAT_PROSPECTIVE_APL = 'prospectiveApl';
export const ETAT_PROSPECTIVE_ECART = 'prospectiveEcart';

/**
 * The « Prospective » tab's map: the APL of the observed or the target scenario at 2031 or 2036 (the APL palette of
 * the indicator map), or the gap between them (the diverging ΔAPL palette). Drawn above the indicator choropleth and
 * below every outline; values come from feature-state, the tiles are unchanged.
 */
export function definitionCoucheProspective(ecart: boolean): DefinitionCouche {
  const couleur: ExpressionSpecification = ecart ? couleurEcart() : couleurParClasse(INDICATEUR_APL.classes, ETAT_PROSPECTIVE_APL);
  return {
    ordre: 11.5,
    specification: {
      id: COUCHE_PROSPECTIVE,
      type: 'fill',
      source: 'communes',
      'source-layer': 'communes',
      paint: { 'fill-color': couleur, 'fill-opacity': 1 },
    },
  };
}

/** The ΔAPL palette on the prospective gap key (its own key: the « Simuler » tab keeps its deltas). */
function couleurEcart(): ExpressionSpecification {
  const [premiere, ...suivantes] = CLASSES_DELTA;
  return [
    'case',
    ['==', ['typeof', ['feature-state', ETAT_PROSPECTIVE_ECART]], 'number'],
    ['step', ['feature-state', ETAT_PROSPECTIVE_ECART], premiere.couleur, ...suivantes.flatMap((c) => [c.min, c.couleur])] as ExpressionSpecification,
    COULEUR_DELTA_NUL,
  ];
}
