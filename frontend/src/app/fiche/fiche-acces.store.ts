import { Injectable, inject, signal } from '@angular/core';
import { FicheTerritoire } from '../territoires/territoire';
import { CouvertureTerritoire, FicheAcces, ZonageCommune } from './fiche-acces';
import { FicheAccesClient } from './fiche-acces.client';

export interface DetailsFiche {
  readonly acces: FicheAcces | null;
  /** The enclosing région's card (regional comparison); null for a région. */
  readonly region: FicheAcces | null;
  readonly zonage: ZonageCommune | null;
  readonly couverture: CouvertureTerritoire | null;
  /** Parts that could not be loaded, named for the user (the rest of the card still shows). */
  readonly indisponibles: readonly string[];
}

/**
 * Access indicators, regional comparison, zonage and structures of the selected territory. Each part is
 * fetched apart and may fail alone; a newer selection discards older answers.
 */
@Injectable()
export class FicheAccesStore {
  private readonly client = inject(FicheAccesClient);
  private numeroRequete = 0;

  readonly details = signal<DetailsFiche | null>(null);
  readonly enCours = signal(false);

  async charger(fiche: FicheTerritoire | null, annee: number | null): Promise<void> {
    const numero = ++this.numeroRequete;
    if (!fiche) {
      this.details.set(null);
      this.enCours.set(false);
      return;
    }
    this.enCours.set(true);
    const indisponibles: string[] = [];
    const essai = <T>(libelle: string, p: Promise<T>): Promise<T | null> =>
      p.catch(() => {
        indisponibles.push(libelle);
        return null;
      });
    const region = fiche.type === 'region' ? null : (fiche.parents.find((p) => p.type === 'region') ?? null);
    const [acces, accesRegion, zonage, couverture] = await Promise.all([
      essai('indicateurs d’accès', this.client.acces(fiche.type, fiche.code, annee)),
      region ? essai('comparaison régionale', this.client.acces('region', region.code, annee)) : Promise.resolve(null),
      fiche.type === 'commune' ? essai('zonage', this.client.zonageCommune(fiche.code)) : Promise.resolve(null),
      essai('structures', this.client.couverture(fiche.type, fiche.code)),
    ]);
    if (numero !== this.numeroRequete) return;
    this.details.set({ acces, region: accesRegion, zonage, couverture, indisponibles });
    this.enCours.set(false);
  }
}
