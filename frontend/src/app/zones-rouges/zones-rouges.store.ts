import { Injectable, inject, signal } from '@angular/core';
import { messageErreur } from '../territoires/message-erreur';
import { ListeZonesRouges } from './zones-rouges';
import { ZonesRougesClient } from './zones-rouges.client';

/** The list of zones rouges in force, fetched once (map layer, layer toggle, cockpit). */
@Injectable({ providedIn: 'root' })
export class ZonesRougesStore {
  private readonly client = inject(ZonesRougesClient);
  private chargement: Promise<void> | null = null;
  readonly liste = signal<ListeZonesRouges | null>(null);
  readonly erreur = signal<string | null>(null);

  charger(forcer = false): Promise<void> {
    if (!this.chargement || forcer) {
      this.chargement = this.client
        .liste()
        .then((l) => this.liste.set(l))
        .catch((e: unknown) => {
          this.chargement = null;
          this.erreur.set(messageErreur(e, 'Liste des zones rouges indisponible.'));
        });
    }
    return this.chargement;
  }
}
