import { ChoroplethIndicateur, ClasseIndicateur } from '../indicateurs/indicateur';
import { CarteService } from './carte.service';
import { coucheCommunesChoroplethe, idCoucheIndicateur } from './couches/communes-choroplethe.couche';

/**
 * Indicator layers kept on the map, the chosen one included. Each layer on the communes source makes every
 * re-layout of its tiles and every feature-state change dearer (MapLibre re-evaluates the colours of every
 * state-dependent layer of the source): about +0.1 s per layer at the national view in software rendering.
 * Three covers the usual comparisons (two indicators, or one indicator over two vintages).
 */
export const COUCHES_INDICATEURS_GARDEES = 3;

/**
 * The indicator vintages drawn on the communes. Each vintage's values are set once as feature-states under its
 * own key (`apl:2022`…) and kept; the last vintages shown keep their own fill layer. A switch to one of them only
 * makes its layer opaque and the previous one transparent: no feature touched, no tile laid out again. A switch
 * to another vintage adds its layer (MapLibre lays the tiles out again) and removes the least recently shown.
 */
export class ChoroplethesCarte {
  /** Values set as feature-states, by vintage key. */
  private readonly posees = new Map<string, ReadonlyMap<string, number>>();
  /** Vintages with a layer on the map, least recently shown first, with their classes. */
  private readonly couches = new Map<string, readonly ClasseIndicateur[]>();
  private visible: string | null = null;

  constructor(private readonly carte: CarteService) {}

  afficher({ cle, indicateur, valeurs }: ChoroplethIndicateur): void {
    // New values for this key (first time, or a failed download retried): set them, resetting absent communes.
    if (this.posees.get(cle) !== valeurs) {
      this.carte.definirEtats('communes', 'communes', cle, valeurs);
      this.posees.set(cle, valeurs);
    }
    const precedente = this.visible !== null && this.visible !== cle ? this.visible : null;
    if (precedente !== null) this.carte.definirCouche(coucheCommunesChoroplethe(precedente, this.couches.get(precedente) ?? [], false));
    this.couches.delete(cle);
    this.couches.set(cle, indicateur.classes);
    this.carte.definirCouche(coucheCommunesChoroplethe(cle, indicateur.classes, true));
    this.visible = cle;
    for (const ancienne of [...this.couches.keys()].slice(0, Math.max(0, this.couches.size - COUCHES_INDICATEURS_GARDEES))) {
      this.couches.delete(ancienne);
      this.carte.retirerCouche(idCoucheIndicateur(ancienne));
    }
  }
}
