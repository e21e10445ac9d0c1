import { Injectable, computed, inject, signal } from '@angular/core';
import { messageErreur } from '../territoires/message-erreur';
import { INDICATEUR_APL } from './acces.indicateurs';
import { indicateurParCode } from './catalogue.indicateurs';
import { ChoroplethIndicateur, CodeIndicateur, Indicateur, MesureBascule, ValeursIndicateur } from './indicateur';
import { ValeursIndicateurClient } from './valeurs-indicateur.client';
import { valeursPourCarte } from './valeurs-carte';

/** The latest vintage by default: the API answers it when no year is given. */
const ANNEE_PAR_DEFAUT = null;

/** One indicator vintage: the cache key of its values and the map's feature-state key (`apl:2022`, `population:dernier`). */
function cleValeurs(indicateur: Indicateur, annee: number | null): string {
  return `${indicateur.code}:${(indicateur.annees.length ? annee : null) ?? 'dernier'}`;
}

/**
 * The indicator colouring the communes, its vintage and its values (joined to the tiles by INSEE code).
 * Values are kept per indicator and vintage: switching back is immediate and never refetches.
 * A switch records `performance.now()` when asked; the map reports when it has painted (`basculeAffichee`).
 */
@Injectable()
export class IndicateurStore {
  private readonly client = inject(ValeursIndicateurClient);
  private readonly cache = new Map<string, Promise<ValeursIndicateur>>();
  /** The map-ready numbers of each values object, computed once: the map recognises values it already holds. */
  private readonly pourCarte = new WeakMap<ValeursIndicateur, ReadonlyMap<string, number>>();
  private numeroRequete = 0;

  readonly indicateur = signal<Indicateur>(INDICATEUR_APL);
  /** The indicator and vintage last asked for, set at once (`indicateur` and `annee` follow when the values are there). */
  readonly demande = signal<{ readonly code: CodeIndicateur; readonly annee: number | null }>({ code: INDICATEUR_APL.code, annee: ANNEE_PAR_DEFAUT });
  /** Null: the latest vintage the API has. */
  readonly annee = signal<number | null>(ANNEE_PAR_DEFAUT);
  readonly valeurs = signal<ValeursIndicateur | null>(null);
  readonly erreur = signal<string | null>(null);
  readonly enCours = signal(false);
  /** The values as the map wants them (numbers by code); computed once per values object, then reused. */
  readonly valeursParCode = computed<ReadonlyMap<string, number>>(() => this.valeursCarte(this.indicateur(), this.valeurs()));
  /** The indicator vintage to draw, under its own feature-state key. */
  readonly choroplethe = computed<ChoroplethIndicateur>(() => ({
    cle: cleValeurs(this.indicateur(), this.annee()),
    indicateur: this.indicateur(),
    valeurs: this.valeursParCode(),
  }));
  /** `performance.now()` when the last switch was asked (values fetched or not). */
  readonly debutBascule = signal<number | null>(null);
  /**
   * Duration of the last switch once the values were there (at once when cached): until the map has drawn the
   * new colours and handed the frame to the browser (next animation frame after MapLibre's `idle`), in ms.
   */
  readonly dureeBasculeMs = signal<number | null>(null);
  /** Same start, until the map's feature-states and paint were updated (before any drawing), in ms. */
  readonly dureeAppliqueeMs = signal<number | null>(null);
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
    this.demande.set({ code: indicateur.code, annee: indicateur.annees.length ? anneeRetenue : null });
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

  /** A vintage of the indicator last asked for (its values may still be on their way). */
  choisirAnnee(annee: number | null): Promise<void> {
    return this.choisir(this.demande().code, annee);
  }

  /** Called by the map once the new colours are painted. */
  basculeAffichee({ appliquee, peinte }: MesureBascule): void {
    const ms = (debut: number, fin: number) => Math.round((fin - debut) * 10) / 10;
    if (this.debutApplication !== null) {
      this.dureeAppliqueeMs.set(ms(this.debutApplication, appliquee));
      this.dureeBasculeMs.set(ms(this.debutApplication, peinte));
    }
    const debut = this.debutBascule();
    if (debut !== null) this.dureeTotaleMs.set(ms(debut, peinte));
    this.debutApplication = null;
  }

  /** Values of any indicator (shared cache), e.g. the access classes behind the under-served outline. */
  valeursDe(code: CodeIndicateur, annee: number | null): Promise<ValeursIndicateur> {
    return this.charge(indicateurParCode(code), annee);
  }

  private charge(indicateur: Indicateur, annee: number | null): Promise<ValeursIndicateur> {
    const cle = cleValeurs(indicateur, annee);
    let promesse = this.cache.get(cle);
    if (!promesse) {
      promesse = this.client.valeurs(indicateur, annee);
      // A failed download is not cached: the next choice tries again.
      promesse.catch(() => this.cache.delete(cle));
      this.cache.set(cle, promesse);
    }
    return promesse;
  }

  private valeursCarte(indicateur: Indicateur, valeurs: ValeursIndicateur | null): ReadonlyMap<string, number> {
    if (!valeurs) return new Map();
    let pourCarte = this.pourCarte.get(valeurs);
    if (!pourCarte) {
      pourCarte = valeursPourCarte(indicateur, valeurs);
      this.pourCarte.set(valeurs, pourCarte);
    }
    return pourCarte;
  }
}
