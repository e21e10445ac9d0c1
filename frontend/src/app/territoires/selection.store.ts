import { Injectable, inject, signal } from '@angular/core';
import { CommuneMembre, FicheTerritoire, ReferenceTerritoire, TypeTerritoire } from './territoire';
import { TerritoiresClient } from './territoires.client';
import { messageErreur } from './message-erreur';

export interface TerritoireDemande {
  readonly type: TypeTerritoire;
  readonly code: string;
}

/**
 * The territory the user picked (from the search or by clicking the map) and its card.
 * Selecting again before the previous card arrived discards the older answer.
 */
@Injectable()
export class SelectionStore {
  private readonly client = inject(TerritoiresClient);
  private numeroRequete = 0;

  readonly demande = signal<TerritoireDemande | null>(null);
  readonly fiche = signal<FicheTerritoire | null>(null);
  /** Member communes of an EPCI, département or région, most populated first; empty for a commune. */
  readonly membres = signal<readonly CommuneMembre[]>([]);
  readonly enCours = signal(false);
  readonly erreur = signal<string | null>(null);
  /** Whether the map frames the selection (not when a link brings its own map position). */
  readonly cadrer = signal(true);
  /**
   * Shared with the « Simuler » and « Aides » tabs: the territory the card's « Simuler » link preselects, and the
   * commune its « Aides disponibles » link preselects (null when the card is not a commune's). Each tab reads
   * its signal and may reset it once used.
   */
  readonly territoireASimuler = signal<ReferenceTerritoire | null>(null);
  readonly communeAides = signal<ReferenceTerritoire | null>(null);

  async selectionner(type: TypeTerritoire, code: string, options: { cadrer?: boolean } = {}): Promise<void> {
    const numero = ++this.numeroRequete;
    this.cadrer.set(options.cadrer ?? true);
    this.demande.set({ type, code });
    this.enCours.set(true);
    this.erreur.set(null);
    this.membres.set([]);
    try {
      const [fiche, membres] = await Promise.all([
        this.client.fiche(type, code),
        type === 'commune' ? Promise.resolve([]) : this.client.communesMembres(type, code),
      ]);
      if (numero !== this.numeroRequete) return;
      this.fiche.set(fiche);
      this.membres.set([...membres].sort((a, b) => b.population - a.population || a.nom.localeCompare(b.nom, 'fr')));
    } catch (erreur) {
      if (numero !== this.numeroRequete) return;
      this.fiche.set(null);
      this.erreur.set(messageErreur(erreur, 'La fiche de ce territoire est indisponible.'));
    } finally {
      if (numero === this.numeroRequete) this.enCours.set(false);
    }
  }

  preselectionnerSimulation(fiche: FicheTerritoire): void {
    this.territoireASimuler.set({ type: fiche.type, code: fiche.code, nom: fiche.nom });
  }

  preselectionnerAides(fiche: FicheTerritoire): void {
    this.communeAides.set(fiche.type === 'commune' ? { type: 'commune', code: fiche.code, nom: fiche.nom } : null);
  }

  fermer(): void {
    this.numeroRequete++;
    this.demande.set(null);
    this.fiche.set(null);
    this.membres.set([]);
    this.enCours.set(false);
    this.erreur.set(null);
  }
}
