import type { ImageMotif } from '../carte.service';
import { DefinitionCouche } from './couche';
import { motifHachures } from './hachures-couverture.couche';

export const IMAGE_SANS_DONNEE = 'hachures-sans-donnee';
export const COUCHE_COMMUNES_SANS_DONNEE = 'communes-sans-donnee';
/** Feature-state of a commune that has a value in the indicator vintage drawn (set by `ChoroplethesCarte`). */
export const ETAT_AVEC_DONNEE = 'avecDonnee';

/** Mid-grey stripes « \ », opaque and thinner than the coverage hatching (« / »), over the white of « sans donnée ». */
export const MOTIF_SANS_DONNEE: ImageMotif = motifHachures(6, 1, { couleur: [102, 102, 102, 255], sens: 'descendant' });

/**
 * Communes without a value in the indicator drawn, striped over their white (« hors zonage » is a flat grey class):
 * `fill-pattern` cannot follow a feature-state, its opacity can — 0 where the commune has a value, 1 elsewhere.
 * One layer for every vintage: a switch only changes the state of the communes whose having a value differs.
 */
export const DEFINITION_COMMUNES_SANS_DONNEE: DefinitionCouche = {
  ordre: 10.5,
  specification: {
    id: COUCHE_COMMUNES_SANS_DONNEE,
    type: 'fill',
    source: 'communes',
    'source-layer': 'communes',
    paint: {
      'fill-pattern': IMAGE_SANS_DONNEE,
      'fill-opacity': ['case', ['boolean', ['feature-state', ETAT_AVEC_DONNEE], false], 0, 1],
      'fill-antialias': false,
    },
  },
};
