import { Injectable, effect, inject, signal, untracked } from '@angular/core';
import { SessionStore } from '../comptes/session.store';
import { messageErreur } from '../territoires/message-erreur';
import { Changement } from './simulation';
import { ScenarioEnregistre, ScenariosEnregistresClient } from './scenarios-enregistres.client';

/**
 * The connected account's saved scenarios: loaded when an account connects, emptied when it leaves. Provided in
 * root: the simulation panel saves and reopens them, the comparison picks two of them.
 */
@Injectable({ providedIn: 'root' })
export class ScenariosEnregistresStore {
  private readonly client = inject(ScenariosEnregistresClient);
  private readonly session = inject(SessionStore);
  private numero = 0;

  readonly liste = signal<readonly ScenarioEnregistre[]>([]);
  readonly enCours = signal(false);
  readonly erreur = signal<string | null>(null);
  /** Why the last rename was refused (empty name, name already used), beside the scenario renamed. */
  readonly erreurRenommage = signal<{ readonly id: string; readonly message: string } | null>(null);
  /** What the last save, rename or delete did, for the screen reader and the eye (« Scénario … enregistré. »). */
  readonly message = signal<string | null>(null);

  constructor() {
    effect(() => {
      const compte = this.session.utilisateur()?.id ?? null;
      untracked(() => (compte ? void this.charger() : this.vider()));
    });
  }

  async charger(): Promise<void> {
    const numero = ++this.numero;
    this.enCours.set(true);
    this.erreur.set(null);
    try {
      const liste = await this.client.lister();
      if (numero === this.numero) this.liste.set(liste);
    } catch (e) {
      if (numero === this.numero) this.erreur.set(messageErreur(e, 'Vos scénarios n’ont pas pu être chargés. Réessayez dans un instant.'));
    } finally {
      if (numero === this.numero) this.enCours.set(false);
    }
  }

  /** Saves the scenario under this name; true when saved (the API's refusal, e.g. a name in use, is shown). */
  async enregistrer(nom: string, changements: readonly Changement[]): Promise<boolean> {
    this.erreur.set(null);
    this.message.set(null);
    try {
      const scenario = await this.client.enregistrer(nom, changements);
      this.liste.update((l) => [scenario, ...l.filter((s) => s.id !== scenario.id)]);
      this.message.set(`Scénario « ${scenario.nom} » enregistré.`);
      return true;
    } catch (e) {
      this.erreur.set(messageErreur(e, 'Le scénario n’a pas pu être enregistré. Réessayez dans un instant.'));
      return false;
    }
  }

  /** Renames the scenario (same rule as saving: a name not used by another of the account's scenarios); true when done. */
  async renommer(scenario: ScenarioEnregistre, nom: string): Promise<boolean> {
    this.erreurRenommage.set(null);
    this.message.set(null);
    if (nom.trim() === '') {
      this.erreurRenommage.set({ id: scenario.id, message: 'Donnez un nom au scénario : le nom ne peut pas être vide.' });
      return false;
    }
    try {
      const renomme = await this.client.renommer(scenario.id, nom.trim());
      this.liste.update((l) => l.map((s) => (s.id === renomme.id ? renomme : s)));
      this.message.set(`Scénario « ${scenario.nom} » renommé en « ${renomme.nom} ».`);
      return true;
    } catch (e) {
      this.erreurRenommage.set({ id: scenario.id, message: messageErreur(e, 'Le scénario n’a pas pu être renommé. Réessayez dans un instant.') });
      return false;
    }
  }

  async supprimer(scenario: ScenarioEnregistre): Promise<void> {
    this.erreur.set(null);
    this.message.set(null);
    try {
      await this.client.supprimer(scenario.id);
      this.liste.update((l) => l.filter((s) => s.id !== scenario.id));
      this.message.set(`Scénario « ${scenario.nom} » supprimé.`);
    } catch (e) {
      this.erreur.set(messageErreur(e, 'Le scénario n’a pas pu être supprimé. Réessayez dans un instant.'));
    }
  }

  private vider(): void {
    this.numero++;
    this.liste.set([]);
    this.enCours.set(false);
    this.erreur.set(null);
    this.erreurRenommage.set(null);
    this.message.set(null);
  }
}
