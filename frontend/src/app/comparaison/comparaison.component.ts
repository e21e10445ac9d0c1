import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, untracked } from '@angular/core';
import { SessionStore } from '../comptes/session.store';
import { FicheAcces } from '../fiche/fiche-acces';
import { FicheAccesClient } from '../fiche/fiche-acces.client';
import { RechercheTerritoireComponent } from '../recherche/recherche-territoire.component';
import { nombreDeChangements } from '../simulation/scenarios-enregistres.component';
import { ScenariosEnregistresStore } from '../simulation/scenarios-enregistres.store';
import { Changement, ResultatSimulation } from '../simulation/simulation';
import { SimulationClient } from '../simulation/simulation.client';
import { SimulationStore } from '../simulation/simulation.store';
import { messageErreur } from '../territoires/message-erreur';
import { LIBELLES_TYPE, ReferenceTerritoire } from '../territoires/territoire';
import { SelectionStore } from '../territoires/selection.store';
import { lignesScenarios, lignesTerritoires } from './lignes-comparaison';

type Mode = 'territoires' | 'scenarios';

/** A scenario the comparison can run: the one being edited or a saved one. */
interface ScenarioComparable {
  readonly cle: string;
  readonly nom: string;
  readonly libelle: string;
  readonly changements: readonly Changement[];
}

const EN_COURS = 'en-cours';

/**
 * « Comparer »: two territories side by side (APL, class, population under the thresholds), or two scenarios
 * (the one being edited and the saved ones) simulated and read side by side.
 */
