import { Injectable, computed, inject, signal } from '@angular/core';
import { messageErreur } from '../territoires/message-erreur';
import { DemandeEligibilite, PointAPreciser, ReponseEligibilite } from './aides';
import { AidesClient } from './aides.client';

/** The answer of the aids single window to the last question asked; the answer always matches `demande`. */
@Injectable()
export class AidesStore {
  private readonly client = inject(AidesClient);
  private numeroRequete = 0;

  readonly demande = signal<DemandeEligibilite | null>(null);
  readonly reponse = signal<ReponseEligibilite | null>(null);
  readonly enCours = signal(false);
  readonly erreur = signal<string | null>(null);

  /** What to answer to settle the « à confirmer » aids, each question once (by field, else by question). */
  readonly aPreciser = computed<readonly PointAPreciser[]>(() => {
    const vus = new Map<string, PointAPreciser>();
    for (const aide of this.reponse()?.aides ?? []) {
      if (aide.statut !== 'a-confirmer') continue;
      for (const point of aide.aPreciser) {
        const cle = point.champ ?? point.question ?? point.libelle;
        if (!vus.has(cle)) vus.set(cle, point);
      }
    }
    return [...vus.values()];
  });

  async demander(demande: DemandeEligibilite): Promise<void> {
    const numero = ++this.numeroRequete;
    this.enCours.set(true);
    this.erreur.set(null);
    try {
      const reponse = await this.client.eligibilite(demande);
      if (numero !== this.numeroRequete) return;
      this.demande.set(demande);
      this.reponse.set(reponse);
    } catch (erreur) {
      if (numero !== this.numeroRequete) return;
      this.reponse.set(null);
      this.erreur.set(messageErreur(erreur, 'Le guichet des aides ne répond pas. Réessayez dans un instant.'));
    } finally {
      if (numero === this.numeroRequete) this.enCours.set(false);
    }
  }

  /** The server's printable page for the question answered (same answer, A4 layout). */
  async pageImprimable(): Promise<string> {
    const demande = this.demande();
    if (!demande) throw new Error('Aucune réponse à imprimer.');
    return this.client.imprimable(demande);
  }

  effacer(): void {
    this.numeroRequete++;
    this.demande.set(null);
    this.reponse.set(null);
    this.enCours.set(false);
    this.erreur.set(null);
  }
}
