import { Injectable, computed, inject, signal } from '@angular/core';
import { messageErreur } from '../territoires/message-erreur';
import { ReferenceTerritoire } from '../territoires/territoire';
import { HypothesesProspective, Lettre, ResultatProspective, SerieCarte } from './prospective';
import { DemandeScenarios, ProspectiveClient } from './prospective.client';

/**
 * The « Prospective » tab's state, self-contained: the hypotheses chosen per issue for the observed and the target
 * scenario, the territory, the last result and what the map shows (horizon, series). Provided in root so that the
 * map directive reads the same state; nothing here depends on how the dashboard stores its own view state.
 */
@Injectable({ providedIn: 'root' })
export class ProspectiveStore {
  private readonly client = inject(ProspectiveClient);
  private numeroRequete = 0;

  readonly hypotheses = signal<HypothesesProspective | null>(null);
  readonly erreurChargement = signal<string | null>(null);
  readonly observe = signal<Readonly<Record<number, Lettre>>>({});
  readonly cible = signal<Readonly<Record<number, Lettre>>>({});
  readonly resultat = signal<ResultatProspective | null>(null);
  readonly enCours = signal(false);
  readonly erreur = signal<string | null>(null);
  /** Horizon (years) and series drawn on the map. */
  readonly horizon = signal(5);
  readonly serie = signal<SerieCarte>('ecart');
  /**
   * Whether the scenarios are computed for the current choices (kept in the URL: a copied link computes them again);
   * set when a computation is asked for, cleared when a hypothesis changes.
   */
  readonly calculDemande = signal(false);
  /** A computation asked for by a link, run by the tab once the hypotheses and the territory are there. */
  readonly calculEnAttente = signal(false);
  private readonly codes = signal<readonly string[]>([]);
  private readonly choixDuResultat = signal<string | null>(null);
  /** The request of the shown result: the PDF note is computed again from it by the server. */
  readonly demandeDuResultat = signal<DemandeScenarios | null>(null);

  readonly resultatPerime = computed(() => this.resultat() !== null && this.choixDuResultat() !== this.cleChoix());
  readonly anneeAffichee = computed(() => (this.hypotheses()?.anneeReference ?? 2026) + this.horizon());

  /** Values drawn on the map for the shown horizon and series, by INSEE code (empty without a result). */
  readonly valeursCarte = computed<ReadonlyMap<string, number>>(() => {
    const r = this.resultat();
    const codes = this.codes();
    const h = r?.carte?.horizons.find((x) => x.annees === this.horizon());
    if (!h || codes.length !== h.observe.length) return new Map();
    const serie = this.serie();
    const valeurs = new Map<string, number>();
    for (let i = 0; i < codes.length; i++) {
      const o = h.observe[i];
      const c = h.cible[i];
      const v = serie === 'observe' ? o : serie === 'cible' ? c : o === null || c === null ? null : c - o;
      if (v !== null) valeurs.set(codes[i], v);
    }
    return valeurs;
  });

  async charger(): Promise<void> {
    if (this.hypotheses()) return;
    try {
      const [h, c] = await Promise.all([this.client.hypotheses(), this.client.codesCommunes()]);
      this.hypotheses.set(h);
      this.codes.set(c.codes);
      // Choices a link brought before the hypotheses arrived are kept, for the issues that exist.
      const garder = (choix: Readonly<Record<number, Lettre>>, defaut: (e: (typeof h.enjeux)[number]) => Lettre) =>
        Object.fromEntries(h.enjeux.map((e) => [e.numero, choix[e.numero] ?? defaut(e)]));
      this.observe.set(garder(this.observe(), (e) => e.observee));
      this.cible.set(garder(this.cible(), (e) => e.cible));
    } catch (e) {
      this.erreurChargement.set(messageErreur(e, 'Les hypothèses de prospective n’ont pas pu être chargées. Réessayez dans un instant.'));
    }
  }

  choisir(scenario: 'observe' | 'cible', enjeu: number, lettre: Lettre): void {
    (scenario === 'observe' ? this.observe : this.cible).update((c) => ({ ...c, [enjeu]: lettre }));
    this.calculDemande.set(false);
  }

  /** The choices of one scenario as a link gives them (null: the study's hypotheses for that scenario). */
  appliquerChoix(scenario: 'observe' | 'cible', choix: Readonly<Record<number, Lettre>> | null): void {
    const h = this.hypotheses();
    const defaut = h ? Object.fromEntries(h.enjeux.map((e) => [e.numero, scenario === 'observe' ? e.observee : e.cible])) : {};
    const retenus = h && choix ? Object.fromEntries(h.enjeux.map((e) => [e.numero, choix[e.numero] ?? defaut[e.numero]])) : (choix ?? defaut);
    (scenario === 'observe' ? this.observe : this.cible).set(retenus);
  }

  /** The choices of one scenario when they differ from the study's (null when they are the study's, or not loaded). */
  choixDifferents(scenario: 'observe' | 'cible'): Readonly<Record<number, Lettre>> | null {
    const choix = scenario === 'observe' ? this.observe() : this.cible();
    const h = this.hypotheses();
    if (!h) return Object.keys(choix).length ? choix : null;
    return h.enjeux.every((e) => choix[e.numero] === (scenario === 'observe' ? e.observee : e.cible)) ? null : choix;
  }

  /** A link asks for the computed scenarios (true) or not (false: the result is put away). */
  demanderCalcul(oui: boolean): void {
    this.calculDemande.set(oui);
    this.calculEnAttente.set(oui);
    if (!oui) {
      this.numeroRequete++;
      this.enCours.set(false);
      this.resultat.set(null);
      this.demandeDuResultat.set(null);
    }
  }

  async lancer(territoire: ReferenceTerritoire | null): Promise<void> {
    const numero = ++this.numeroRequete;
    const cle = this.cleChoix();
    this.calculDemande.set(true);
    this.calculEnAttente.set(false);
    this.enCours.set(true);
    this.erreur.set(null);
    try {
      const demande: DemandeScenarios = {
        ...(territoire ? { territoire: `${territoire.type}:${territoire.code}` } : {}),
        observe: { hypotheses: this.observe() },
        cible: { hypotheses: this.cible() },
        carte: true,
      };
      const r = await this.client.scenarios(demande);
      if (numero !== this.numeroRequete) return;
      this.resultat.set(r);
      this.demandeDuResultat.set(demande);
      this.choixDuResultat.set(cle);
    } catch (e) {
      if (numero !== this.numeroRequete) return;
      this.erreur.set(messageErreur(e, 'Le calcul des scénarios a échoué. Réessayez dans un instant.'));
    } finally {
      if (numero === this.numeroRequete) this.enCours.set(false);
    }
  }

  private cleChoix(): string {
    return JSON.stringify([this.observe(), this.cible()]);
  }
}
