import { Injectable, computed, inject, signal } from '@angular/core';
import { messageErreur } from '../territoires/message-erreur';
import { TypeTerritoire } from '../territoires/territoire';
import { TerritoiresClient } from '../territoires/territoires.client';
import { Changement, ChangementScenario, CommuneSimulee, ParametresAcces, ResultatSimulation } from './simulation';
import { SimulationClient } from './simulation.client';

/** What the API receives for one change of the scenario (the screen-only fields left out). */
export function versChangement(c: ChangementScenario): Changement {
  return c.type === 'depart_retraite' ? { type: c.type, territoire: c.territoire } : { type: c.type, commune: c.commune, nombre: c.nombre };
}

/**
 * The scenario being edited (changes of the GP supply), its last result and the ΔAPL by INSEE code
 * that the map draws. Provided in root: the side panel edits it, the map directive draws it.
 * A result always belongs to the scenario it was computed for: editing the scenario marks it stale.
 */
@Injectable({ providedIn: 'root' })
export class SimulationStore {
  private readonly client = inject(SimulationClient);
  private readonly territoires = inject(TerritoiresClient);
  private numeroRequete = 0;
  private prochainId = 1;

  readonly changements = signal<readonly ChangementScenario[]>([]);
  readonly resultat = signal<ResultatSimulation | null>(null);
  readonly enCours = signal(false);
  readonly erreur = signal<string | null>(null);
  readonly parametres = signal<ParametresAcces | null>(null);
  /** The changes the shown result was computed for (JSON), to tell when it no longer matches. */
  private readonly scenarioDuResultat = signal<string | null>(null);
  /** The changes last sent to the API (JSON), from the moment « Lancer » is pressed: the URL says « résultat » at once. */
  private readonly scenarioLance = signal<string | null>(null);

  /** The scenario as the API takes it, without the screen's fields. */
  readonly scenario = computed<readonly Changement[]>(() => this.changements().map(versChangement));
  /** True from « Lancer » while the scenario is unchanged: its result is shown or on its way (kept in the URL). */
  readonly resultatDemande = computed(() => this.scenarioLance() !== null && this.scenarioLance() === JSON.stringify(this.scenario()));
  readonly resultatPerime = computed(() => this.resultat() !== null && this.scenarioDuResultat() !== JSON.stringify(this.changements().map(versChangement)));
  /** ΔAPL by INSEE code of the communes the scenario changes (empty without a result). */
  readonly deltasParCode = computed<ReadonlyMap<string, number>>(() => new Map((this.resultat()?.communes ?? []).map((c) => [c.code, c.delta])));
  /** Communes whose access class changes (sous-dotée ↔ fragile ↔ suffisante), most populated first. */
  readonly changementsDeClasse = computed<readonly CommuneSimulee[]>(() =>
    (this.resultat()?.communes ?? [])
      .filter((c) => c.classeAvant !== c.classeApres)
      .sort((a, b) => b.population - a.population || a.nom.localeCompare(b.nom, 'fr')),
  );

  ajouter(changement: Omit<ChangementScenario, 'id'>): void {
    this.changements.update((liste) => [...liste, { ...changement, id: this.prochainId++ }]);
  }

  /** Changes the number of GPs of one change (the only editable field once added). */
  modifierNombre(id: number, nombre: number): void {
    this.changements.update((liste) => liste.map((c) => (c.id === id ? { ...c, nombre } : c)));
  }

  retirer(id: number): void {
    this.changements.update((liste) => liste.filter((c) => c.id !== id));
  }

  async lancer(): Promise<void> {
    const changements = this.changements().map(versChangement);
    if (changements.length === 0) {
      this.erreur.set('Ajoutez au moins un changement au scénario.');
      return;
    }
    const numero = ++this.numeroRequete;
    this.scenarioLance.set(JSON.stringify(changements));
    this.enCours.set(true);
    this.erreur.set(null);
    try {
      const resultat = await this.client.simuler(changements);
      if (numero !== this.numeroRequete) return;
      this.resultat.set(resultat);
      this.scenarioDuResultat.set(JSON.stringify(changements));
    } catch (erreur) {
      if (numero !== this.numeroRequete) return;
      this.erreur.set(messageErreur(erreur, 'La simulation a échoué. Réessayez dans un instant.'));
    } finally {
      if (numero === this.numeroRequete) this.enCours.set(false);
    }
  }

  /** Empties the scenario and drops the result: the map shows the indicator again. */
  reinitialiser(): void {
    this.numeroRequete++;
    this.changements.set([]);
    this.resultat.set(null);
    this.scenarioDuResultat.set(null);
    this.scenarioLance.set(null);
    this.enCours.set(false);
    this.erreur.set(null);
  }

  /** Hides the result and keeps the scenario (Back to the view before « Lancer »). */
  effacerResultat(): void {
    this.numeroRequete++;
    this.resultat.set(null);
    this.scenarioDuResultat.set(null);
    this.scenarioLance.set(null);
    this.enCours.set(false);
  }

  /**
   * Opens a scenario from a link or a saved one: its changes replace the scenario being edited (places named by
   * their code until their names arrive), and it is run when `lancer` says so.
   */
  async ouvrir(changements: readonly Changement[], lancer: boolean): Promise<void> {
    this.reinitialiser();
    const ouverts = changements.map((c) => ({ ...c, id: this.prochainId++, nomLieu: c.commune ?? c.territoire ?? '' }));
    this.changements.set(ouverts);
    const lancement = lancer ? this.lancer() : Promise.resolve();
    await Promise.all([lancement, ...ouverts.map((c) => this.nommer(c))]);
  }

  private async nommer(c: ChangementScenario): Promise<void> {
    const [type, code] = c.territoire ? (c.territoire.split(':') as [TypeTerritoire, string]) : (['commune', c.commune ?? ''] as const);
    try {
      const { nom } = await this.territoires.fiche(type, code);
      this.changements.update((liste) => liste.map((x) => (x.id === c.id ? { ...x, nomLieu: nom } : x)));
    } catch {
      // An unknown code keeps its code as name; the simulation says what it refuses.
    }
  }

  /** The model's parameters and caveats (travel-time approximation), loaded once. */
  async chargerParametres(): Promise<void> {
    if (this.parametres()) return;
    try {
      this.parametres.set(await this.client.parametres());
    } catch {
      // The caveat has a static fallback on screen; the simulation itself does not need this.
    }
  }
}
