import type { ExpressionSpecification } from 'maplibre-gl';
import { DefinitionCouche } from './couche';

export const SOURCE_PROJETS = 'projets';
export const COUCHE_PROJETS = 'projets-points';

/** Colour of a project point by the 2010-circular verdict of its zone (`inconnu` until its analysis is loaded). */
export const COULEURS_PROJETS = {
  zone_fragile: '#18753c',
  zone_sans_medecin: '#ce0500',
  acces_suffisant: '#0063cb',
  indetermine: '#666666',
  inconnu: '#666666',
} as const;

const COULEUR_PAR_CIBLE: ExpressionSpecification = [
  'match',
  ['get', 'cible'],
  'zone_fragile',
  COULEURS_PROJETS.zone_fragile,
  'zone_sans_medecin',
  COULEURS_PROJETS.zone_sans_medecin,
  'acces_suffisant',
  COULEURS_PROJETS.acces_suffisant,
  COULEURS_PROJETS.inconnu,
];

/**
 * Projects visible to the connected account (GeoJSON source, one point per site or the commune’s interior point):
 * large dots with a thick white ring, above the structures (60-61) so a project is never hidden by
 * the structure it competes with.
 */
export const COUCHE_PROJETS_DEFINITION: DefinitionCouche = {
  ordre: 70,
  specification: {
    id: COUCHE_PROJETS,
    type: 'circle',
    source: SOURCE_PROJETS,
    paint: {
      'circle-color': COULEUR_PAR_CIBLE,
      'circle-radius': 8,
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 3,
    },
  },
};
