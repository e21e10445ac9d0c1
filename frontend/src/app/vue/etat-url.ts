import { DestroyRef, Injectable, effect, inject, signal, untracked } from '@angular/core';
import { ActivatedRoute, NavigationEnd, Router } from '@angular/router';

/**
 * How a change of a parameter enters the browser history: `ajouter` makes a new entry (Back comes back to the view
 * before it: territory, indicator, tab, scenario), `remplacer` updates the current entry (the map position, which
 * changes at every pan and must not flood the history).
 */
export type HistoriqueUrl = 'ajouter' | 'remplacer';

/** The values of a page's query parameters, as read from the address bar (absent: null). */
export type ValeursUrl = ReadonlyMap<string, string | null>;

/** One piece of a page's view state kept in its URL query (e.g. `onglet=zones`). */
export interface ParametreUrl {
  /** Name of the query parameter, unique on the page. */
  readonly nom: string;
  /**
   * The value the page's state asks for, as a string; null when at its default (then absent from the URL).
   * Read inside an effect: it must read signals, synchronously set when the user acts (a request, not a result
   * that arrives later).
   */
  readonly valeur: () => string | null;
  /**
   * Brings the state to a value read from the URL (first display, Back/Forward, a pasted link); null: the default.
   * Receives every value of the URL, for parameters that depend on others (a territory is not framed when the
   * link carries a map position).
   */
  readonly appliquer: (valeur: string | null, url: ValeursUrl) => void;
  readonly historique: HistoriqueUrl;
}

/** Marks the router navigations made by this service (they carry no state to apply back). */
const MARQUE = 'maillageEtatUrl';

/**
 * A page's view state in its URL query, both ways, with the Angular router: the page's stores declare their
 * parameters (`lier`); a change of state writes the URL (a new history entry or the current one, per parameter),
 * and a URL the page did not write itself — the first display, Back and Forward, a link opened — is applied to
 * the stores. Provided by each routed page that has view state (`providers: [EtatUrl]`), so parameters live and
 * die with the page. See frontend/README.md, « État de la vue dans l’URL ».
 */
@Injectable()
export class EtatUrl {
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly parametres = new Map<string, ParametreUrl>();
  /** What the address bar holds for our parameters, as last read or written here. */
  private url = new Map<string, string | null>();
  /** Non-zero while applying a URL: the state's answer to it (a normalised value) replaces the entry, never adds one. */
  private applications = 0;
  private readonly declarations = signal(0);
  /**
   * Writes go one at a time: a router navigation started while another runs cancels it, and a cancelled « new
   * entry » would be lost. Changes made meanwhile are gathered into the next write.
   */
  private ecritureEnAttente: { ajouter: boolean } | null = null;
  private ecritures: Promise<unknown> = Promise.resolve();

  constructor() {
    this.url = lire(this.route.snapshot.queryParamMap);
    const abonnement = this.router.events.subscribe((e) => {
      if (!(e instanceof NavigationEnd)) return;
      // Back and Forward restore the entry's history state, our mark included: only our own navigations are skipped.
      const navigation = this.router.lastSuccessfulNavigation;
      if (navigation?.trigger === 'imperative' && navigation.extras.state?.[MARQUE] === true) return;
      this.appliquerUrl(lire(this.route.snapshot.queryParamMap));
    });
    inject(DestroyRef).onDestroy(() => abonnement.unsubscribe());
    effect(() => {
      this.declarations();
      const voulues = new Map([...this.parametres.values()].map((p) => [p.nom, p.valeur()]));
      untracked(() => this.ecrire(voulues));
    });
  }

  /** Declares a parameter; the URL's current value, if any, is applied at once. */
  lier(parametre: ParametreUrl): void {
    if (this.parametres.has(parametre.nom)) throw new Error(`Paramètre d’URL « ${parametre.nom} » déclaré deux fois.`);
    this.parametres.set(parametre.nom, parametre);
    const valeur = this.url.get(parametre.nom) ?? null;
    if (valeur !== untracked(parametre.valeur)) this.pendantApplication(() => parametre.appliquer(valeur, this.url));
    this.declarations.update((n) => n + 1);
  }

  /** The current URL values of this page's parameters (e.g. to build a link). */
  valeurs(): ValeursUrl {
    return new Map(this.url);
  }

  private appliquerUrl(url: Map<string, string | null>): void {
    this.url = url;
    this.pendantApplication(() => {
      for (const p of this.parametres.values()) {
        const valeur = url.get(p.nom) ?? null;
        if (valeur !== untracked(p.valeur)) p.appliquer(valeur, url);
      }
    });
  }

  /**
   * Runs `appliquer` calls; what the state answers to them (effects run after this task, before the next one) is
   * written over the current entry.
   */
  private pendantApplication(appliquer: () => void): void {
    this.applications++;
    try {
      appliquer();
    } finally {
      // Change detection (hence our effect) is scheduled by the signal writes above, before this timer.
      setTimeout(() => this.applications--);
    }
  }

  private ecrire(voulues: ReadonlyMap<string, string | null>): void {
    const changes = [...voulues].filter(([nom, valeur]) => (this.url.get(nom) ?? null) !== valeur);
    if (changes.length === 0) return;
    const ajouter = this.applications === 0 && changes.some(([nom]) => this.parametres.get(nom)?.historique === 'ajouter');
    for (const [nom, valeur] of changes) this.url.set(nom, valeur);
    if (this.ecritureEnAttente) {
      this.ecritureEnAttente.ajouter ||= ajouter;
      return;
    }
    const ecriture = { ajouter };
    this.ecritureEnAttente = ecriture;
    this.ecritures = this.ecritures.then(() => {
      this.ecritureEnAttente = null;
      return this.router
        .navigate([], { relativeTo: this.route, queryParams: this.requete(), replaceUrl: !ecriture.ajouter, state: { [MARQUE]: true } })
        .catch(() => false);
    });
  }

  /** The whole query to write: other parameters of the address as they are, then ours in declaration order. */
  private requete(): Record<string, string> {
    const requete: Record<string, string> = {};
    const actuelle = this.route.snapshot.queryParamMap;
    for (const nom of actuelle.keys) if (!this.parametres.has(nom)) requete[nom] = actuelle.get(nom)!;
    for (const nom of this.parametres.keys()) {
      const valeur = this.url.get(nom);
      if (valeur !== null && valeur !== undefined) requete[nom] = valeur;
    }
    return requete;
  }
}

function lire(parametres: { keys: readonly string[]; get(nom: string): string | null }): Map<string, string | null> {
  return new Map(parametres.keys.map((nom) => [nom, parametres.get(nom)]));
}
