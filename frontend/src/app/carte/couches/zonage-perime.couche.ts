import { DefinitionCouche } from './couche';

export const IMAGE_ZONAGE_PERIME = 'hachures-zonage-perime';
export const COUCHE_ZONAGE_PERIME = 'zonage-perime-hachures';

/**
 * Régions where the zonage shown is past its validity (the version in force there is not loaded), hatched over the
 * zonage's colours and under the outlines (ADR 0004: past its validity the product says so). The pattern is the
 * coverage hatching's (`motifHachures`), registered under its own image id.
 */
export function coucheZonagePerime(regions: readonly string[]): DefinitionCouche {
  return {
    ordre: 36,
    specification: {
      id: COUCHE_ZONAGE_PERIME,
      type: 'fill',
      source: 'regions',
      'source-layer': 'regions',
      filter: ['in', ['get', 'code'], ['literal', [...regions]]],
      paint: { 'fill-pattern': IMAGE_ZONAGE_PERIME },
    },
  };
}
