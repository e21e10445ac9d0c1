import { Injectable, computed, effect, inject, signal, untracked } from '@angular/core';
import { FicheAcces } from '../fiche/fiche-acces';
import { FicheAccesClient } from '../fiche/fiche-acces.client';
import { nombreDeChangements } from '../simulation/scenarios-enregistres.component';
import { ScenariosEnregistresStore } from '../simulation/scenarios-enregistres.store';
import { Changement, ResultatSimulation } from '../simulation/simulation';
import { SimulationClient } from '../simulation/simulation.client';
import { SimulationStore } from '../simulation/simulation.store';
import { messageErreur } from '../territoires/message-erreur';
import { ReferenceTerritoire, TypeTerritoire } from '../territoires/territoire';
import { lignesScenarios, lignesTerritoires } from './lignes-comparaison';

export type ModeComparaison = 'territoires' | 'scenarios';

/** A territory compared: from a search (its name known) or from a link (named once its figures arrive). */
export interface TerritoireCompare {
  readonly type: TypeTerritoire;
  readonly code: string;
  readonly nom: string | null;
}

/** A scenario the comparison can run: the one being edited or a saved one. */
export interface ScenarioComparable {
  readonly cle: string;
  readonly nom: string;
  readonly libelle: string;
  readonly changements: readonly Changement[];
}

/** Key of the scenario being edited (the `scenario` parameter of the URL) among the saved ones' ids. */
export const SCENARIO_EN_COURS = 'en-cours';

/**
 * « Comparer »: what is compared, kept on the page (the tab can close and open again) and in the URL — the mode, the
 * two territories, the two scenarios compared (see comparaison-url.ts). Two territories are read from
 * `GET /api/acces/:type/:code`; two scenarios are simulated, once both are among the person's.
 */
@Injectable()
export class ComparaisonStore {
  private readonly fichesClient = inject(FicheAccesClient);
  private readonly simulationClient = inject(SimulationClient);
  private readonly simulation = inject(SimulationStore);
  private readonly enregistres = inject(ScenariosEnregistresStore);
  private numeroFiches = 0;
  private numeroSimulations = 0;

  readonly mode = signal<ModeComparaison>('territoires');

  readonly territoires = signal<readonly [TerritoireCompare | null, TerritoireCompare | null]>([null, null]);
  private readonly fiches = signal<readonly [FicheAcces, FicheAcces] | null>(null);
  readonly fichesEnCours = signal(false);
  readonly erreurTerritoires = signal<string | null>(null);
  readonly tableauTerritoires = computed(() => {
    const f = this.fiches();
    if (!f) return null;
    return {
      noms: [f[0].nom, f[1].nom] as const,
      lignes: lignesTerritoires(f[0], f[1]),
      source: `${f[0].apl.source.libelle} — millésime ${f[0].apl.source.millesime}`,
    };
  });

  /** The scenario being edited (when it has changes), then the saved ones. */
  readonly scenarios = computed<readonly ScenarioComparable[]>(() => {
    const enCours = this.simulation.scenario();
    const liste: ScenarioComparable[] = enCours.length
      ? [{ cle: SCENARIO_EN_COURS, nom: 'Scénario en cours', libelle: `Scénario en cours (${nombreDeChangements(enCours.length)})`, changements: enCours }]
      : [];
    for (const s of this.enregistres.liste())
      liste.push({ cle: s.id, nom: s.nom, libelle: `${s.nom} (${nombreDeChangements(s.changements.length)})`, changements: s.changements });
    return liste;
  });
  private readonly choix = signal<readonly (string | null)[]>([null, null]);
  /** The picked keys, defaulting to the first two scenarios (a key no longer offered falls back too). */
  readonly clesChoisies = computed(() => {
    const cles = this.scenarios().map((s) => s.cle);
    return [0, 1].map((i) => {
      const c = this.choix()[i];
      return c !== null && cles.includes(c) ? c : (cles[i] ?? null);
    });
  });
  /** The two scenarios whose comparison was asked for (button, link, Back): set at once, run when both are known. */
  readonly scenariosDemandes = signal<readonly [string, string] | null>(null);
  /** A link's scenarios that are not among the person's (another account's, deleted, or not connected). */
  readonly scenariosIntrouvables = computed(() => {
    const demandes = this.scenariosDemandes();
    if (!demandes || this.enregistres.enCours()) return false;
    return demandes.some((c) => !this.scenarios().some((s) => s.cle === c));
  });
  private readonly resultats = signal<{
    cles: readonly [string, string];
    noms: [string, string];
    resultats: [ResultatSimulation, ResultatSimulation];
  } | null>(null);
  readonly simulationsEnCours = signal(false);
  readonly erreurScenarios = signal<string | null>(null);
  readonly tableauScenarios = computed(() => {
    const r = this.resultats();
    const demandes = this.scenariosDemandes();
    if (!r || !demandes || r.cles[0] !== demandes[0] || r.cles[1] !== demandes[1]) return null;
    const source = r.resultats[0].source;
    return { noms: r.noms, lignes: lignesScenarios(r.resultats[0], r.resultats[1]), source: `${source.libelle}, millésime ${source.millesime}` };
  });

