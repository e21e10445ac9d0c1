import { Injectable, computed, inject, signal } from '@angular/core';
import { messageErreur } from '../territoires/message-erreur';
import { INDICATEUR_APL } from './acces.indicateurs';
import { indicateurParCode } from './catalogue.indicateurs';
import { CodeIndicateur, Indicateur, ValeursIndicateur } from './indicateur';
import { ValeursIndicateurClient } from './valeurs-indicateur.client';
import { valeursPourCarte } from './valeurs-carte';

/** The latest vintage by default: the API answers it when no year is given. */
const ANNEE_PAR_DEFAUT = null;

/**
 * The indicator colouring the communes, its vintage and its values (joined to the tiles by INSEE code).
 * Values are kept per indicator and vintage: switching back is immediate and never refetches.
 * A switch records `performance.now()` when asked; the map reports when it has painted (`basculeAffichee`).
 */
@Injectable()
export class IndicateurStore {
  private readonly client = inject(ValeursIndicateurClient);
  private readonly cache = new Map<string, Promise<ValeursIndicateur>>();
  private numeroRequete = 0;

  readonly indicateur = signal<Indicateur>(INDICATEUR_APL);
  /** Null: the latest vintage the API has. */
  readonly annee = signal<number | null>(ANNEE_PAR_DEFAUT);
  readonly valeurs = signal<ValeursIndicateur | null>(null);
  readonly erreur = signal<string | null>(null);
  readonly enCours = signal(false);
  /** The values as the map wants them (numbers by code); recomputed only when the values change. */
  readonly valeursParCode = computed<ReadonlyMap<string, number>>(() => valeursPourCarte(this.indicateur(), this.valeurs()));
  /** `performance.now()` when the last switch was asked (values fetched or not). */
  readonly debutBascule = signal<number | null>(null);
  /** Duration of the last switch once the values were there: paint + feature-states + next frame (ms). */
  readonly dureeBasculeMs = signal<number | null>(null);
  /** Same, including the values' download when they were not cached (ms). */
  readonly dureeTotaleMs = signal<number | null>(null);
  private debutApplication: number | null = null;

  async charger(): Promise<void> {
    await this.choisir(this.indicateur().code);
  }

  async choisir(code: CodeIndicateur, annee: number | null = this.annee()): Promise<void> {
    const indicateur = indicateurParCode(code);
    const anneeRetenue = annee !== null && indicateur.annees.length && !indicateur.annees.includes(annee) ? null : annee;
    const numero = ++this.numeroRequete;
    this.debutBascule.set(performance.now());
    this.enCours.set(true);
    this.erreur.set(null);
    try {
      const valeurs = await this.charge(indicateur, indicateur.annees.length ? anneeRetenue : null);
      if (numero !== this.numeroRequete) return;
      this.debutApplication = performance.now();
      this.indicateur.set(indicateur);
      this.annee.set(anneeRetenue);
      this.valeurs.set(valeurs);
    } catch (erreur) {
      if (numero !== this.numeroRequete) return;
      this.indicateur.set(indicateur);
      this.valeurs.set(null);
      this.erreur.set(messageErreur(erreur, 'Les valeurs de l’indicateur sont indisponibles : la carte montre les contours seuls.'));
    } finally {
      if (numero === this.numeroRequete) this.enCours.set(false);
    }
  }

  choisirAnnee(annee: number | null): Promise<void> {
    return this.choisir(this.indicateur().code, annee);
  }

  /** Called by the map once the new colours are painted. */
  basculeAffichee(fin: number): void {
    if (this.debutApplication !== null) this.dureeBasculeMs.set(Math.round((fin - this.debutApplication) * 10) / 10);
    const debut = this.debutBascule();
    if (debut !== null) this.dureeTotaleMs.set(Math.round((fin - debut) * 10) / 10);
    this.debutApplication = null;
  }

  /** Values of any indicator (shared cache), e.g. the access classes behind the under-served outline. */
  valeursDe(code: CodeIndicateur, annee: number | null): Promise<ValeursIndicateur> {
    return this.charge(indicateurParCode(code), annee);
  }

  private charge(indicateur: Indicateur, annee: number | null): Promise<ValeursIndicateur> {
    const cle = `${indicateur.code}:${annee ?? 'dernier'}`;
    let promesse = this.cache.get(cle);
    if (!promesse) {
      promesse = this.client.valeurs(indicateur, annee);
      // A failed download is not cached: the next choice tries again.
      promesse.catch(() => this.cache.delete(cle));
      this.cache.set(cle, promesse);
    }
    return promesse;
  }
}
