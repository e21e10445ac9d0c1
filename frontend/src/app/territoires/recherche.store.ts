import { Injectable, computed, inject, signal } from '@angular/core';
import { ResultatRecherche } from './territoire';
import { TerritoiresClient } from './territoires.client';
import { messageErreur } from './message-erreur';

export const LONGUEUR_MINIMALE_RECHERCHE = 2;

/**
 * State of the territory search. Answers can arrive out of order (a slow "sa" after a fast
 * "saint etienne"): only the answer to the latest query is kept.
 */
@Injectable()
export class RechercheStore {
  private readonly client = inject(TerritoiresClient);
  private numeroRequete = 0;

  readonly texte = signal('');
  readonly resultats = signal<readonly ResultatRecherche[]>([]);
  readonly enCours = signal(false);
  readonly erreur = signal<string | null>(null);
  readonly aucunResultat = computed(() => !this.enCours() && this.erreur() === null && this.texteSuffisant() && this.resultats().length === 0);
  private readonly texteSuffisant = computed(() => this.texte().trim().length >= LONGUEUR_MINIMALE_RECHERCHE);

  async rechercher(texte: string): Promise<void> {
    const numero = ++this.numeroRequete;
    this.texte.set(texte);
    this.erreur.set(null);
    if (texte.trim().length < LONGUEUR_MINIMALE_RECHERCHE) {
      this.resultats.set([]);
      this.enCours.set(false);
      return;
    }
    this.enCours.set(true);
    try {
      const resultats = await this.client.rechercher(texte.trim());
      if (numero !== this.numeroRequete) return;
      this.resultats.set(resultats);
    } catch (erreur) {
      if (numero !== this.numeroRequete) return;
      this.resultats.set([]);
      this.erreur.set(messageErreur(erreur, 'La recherche a échoué. Réessayez dans un instant.'));
    } finally {
      if (numero === this.numeroRequete) this.enCours.set(false);
    }
  }

  vider(): void {
    this.numeroRequete++;
    this.texte.set('');
    this.resultats.set([]);
    this.enCours.set(false);
    this.erreur.set(null);
  }
}
