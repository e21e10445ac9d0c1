import { Injectable, computed, inject, signal } from '@angular/core';
import { messageErreur } from '../territoires/message-erreur';
import { Indicateur, ValeursIndicateur } from './indicateur';
import { INDICATEUR_POPULATION } from './population.indicateur';
import { ValeursIndicateurClient } from './valeurs-indicateur.client';

/** The indicator colouring the communes and its values (joined to the tiles by INSEE code). */
@Injectable()
export class IndicateurStore {
  private readonly client = inject(ValeursIndicateurClient);

  readonly indicateur = signal<Indicateur>(INDICATEUR_POPULATION);
  readonly valeurs = signal<ValeursIndicateur | null>(null);
  readonly erreur = signal<string | null>(null);
  readonly enCours = signal(false);
  /** The values as the map wants them; recomputed only when the values change. */
  readonly valeursParCode = computed<ReadonlyMap<string, number>>(
    () => new Map(Object.entries(this.valeurs()?.valeurs ?? {})),
  );

  async charger(): Promise<void> {
    this.enCours.set(true);
    this.erreur.set(null);
    try {
      this.valeurs.set(await this.client.population());
    } catch (erreur) {
      this.valeurs.set(null);
      this.erreur.set(messageErreur(erreur, 'Les valeurs de l’indicateur sont indisponibles : la carte montre les contours seuls.'));
    } finally {
      this.enCours.set(false);
    }
  }
}