  constructor() {
    // A comparison asked for runs once both scenarios are offered (a link's saved scenarios arrive after log-in).
    effect(() => {
      const demandes = this.scenariosDemandes();
      const [a, b] = (demandes ?? []).map((c) => this.scenarios().find((s) => s.cle === c));
      if (!demandes || !a || !b) return;
      untracked(() => void this.simuler(demandes, a, b));
    });
  }

  choisirTerritoire(i: 0 | 1, t: ReferenceTerritoire | TerritoireCompare | null): void {
    const actuels = this.territoires();
    const nouveau = t ? { type: t.type, code: t.code, nom: t.nom } : null;
    if (actuels[i]?.type === nouveau?.type && actuels[i]?.code === nouveau?.code) return;
    this.territoires.set(i === 0 ? [nouveau, actuels[1]] : [actuels[0], nouveau]);
    void this.chargerFiches();
  }

  /** Both territories at once (a link, Back/Forward). */
  comparerTerritoires(a: TerritoireCompare | null, b: TerritoireCompare | null): void {
    const [x, y] = this.territoires();
    const meme = (p: TerritoireCompare | null, q: TerritoireCompare | null) => p?.type === q?.type && p?.code === q?.code;
    if (meme(x, a) && meme(y, b)) return;
    this.territoires.set([a, b]);
    void this.chargerFiches();
  }

  choisirScenario(i: number, cle: string): void {
    this.choix.update((liste) => liste.map((x, j) => (j === i ? cle : x)));
  }

  /** Compares the two scenarios picked. */
  comparerScenarios(): void {
    const [a, b] = this.clesChoisies();
    if (a === null || b === null || a === b) return;
    this.demanderScenarios([a, b]);
  }

  /** Asks for the comparison of two scenario keys (null: none); the selects show them. */
  demanderScenarios(cles: readonly [string, string] | null): void {
    const actuelles = this.scenariosDemandes();
    if (actuelles?.[0] === cles?.[0] && actuelles?.[1] === cles?.[1]) return;
    if (cles) this.choix.set([...cles]);
    this.erreurScenarios.set(null);
    this.scenariosDemandes.set(cles);
  }

  private async simuler(cles: readonly [string, string], a: ScenarioComparable, b: ScenarioComparable): Promise<void> {
    const deja = untracked(this.resultats);
    if (deja && deja.cles[0] === cles[0] && deja.cles[1] === cles[1] && deja.noms[0] === a.nom && deja.noms[1] === b.nom) return;
    const numero = ++this.numeroSimulations;
    this.simulationsEnCours.set(true);
    this.erreurScenarios.set(null);
    try {
      const resultats = await Promise.all([this.simulationClient.simuler(a.changements), this.simulationClient.simuler(b.changements)]);
      if (numero === this.numeroSimulations) this.resultats.set({ cles, noms: [a.nom, b.nom], resultats });
    } catch (e) {
      if (numero === this.numeroSimulations) this.erreurScenarios.set(messageErreur(e, 'La simulation des scénarios a échoué. Réessayez dans un instant.'));
    } finally {
      if (numero === this.numeroSimulations) this.simulationsEnCours.set(false);
    }
  }

  private async chargerFiches(): Promise<void> {
    const [a, b] = this.territoires();
    const numero = ++this.numeroFiches;
    this.fiches.set(null);
    this.erreurTerritoires.set(null);
    if (!a || !b) {
      this.fichesEnCours.set(false);
      return;
    }
    this.fichesEnCours.set(true);
    try {
      const fiches = await Promise.all([this.fichesClient.acces(a.type, a.code, null), this.fichesClient.acces(b.type, b.code, null)]);
      if (numero !== this.numeroFiches) return;
      this.fiches.set(fiches);
      // A link's territories get their names from their figures.
      this.territoires.set([
        { ...a, nom: a.nom ?? fiches[0].nom },
        { ...b, nom: b.nom ?? fiches[1].nom },
      ]);
    } catch (e) {
      if (numero === this.numeroFiches) this.erreurTerritoires.set(messageErreur(e, 'Les indicateurs n’ont pas pu être chargés. Réessayez dans un instant.'));
    } finally {
      if (numero === this.numeroFiches) this.fichesEnCours.set(false);
    }
  }
}
