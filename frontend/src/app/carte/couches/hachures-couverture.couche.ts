import type { ImageMotif } from '../carte.service';
import { DefinitionCouche } from './couche';

export const IMAGE_HACHURES = 'hachures-donnees-non-chargees';
export const COUCHE_HACHURES = 'couverture-hachures';

/** Direction of the stripes: « / » (the coverage hatching's) or « \ ». */
export type SensHachures = 'montant' | 'descendant';

export interface OptionsHachures {
  /** RGBA of the stripes (0–255 each); dark grey, partly transparent by default. */
  readonly couleur?: readonly [number, number, number, number];
  readonly sens?: SensHachures;
}

/**
 * Diagonal stripes drawn in code (no sprite to fetch, the map works offline): `taille` px square, a line of
 * `epaisseur` px every `taille` px, transparent elsewhere, so the colours stay readable underneath. The square tiles
 * seamlessly in either direction.
 */
export function motifHachures(taille = 8, epaisseur = 2, { couleur = [58, 58, 58, 170], sens = 'montant' }: OptionsHachures = {}): ImageMotif {
  const data = new Uint8Array(taille * taille * 4);
  for (let y = 0; y < taille; y++) {
    for (let x = 0; x < taille; x++) {
      const diagonale = sens === 'montant' ? x + y : x - y + taille;
      if (diagonale % taille < epaisseur) data.set(couleur, (y * taille + x) * 4);
    }
  }
  return { width: taille, height: taille, data };
}

/**
 * Départements where the active layer's data is not loaded, hatched over the choropleth and under the outlines and
 * points (ADR 0005: the map shows what it does not know).
 */
export function coucheHachures(departements: readonly string[]): DefinitionCouche {
  return {
    ordre: 35,
    specification: {
      id: COUCHE_HACHURES,
      type: 'fill',
      source: 'departements',
      'source-layer': 'departements',
      filter: ['in', ['get', 'code'], ['literal', [...departements]]],
      paint: { 'fill-pattern': IMAGE_HACHURES },
    },
  };
}
