import { ChoroplethIndicateur, ClasseIndicateur } from '../indicateurs/indicateur';
import { CarteService } from './carte.service';
import { coucheCommunesChoroplethe, idCoucheIndicateur } from './couches/communes-choroplethe.couche';
import {
  COUCHE_COMMUNES_SANS_DONNEE,
  DEFINITION_COMMUNES_SANS_DONNEE,
  ETAT_AVEC_DONNEE,
  IMAGE_SANS_DONNEE,
  MOTIF_SANS_DONNEE,
} from './couches/communes-sans-donnee.couche';

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
 * Communes without a value in the vintage shown are striped (one pattern layer, feature-state `avecDonnee`): a switch
 * sets that state only on the communes whose having a value differs (Mayotte between APL and population).
 */
export class ChoroplethesCarte {
  /** Values set as feature-states, by vintage key. */
  private readonly posees = new Map<string, ReadonlyMap<string, number>>();
  /** Vintages with a layer on the map, least recently shown first, with their classes. */
  private readonly couches = new Map<string, readonly ClasseIndicateur[]>();
  private visible: string | null = null;
  /** Communes whose `avecDonnee` state is set (those with a value in the vintage shown). */
  private avecDonnee: ReadonlySet<string> = new Set();
  private valeursRayees: ReadonlyMap<string, number> | null = null;

  constructor(private readonly carte: CarteService) {
    carte.definirImage(IMAGE_SANS_DONNEE, MOTIF_SANS_DONNEE);
  }

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
    this.rayerSansDonnee(valeurs);
  }

  /** No values at all (not loaded, failed): outlines only, no stripes everywhere. */
  private rayerSansDonnee(valeurs: ReadonlyMap<string, number>): void {
    if (valeurs === this.valeursRayees) return;
    this.valeursRayees = valeurs;
    const avant = this.avecDonnee;
    if (valeurs.size === 0) {
      this.carte.retirerCouche(COUCHE_COMMUNES_SANS_DONNEE);
    } else {
      for (const code of avant) if (!valeurs.has(code)) this.carte.definirEtat('communes', 'communes', code, ETAT_AVEC_DONNEE, null);
      for (const code of valeurs.keys()) if (!avant.has(code)) this.carte.definirEtat('communes', 'communes', code, ETAT_AVEC_DONNEE, true);
      this.carte.definirCouche(DEFINITION_COMMUNES_SANS_DONNEE);
    }
    this.avecDonnee = valeurs.size === 0 ? avant : new Set(valeurs.keys());
  }
}
