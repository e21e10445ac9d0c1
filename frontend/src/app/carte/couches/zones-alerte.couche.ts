import { DefinitionCouche } from './couche';

export const COUCHE_ZONES_ALERTE = 'zones-alerte';

/** Feature-state `alerte` of a commune: its access class when it is worrying (absent otherwise). */
export const NIVEAUX_ALERTE = { sous_dotee: 0, fragile_menacee: 1, fragile: 2 } as const;
export const COULEURS_ALERTE = { sous_dotee: '#6e0b0b', fragile_menacee: '#b34000', fragile: '#7a5b00' } as const;

/**
 * Under-served and fragile communes outlined above any choropleth (so the flag survives every indicator):
 * solid dark red for under-served, dashed for fragile. Drawn from zoom 6, where communes are big enough.
 */
export const DEFINITION_ZONES_ALERTE: DefinitionCouche = {
  ordre: 25,
  specification: {
    id: COUCHE_ZONES_ALERTE,
    type: 'line',
    source: 'communes',
    'source-layer': 'communes',
    minzoom: 6,
    paint: {
      'line-color': [
        'match',
        ['to-number', ['feature-state', 'alerte'], -1],
        0,
        COULEURS_ALERTE.sous_dotee,
        1,
        COULEURS_ALERTE.fragile_menacee,
        2,
        COULEURS_ALERTE.fragile,
        'rgba(0,0,0,0)',
      ],
      'line-width': ['interpolate', ['linear'], ['zoom'], 6, 1, 11, 2.5],
      'line-opacity': ['case', ['==', ['typeof', ['feature-state', 'alerte']], 'number'], 1, 0],
    },
  },
};