@Component({
  selector: 'mlg-comparaison',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RechercheTerritoireComponent],
  template: `
    <h2 class="fr-h6 fr-mb-1w">Comparer</h2>
    <fieldset class="fr-fieldset" aria-labelledby="comparaison-mode-legende">
      <legend class="fr-fieldset__legend--regular fr-fieldset__legend" id="comparaison-mode-legende">Que voulez-vous comparer ?</legend>
      <div class="fr-fieldset__element fr-fieldset__element--inline">
        <div class="fr-radio-group">
          <input
            type="radio"
            id="comparaison-mode-territoires"
            name="comparaison-mode"
            [checked]="mode() === 'territoires'"
            (change)="mode.set('territoires')"
          />
          <label class="fr-label" for="comparaison-mode-territoires">Deux territoires</label>
        </div>
      </div>
      <div class="fr-fieldset__element fr-fieldset__element--inline">
        <div class="fr-radio-group">
          <input type="radio" id="comparaison-mode-scenarios" name="comparaison-mode" [checked]="mode() === 'scenarios'" (change)="mode.set('scenarios')" />
          <label class="fr-label" for="comparaison-mode-scenarios">Deux scénarios de simulation</label>
        </div>
      </div>
    </fieldset>

    @if (mode() === 'territoires') {
      @for (i of [0, 1]; track i) {
        <div class="fr-mb-2w">
          <mlg-recherche-territoire
            [identifiant]="'comparer-territoire-' + (i + 1)"
            [prefixe]="'comparer-' + (i + 1)"
            [libelle]="i === 0 ? 'Premier territoire' : 'Second territoire'"
            indication="Commune, EPCI, département, région ou code"
            [libelleVisible]="true"
            (territoireChoisi)="choisirTerritoire(i, $event)"
          />
          <p class="fr-text--sm fr-mt-1v fr-mb-0" [attr.data-testid]="'comparaison-territoire-' + (i + 1)">
            @if (territoires()[i]; as t) {
              <strong>{{ t.nom }}</strong> ({{ libelleType(t) }} {{ t.code }})
            } @else {
              <em>aucun territoire choisi</em>
            }
          </p>
        </div>
      }
      @if (fichesEnCours()) {
        <p class="fr-text--sm" role="status">Chargement des indicateurs…</p>
      }
      @if (erreurTerritoires(); as message) {
        <div class="fr-alert fr-alert--error fr-alert--sm fr-mb-2w" role="alert">
          <p>{{ message }}</p>
        </div>
      }
      @if (lignesDesTerritoires(); as tableau) {
        <div class="fr-table fr-table--sm fr-table--no-caption-sm fr-mb-1w">
          <div class="fr-table__wrapper">
            <div class="fr-table__container">
              <div class="fr-table__content">
                <table data-testid="comparaison-territoires">
                  <caption class="fr-text--sm">
                    Comparaison de
                    {{
                      tableau.noms[0]
                    }}
                    et
                    {{
                      tableau.noms[1]
                    }}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">Indicateur</th>
                      <th scope="col">{{ tableau.noms[0] }}</th>
                      <th scope="col">{{ tableau.noms[1] }}</th>
                    </tr>
                  </thead>
                  <tbody>
                    @for (l of tableau.lignes; track l.libelle) {
                      <tr>
                        <th scope="row">{{ l.libelle }}</th>
                        <td>{{ l.a }}</td>
                        <td>{{ l.b }}</td>
                      </tr>
                    }
                  </tbody>
                </table>
              </div>
            </div>
          </div>
        </div>
        <p class="fr-text--xs">Source : {{ tableau.source }}</p>
      } @else if (!territoires()[0] || !territoires()[1]) {
        <p class="fr-text--sm">Choisissez deux territoires pour les voir côte à côte.</p>
      }
    } @else {
      @if (scenarios().length < 2) {
        <p class="fr-text--sm" data-testid="comparaison-scenarios-manquants">
          @if (session.connecte()) {
            Il faut deux scénarios pour comparer : enregistrez-en dans l’onglet « Simuler » (le scénario en cours compte pour un).
          } @else {
            Il faut deux scénarios pour comparer : connectez-vous pour enregistrer vos scénarios dans l’onglet « Simuler » (le scénario en cours compte pour
            un).
          }
        </p>
      } @else {
        <form (submit)="$event.preventDefault(); comparerScenarios()">
          @for (i of [0, 1]; track i) {
            <div class="fr-select-group fr-mb-1w">
              <label class="fr-label" [for]="'comparer-scenario-' + (i + 1)">{{ i === 0 ? 'Premier scénario' : 'Second scénario' }}</label>
              <select [id]="'comparer-scenario-' + (i + 1)" class="fr-select" (change)="choisirScenario(i, $any($event.target).value)">
                @for (s of scenarios(); track s.cle) {
                  <option [value]="s.cle" [selected]="s.cle === clesChoisies()[i]">{{ s.libelle }}</option>
                }
              </select>
            </div>
          }
          @if (clesChoisies()[0] === clesChoisies()[1]) {
            <p class="fr-hint-text">Choisissez deux scénarios différents.</p>
          }
          <button type="submit" class="fr-btn fr-btn--sm" [disabled]="clesChoisies()[0] === clesChoisies()[1] || simulationsEnCours()">
            Comparer les scénarios
          </button>
        </form>
      }
      @if (simulationsEnCours()) {
        <p class="fr-text--sm" role="status">Simulation des deux scénarios…</p>
      }
      @if (erreurScenarios(); as message) {
        <div class="fr-alert fr-alert--error fr-alert--sm fr-mt-2w" role="alert">
          <p>{{ message }}</p>
        </div>
      }
      @if (comparaisonScenarios(); as tableau) {
        <div class="fr-table fr-table--sm fr-mt-2w fr-mb-1w">
          <div class="fr-table__wrapper">
            <div class="fr-table__container">
              <div class="fr-table__content">
                <table data-testid="comparaison-scenarios">
                  <caption class="fr-text--sm">
                    Comparaison des scénarios «
                    {{
                      tableau.noms[0]
                    }}
                    » et «
                    {{
                      tableau.noms[1]
                    }}
                    »
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">Effet simulé</th>
                      <th scope="col">{{ tableau.noms[0] }}</th>
                      <th scope="col">{{ tableau.noms[1] }}</th>
                    </tr>
                  </thead>
                  <tbody>
                    @for (l of tableau.lignes; track l.libelle) {
                      <tr>
                        <th scope="row">{{ l.libelle }}</th>
                        <td>{{ l.a }}</td>
                        <td>{{ l.b }}</td>
                      </tr>
                    }
                  </tbody>
                </table>
              </div>
            </div>
          </div>
        </div>
        <p class="fr-text--xs">
          APL simulées par Maillage : {{ tableau.source }}. Les temps de trajet sont approchés ; les valeurs diffèrent des APL officielles.
        </p>
      }
    }
  `,
})
export class ComparaisonComponent {
  protected readonly session = inject(SessionStore);
  private readonly selection = inject(SelectionStore);
  private readonly fichesClient = inject(FicheAccesClient);
  private readonly simulationClient = inject(SimulationClient);
  private readonly simulation = inject(SimulationStore);
  private readonly enregistres = inject(ScenariosEnregistresStore);
  private numeroFiches = 0;
  private numeroSimulations = 0;

  protected readonly mode = signal<Mode>('territoires');

