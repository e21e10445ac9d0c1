import { ChangeDetectionStrategy, Component, effect, inject, untracked } from '@angular/core';
import { SessionStore } from '../comptes/session.store';
import { RechercheTerritoireComponent } from '../recherche/recherche-territoire.component';
import { LIBELLES_TYPE } from '../territoires/territoire';
import { SelectionStore } from '../territoires/selection.store';
import { ComparaisonStore, TerritoireCompare } from './comparaison.store';
import { TableauComparaisonComponent } from './tableau-comparaison.component';

/**
 * « Comparer »: two territories side by side (APL, class, population under the thresholds), or two scenarios
 * (the one being edited and the saved ones) simulated and read side by side. What is compared lives in
 * `ComparaisonStore` and in the URL (`comparer`, see comparaison-url.ts): Back, Forward and links reopen it.
 */
@Component({
  selector: 'mlg-comparaison',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RechercheTerritoireComponent, TableauComparaisonComponent],
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
            [checked]="store.mode() === 'territoires'"
            (change)="store.mode.set('territoires')"
          />
          <label class="fr-label" for="comparaison-mode-territoires">Deux territoires</label>
        </div>
      </div>
      <div class="fr-fieldset__element fr-fieldset__element--inline">
        <div class="fr-radio-group">
          <input
            type="radio"
            id="comparaison-mode-scenarios"
            name="comparaison-mode"
            [checked]="store.mode() === 'scenarios'"
            (change)="store.mode.set('scenarios')"
          />
          <label class="fr-label" for="comparaison-mode-scenarios">Deux scénarios de simulation</label>
        </div>
      </div>
    </fieldset>

    @if (store.mode() === 'territoires') {
      @for (i of [0, 1]; track i) {
        <div class="fr-mb-2w">
          <mlg-recherche-territoire
            [identifiant]="'comparer-territoire-' + (i + 1)"
            [prefixe]="'comparer-' + (i + 1)"
            [libelle]="i === 0 ? 'Premier territoire' : 'Second territoire'"
            indication="Commune, EPCI, département, région ou code"
            [libelleVisible]="true"
            (territoireChoisi)="store.choisirTerritoire(i === 0 ? 0 : 1, $event)"
          />
          <p class="fr-text--sm fr-mt-1v fr-mb-0" [attr.data-testid]="'comparaison-territoire-' + (i + 1)">
            @if (store.territoires()[i]; as t) {
              <strong>{{ t.nom ?? t.code }}</strong> ({{ libelleType(t) }} {{ t.code }})
            } @else {
              <em>aucun territoire choisi</em>
            }
          </p>
        </div>
      }
      @if (store.fichesEnCours()) {
        <p class="fr-text--sm" role="status">Chargement des indicateurs…</p>
      }
      @if (store.erreurTerritoires(); as message) {
        <div class="fr-alert fr-alert--error fr-alert--sm fr-mb-2w" role="alert">
          <p>{{ message }}</p>
        </div>
      }
      @if (store.tableauTerritoires(); as tableau) {
        <mlg-tableau-comparaison
          identifiant="comparaison-territoires"
          [legende]="'Comparaison de ' + tableau.noms[0] + ' et ' + tableau.noms[1]"
          entete="Indicateur"
          [noms]="tableau.noms"
          [lignes]="tableau.lignes"
        />
        <p class="fr-text--xs">Source : {{ tableau.source }}</p>
      } @else if (!store.territoires()[0] || !store.territoires()[1]) {
        <p class="fr-text--sm">Choisissez deux territoires pour les voir côte à côte.</p>
      }
    } @else {
      @if (store.scenarios().length < 2) {
        <p class="fr-text--sm" data-testid="comparaison-scenarios-manquants">
          @if (session.connecte()) {
            Il faut deux scénarios pour comparer : enregistrez-en dans l’onglet « Simuler » (le scénario en cours compte pour un).
          } @else {
            Il faut deux scénarios pour comparer : connectez-vous pour enregistrer vos scénarios dans l’onglet « Simuler » (le scénario en cours compte pour
            un).
          }
        </p>
      } @else {
        <form (submit)="$event.preventDefault(); store.comparerScenarios()">
          @for (i of [0, 1]; track i) {
            <div class="fr-select-group fr-mb-1w">
              <label class="fr-label" [for]="'comparer-scenario-' + (i + 1)">{{ i === 0 ? 'Premier scénario' : 'Second scénario' }}</label>
              <select [id]="'comparer-scenario-' + (i + 1)" class="fr-select" (change)="store.choisirScenario(i, $any($event.target).value)">
                @for (s of store.scenarios(); track s.cle) {
                  <option [value]="s.cle" [selected]="s.cle === store.clesChoisies()[i]">{{ s.libelle }}</option>
                }
              </select>
            </div>
          }
          @if (store.clesChoisies()[0] === store.clesChoisies()[1]) {
            <p class="fr-hint-text">Choisissez deux scénarios différents.</p>
          }
          <button type="submit" class="fr-btn fr-btn--sm" [disabled]="store.clesChoisies()[0] === store.clesChoisies()[1] || store.simulationsEnCours()">
            Comparer les scénarios
          </button>
        </form>
      }
      @if (store.simulationsEnCours()) {
        <p class="fr-text--sm" role="status">Simulation des deux scénarios…</p>
      }
      @if (store.erreurScenarios(); as message) {
        <div class="fr-alert fr-alert--error fr-alert--sm fr-mt-2w" role="alert">
          <p>{{ message }}</p>
        </div>
      }
      @if (store.scenariosIntrouvables()) {
        <p class="fr-text--sm fr-mt-2w" role="status" data-testid="comparaison-scenarios-introuvables">
          Les scénarios de ce lien ne sont pas parmi les vôtres (ils ont été supprimés, enregistrés par un autre compte, ou vous n’êtes pas connecté) :
          choisissez-en deux parmi les vôtres.
        </p>
      }
      @if (store.tableauScenarios(); as tableau) {
        <div class="fr-mt-2w">
          <mlg-tableau-comparaison
            identifiant="comparaison-scenarios"
            [legende]="'Comparaison des scénarios « ' + tableau.noms[0] + ' » et « ' + tableau.noms[1] + ' »'"
            entete="Effet simulé"
            [noms]="tableau.noms"
            [lignes]="tableau.lignes"
          />
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
  protected readonly store = inject(ComparaisonStore);
  private readonly selection = inject(SelectionStore);

  constructor() {
    // The first territory is the one selected on the map or in the search, until the person picks another.
    effect(() => {
      const fiche = this.selection.fiche();
      if (fiche && untracked(() => this.store.territoires()[0]) === null) {
        untracked(() => this.store.choisirTerritoire(0, { type: fiche.type, code: fiche.code, nom: fiche.nom }));
      }
    });
  }

  protected libelleType(t: TerritoireCompare): string {
    return LIBELLES_TYPE[t.type];
  }
}
