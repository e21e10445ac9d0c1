import { DefinitionCouche } from './couche';

export type TypeStructureCarte = 'msp' | 'psp' | 'cds';

export const COULEURS_STRUCTURES: Readonly<Record<TypeStructureCarte, string>> = {
  msp: '#000091',
  psp: '#009081',
  cds: '#a558a0',
};

export const sourceStructures = (type: TypeStructureCarte) => `structures-${type}`;

/**
 * Points of one structure type from a clustered GeoJSON source: clusters as circles growing with the number of
 * structures (no label: the offline style has no font), single structures as dots with a white ring.
 */
export function couchesStructures(type: TypeStructureCarte): DefinitionCouche[] {
  const source = sourceStructures(type);
  const couleur = COULEURS_STRUCTURES[type];
  return [
    {
      ordre: 60,
      specification: {
        id: `${source}-groupes`,
        type: 'circle',
        source,
        filter: ['has', 'point_count'],
        paint: {
          'circle-color': couleur,
          'circle-opacity': 0.75,
          'circle-radius': ['step', ['get', 'point_count'], 9, 10, 13, 50, 18],
          'circle-stroke-color': '#ffffff',
          'circle-stroke-width': 1.5,
        },
      },
    },
    {
      ordre: 61,
      specification: {
        id: `${source}-points`,
        type: 'circle',
        source,
        filter: ['!', ['has', 'point_count']],
        paint: { 'circle-color': couleur, 'circle-radius': 5, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 1.5 },
      },
    },
  ];
}