  protected readonly territoires = signal<readonly (ReferenceTerritoire | null)[]>([null, null]);
  private readonly fiches = signal<readonly [FicheAcces, FicheAcces] | null>(null);
  protected readonly fichesEnCours = signal(false);
  protected readonly erreurTerritoires = signal<string | null>(null);
  protected readonly lignesDesTerritoires = computed(() => {
    const f = this.fiches();
    if (!f) return null;
    return { noms: [f[0].nom, f[1].nom], lignes: lignesTerritoires(f[0], f[1]), source: `${f[0].apl.source.libelle} — millésime ${f[0].apl.source.millesime}` };
  });

  /** The scenario being edited (when it has changes), then the saved ones. */
  protected readonly scenarios = computed<readonly ScenarioComparable[]>(() => {
    const enCours = this.simulation.scenario();
    const liste: ScenarioComparable[] = enCours.length
      ? [{ cle: EN_COURS, nom: 'Scénario en cours', libelle: `Scénario en cours (${nombreDeChangements(enCours.length)})`, changements: enCours }]
      : [];
    for (const s of this.enregistres.liste())
      liste.push({ cle: s.id, nom: s.nom, libelle: `${s.nom} (${nombreDeChangements(s.changements.length)})`, changements: s.changements });
    return liste;
  });
  private readonly choix = signal<readonly (string | null)[]>([null, null]);
  /** The picked keys, defaulting to the first two scenarios (a key no longer offered falls back too). */
  protected readonly clesChoisies = computed(() => {
    const cles = this.scenarios().map((s) => s.cle);
    return [0, 1].map((i) => {
      const c = this.choix()[i];
      return c !== null && cles.includes(c) ? c : (cles[i] ?? null);
    });
  });
  private readonly resultats = signal<{ noms: [string, string]; resultats: [ResultatSimulation, ResultatSimulation] } | null>(null);
  protected readonly simulationsEnCours = signal(false);
  protected readonly erreurScenarios = signal<string | null>(null);
  protected readonly comparaisonScenarios = computed(() => {
    const r = this.resultats();
    if (!r) return null;
    const source = r.resultats[0].source;
    return { noms: r.noms, lignes: lignesScenarios(r.resultats[0], r.resultats[1]), source: `${source.libelle}, millésime ${source.millesime}` };
  });

  constructor() {
    // The first territory is the one selected on the map or in the search, until the person picks another.
    effect(() => {
      const fiche = this.selection.fiche();
      if (fiche && untracked(() => this.territoires()[0]) === null) {
        untracked(() => this.choisirTerritoire(0, { type: fiche.type, code: fiche.code, nom: fiche.nom }));
      }
    });
  }

  protected libelleType(t: ReferenceTerritoire): string {
    return LIBELLES_TYPE[t.type];
  }

  protected choisirTerritoire(i: number, t: ReferenceTerritoire): void {
    this.territoires.update((liste) => liste.map((x, j) => (j === i ? { type: t.type, code: t.code, nom: t.nom } : x)));
    void this.chargerFiches();
  }

  protected choisirScenario(i: number, cle: string): void {
    this.choix.update((liste) => liste.map((x, j) => (j === i ? cle : x)));
    this.resultats.set(null);
  }

  protected async comparerScenarios(): Promise<void> {
    const [a, b] = this.clesChoisies().map((c) => this.scenarios().find((s) => s.cle === c));
    if (!a || !b || a.cle === b.cle) return;
    const numero = ++this.numeroSimulations;
    this.simulationsEnCours.set(true);
    this.erreurScenarios.set(null);
    this.resultats.set(null);
    try {
      const resultats = await Promise.all([this.simulationClient.simuler(a.changements), this.simulationClient.simuler(b.changements)]);
      if (numero === this.numeroSimulations) this.resultats.set({ noms: [a.nom, b.nom], resultats });
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
    if (!a || !b) return;
    this.fichesEnCours.set(true);
    try {
      const fiches = await Promise.all([this.fichesClient.acces(a.type, a.code, null), this.fichesClient.acces(b.type, b.code, null)]);
      if (numero === this.numeroFiches) this.fiches.set(fiches);
    } catch (e) {
      if (numero === this.numeroFiches) this.erreurTerritoires.set(messageErreur(e, 'Les indicateurs n’ont pas pu être chargés. Réessayez dans un instant.'));
    } finally {
      if (numero === this.numeroFiches) this.fichesEnCours.set(false);
    }
  }
}
