import { DefinitionCouche } from './couche';

export const COUCHE_ZONES_ROUGES = 'zones-rouges';
export const COUCHE_ZONES_ROUGES_CONTOUR = 'zones-rouges-contour';
/** Feature-state key of an EPCI in the list of zones rouges (true). */
export const ETAT_ZONE_ROUGE = 'zoneRouge';
export const COULEUR_ZONE_ROUGE = '#ce0500';

/** EPCI of the zones rouges list (feature-state by SIREN on the EPCI tiles): a light red fill and a red outline. */
export const COUCHES_ZONES_ROUGES: readonly DefinitionCouche[] = [
  {
    ordre: 14,
    specification: {
      id: COUCHE_ZONES_ROUGES,
      type: 'fill',
      source: 'epci',
      'source-layer': 'epci',
      paint: { 'fill-color': COULEUR_ZONE_ROUGE, 'fill-opacity': ['case', ['boolean', ['feature-state', ETAT_ZONE_ROUGE], false], 0.25, 0] },
    },
  },
  {
    ordre: 24,
    specification: {
      id: COUCHE_ZONES_ROUGES_CONTOUR,
      type: 'line',
      source: 'epci',
      'source-layer': 'epci',
      paint: {
        'line-color': COULEUR_ZONE_ROUGE,
        'line-width': 1.6,
        'line-opacity': ['case', ['boolean', ['feature-state', ETAT_ZONE_ROUGE], false], 1, 0],
      },
    },
  },
];
