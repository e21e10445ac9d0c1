import type { ExpressionSpecification, FilterSpecification } from 'maplibre-gl';
import { POLICE_ETIQUETTES, POLICE_ETIQUETTES_GRAS } from '../style-hors-ligne';
import { DefinitionCouche } from './couche';

/** GeoJSON sources of the place names: chefs-lieux and communes of 5,000 inhabitants or more, then the others. */
export const SOURCE_ETIQUETTES_PRINCIPALES = 'etiquettes-principales';
export const SOURCE_ETIQUETTES_AUTRES = 'etiquettes-autres';
/** The other communes are fetched (≈ 450 kB) once the map is zoomed in this far, and shown from there. */
export const ZOOM_ETIQUETTES_AUTRES = 9;

const TEXTE_COMMUN = {
  'text-field': ['get', 'nom'] as ExpressionSpecification,
  'text-max-width': 8,
  'text-padding': 3,
  // Larger communes first when names collide.
  'symbol-sort-key': ['-', 0, ['get', 'population']] as ExpressionSpecification,
};
const PEINTURE = { 'text-color': '#161616', 'text-halo-color': '#ffffff', 'text-halo-width': 1.5, 'text-halo-blur': 0.5 };

function couche(
  id: string,
  source: string,
  ordre: number,
  minzoom: number,
  filtre: FilterSpecification,
  police: string[],
  tailles: number[],
): DefinitionCouche {
  return {
    ordre,
    specification: {
      id,
      type: 'symbol',
      source,
      minzoom,
      filter: filtre,
      layout: { ...TEXTE_COMMUN, 'text-font': police, 'text-size': ['interpolate', ['linear'], ['zoom'], ...tailles] },
      paint: PEINTURE,
    },
  };
}

/**
 * Place names above the indicators and outlines, the selection included, and below the points (structures 60–61,
 * projects 70: a name never hides a point at its commune's centre). Ordre 51–54, the régional capitals placed first
 * when names collide: régional
 * capitals from the national view, préfectures from zoom 5.5, communes of 5,000 inhabitants or more from zoom 7,
 * every other commune from zoom 9. Values never travel in these sources: names, points, population and rank only.
 */
export const COUCHES_ETIQUETTES_PRINCIPALES: readonly DefinitionCouche[] = [
  couche('etiquettes-villes', SOURCE_ETIQUETTES_PRINCIPALES, 52, 7, ['==', ['get', 'rang'], 2], POLICE_ETIQUETTES, [7, 11, 12, 14]),
  couche('etiquettes-prefectures', SOURCE_ETIQUETTES_PRINCIPALES, 53, 5.5, ['==', ['get', 'rang'], 1], POLICE_ETIQUETTES_GRAS, [5.5, 11, 10, 15]),
  couche('etiquettes-regions', SOURCE_ETIQUETTES_PRINCIPALES, 54, 4, ['==', ['get', 'rang'], 0], POLICE_ETIQUETTES_GRAS, [4, 12, 10, 17]),
];

export const COUCHE_ETIQUETTES_AUTRES: DefinitionCouche = couche(
  'etiquettes-communes',
  SOURCE_ETIQUETTES_AUTRES,
  51,
  ZOOM_ETIQUETTES_AUTRES,
  ['has', 'nom'],
  POLICE_ETIQUETTES,
  [9, 10.5, 13, 13],
);
