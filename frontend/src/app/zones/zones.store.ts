import { Injectable, inject, signal } from '@angular/core';
import { messageErreur } from '../territoires/message-erreur';
import { FicheTerritoire, ReferenceTerritoire } from '../territoires/territoire';
import { ZonesSousDotees } from './zones';
import { ZonesClient } from './zones.client';

/**
 * The under-served and fragile communes of the territory in view, most populated first.
 * The territory follows the card: an EPCI, département or région is listed as such; a commune lists its
 * département, and stays listed while the user walks through its communes (the list does not jump away).
 */
@Injectable()
export class ZonesStore {
  private readonly client = inject(ZonesClient);
  private numeroRequete = 0;

  readonly territoire = signal<ReferenceTerritoire | null>(null);
  readonly resultat = signal<ZonesSousDotees | null>(null);
  readonly enCours = signal(false);
  readonly erreur = signal<string | null>(null);
  /** Alert level of every under-served or fragile commune of France, by INSEE code (the map outline). */
  readonly alertes = signal<ReadonlyMap<string, number>>(new Map());

  /** The territory to list for a card (null: keep the current list). */
  static territoirePour(fiche: FicheTerritoire, actuel: ReferenceTerritoire | null): ReferenceTerritoire | null {
    if (fiche.type !== 'commune') return { type: fiche.type, code: fiche.code, nom: fiche.nom };
    if (actuel && (actuel.type === 'commune' ? actuel.code === fiche.code : fiche.parents.some((p) => p.type === actuel.type && p.code === actuel.code))) {
      return null;
    }
    return fiche.parents.find((p) => p.type === 'departement') ?? { type: 'commune', code: fiche.code, nom: fiche.nom };
  }

  suivre(fiche: FicheTerritoire | null, annee: number | null): void {
    if (!fiche) return;
    const territoire = ZonesStore.territoirePour(fiche, this.territoire());
    if (territoire) void this.charger(territoire, annee);
  }

  async charger(territoire: ReferenceTerritoire, annee: number | null): Promise<void> {
    const numero = ++this.numeroRequete;
    this.territoire.set(territoire);
    this.enCours.set(true);
    this.erreur.set(null);
    try {
      const resultat = await this.client.zonesSousDotees(territoire.type, territoire.code, annee);
      if (numero !== this.numeroRequete) return;
      this.resultat.set(resultat);
    } catch (erreur) {
      if (numero !== this.numeroRequete) return;
      this.resultat.set(null);
      this.erreur.set(messageErreur(erreur, 'La liste des zones sous-dotées est indisponible.'));
    } finally {
      if (numero === this.numeroRequete) this.enCours.set(false);
    }
  }
}
