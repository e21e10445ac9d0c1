import { HttpErrorResponse } from '@angular/common/http';
import { Injectable, OnDestroy, inject, signal } from '@angular/core';
import { Subscription } from 'rxjs';
import { messageErreur } from '../territoires/message-erreur';
import { EtatTeleversement, JeuCharge, LigneSignalee, MetadonneesArrete, STATUTS_STABLES, TypeFichier, VersionJeu, VersionZonage } from './donnees';
import { DonneesClient } from './donnees.client';

/** How often the analysis or the import is polled while it runs. */
export const INTERVALLE_SUIVI_MS = 500;

/** A refusal of the upload request itself (fields, size, scope): message and the lines or fields it names. */
export interface RefusEnvoi {
  message: string;
  details: readonly LigneSignalee[];
}

/**
 * State of the « Données » screen: the types the account may upload, the upload in progress (bytes sent, then the
 * server's analysis and import, polled), the loaded datasets and their versions, the zonage versions' arrêtés.
 */
@Injectable()
export class DonneesStore implements OnDestroy {
  private readonly client = inject(DonneesClient);
  private envoiEnCours: Subscription | null = null;
  private minuterie: ReturnType<typeof setTimeout> | null = null;

  readonly types = signal<TypeFichier[]>([]);
  readonly jeux = signal<JeuCharge[]>([]);
  readonly versions = signal<Partial<Record<string, VersionJeu[]>>>({});
  readonly versionsZonage = signal<VersionZonage[]>([]);
  /** Bytes sent while the file travels (null before and after). */
  readonly envoi = signal<{ envoye: number; total: number } | null>(null);
  readonly televersement = signal<EtatTeleversement | null>(null);
  readonly refus = signal<RefusEnvoi | null>(null);
  readonly message = signal<string | null>(null);
  readonly chargement = signal(false);

  async charger(): Promise<void> {
    this.chargement.set(true);
    try {
      const [types, jeux, zonage] = await Promise.all([this.client.types(), this.client.jeux(), this.client.versionsZonage()]);
      this.types.set(types);
      this.jeux.set(jeux);
      this.versionsZonage.set(zonage);
    } catch (e) {
      this.message.set(messageErreur(e, 'Les jeux de données n’ont pas pu être chargés.'));
    } finally {
      this.chargement.set(false);
    }
  }

  /** Sends the file; the analysis starts on the server as soon as it has arrived, and is followed until its report. */
  televerser(type: string, champs: Record<string, string>, fichier: File): void {
    this.abandonnerSuivi();
    this.televersement.set(null);
    this.refus.set(null);
    this.message.set(null);
    this.envoi.set({ envoye: 0, total: fichier.size });
    this.envoiEnCours = this.client.televerser(type, champs, fichier).subscribe({
      next: (e) => {
        if ('etat' in e) {
          this.envoi.set(null);
          this.suivre(e.etat);
        } else this.envoi.set({ envoye: e.envoye, total: e.total });
      },
      error: (e: unknown) => {
        this.envoi.set(null);
        const corps = e instanceof HttpErrorResponse ? (e.error as { details?: LigneSignalee[] } | null) : null;
        this.refus.set({ message: messageErreur(e, 'Le fichier n’a pas pu être envoyé.'), details: corps?.details ?? [] });
      },
    });
  }

  async importer(): Promise<void> {
    const t = this.televersement();
    if (!t) return;
    try {
      this.suivre(await this.client.importer(t.id));
    } catch (e) {
      this.message.set(messageErreur(e, 'L’import n’a pas pu être lancé.'));
    }
  }

  async annuler(): Promise<void> {
    const t = this.televersement();
    this.envoiEnCours?.unsubscribe();
    this.envoi.set(null);
    if (!t) return;
    try {
      this.suivre(await this.client.annuler(t.id));
    } catch (e) {
      this.message.set(messageErreur(e, 'L’annulation n’a pas abouti.'));
    }
  }

  /** Back to an empty form (after a refusal, an import or a cancellation). */
  recommencer(): void {
    this.abandonnerSuivi();
    this.televersement.set(null);
    this.refus.set(null);
    this.message.set(null);
  }

  async chargerVersions(jeu: string): Promise<void> {
    try {
      const liste = await this.client.versions(jeu);
      this.versions.update((v) => ({ ...v, [jeu]: liste }));
    } catch (e) {
      this.message.set(messageErreur(e, 'Les versions n’ont pas pu être chargées.'));
    }
  }

  async revenir(jeu: string, id: number, motif: string): Promise<boolean> {
    try {
      const liste = await this.client.revenir(id, motif);
      this.versions.update((v) => ({ ...v, [jeu]: liste }));
      this.jeux.set(await this.client.jeux());
      this.message.set('La version a été retirée : la version précédente est de nouveau en place.');
      return true;
    } catch (e) {
      this.message.set(messageErreur(e, 'Le retour à la version précédente n’a pas abouti.'));
      return false;
    }
  }

  /** The API's French message when refused, null when saved. */
  async modifierArrete(id: number, m: Partial<MetadonneesArrete>): Promise<string | null> {
    try {
      const version = await this.client.modifierArrete(id, m);
      this.versionsZonage.update((liste) => liste.map((v) => (v.id === id ? { ...v, ...version } : v)));
      return null;
    } catch (e) {
      return messageErreur(e, 'La modification n’a pas été enregistrée.');
    }
  }

  ngOnDestroy(): void {
    this.abandonnerSuivi();
  }

  private suivre(etat: EtatTeleversement): void {
    this.televersement.set(etat);
    if (this.minuterie) clearTimeout(this.minuterie);
    this.minuterie = null;
    if (STATUTS_STABLES.has(etat.statut)) {
      if (etat.statut === 'importe')
        void this.client.jeux().then(
          (j) => this.jeux.set(j),
          () => undefined,
        );
      return;
    }
    this.minuterie = setTimeout(() => {
      this.client.etat(etat.id).then(
        (suivant) => this.suivre(suivant),
        (e: unknown) => this.message.set(messageErreur(e, 'Le suivi du téléversement a été interrompu : rechargez la page.')),
      );
    }, INTERVALLE_SUIVI_MS);
  }

  private abandonnerSuivi(): void {
    this.envoiEnCours?.unsubscribe();
    this.envoiEnCours = null;
    if (this.minuterie) clearTimeout(this.minuterie);
    this.minuterie = null;
  }
}
