import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, untracked } from '@angular/core';
import { DecimalPipe } from '@angular/common';
import { SelectionStore } from '../territoires/selection.store';
import { LIBELLES_TYPE } from '../territoires/territoire';
import { resterSurOngletAuChoixSurCarte } from './rester-sur-onglet';
import { ResultatSimulationComponent } from './resultat-simulation.component';
import { ScenariosEnregistresComponent } from './scenarios-enregistres.component';
import { ChangementScenario, LIBELLES_CHANGEMENT, ResultatSimulation, TypeChangement } from './simulation';
import { accord, nombreEtNom } from '../texte/pluriel';
import { BoutonsRapportComponent } from '../rapports/boutons-rapport.component';
import { RapportsClient } from '../rapports/rapports.client';
import { telecharger } from '../export/telechargement';
import { csvCommunesSimulees, csvTerritoiresSimules } from './csv-simulation';
import { messageNombre } from './nombre-medecins';
import { verdictCommune } from './verdict-commune';
import { SimulationStore } from './simulation.store';

const NOMBRE_PAR_DEFAUT: Readonly<Record<TypeChangement, number>> = {
  ouverture_msp: 3,
  ajout_medecins: 1,
  retrait_medecins: 1,
  depart_retraite: 0,
};
const TYPES: readonly TypeChangement[] = ['ouverture_msp', 'ajout_medecins', 'retrait_medecins', 'depart_retraite'];

/**
 * « Simuler »: build a scenario of GP supply changes at the commune (or territory) picked on the map
 * or in the search, run it, and read the ΔAPL (drawn on the map by SimulationSurCarteDirective).
 */
@Component({
  selector: 'mlg-panneau-simulation',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DecimalPipe, ResultatSimulationComponent, ScenariosEnregistresComponent, BoutonsRapportComponent],
  template: `
    <h2 class="fr-h6 fr-mb-1w">Simuler un changement de l’offre de médecins généralistes</h2>
    <p class="fr-text--sm fr-mb-2w">
      Que deviendrait l’accès aux médecins généralistes si une maison de santé ouvrait, si des médecins s’installaient ou partaient&nbsp;? Choisissez un
      changement et une commune, puis lancez la simulation. Résultat estimé&nbsp;: les temps de trajet sont approchés (voir « Méthode »).
    </p>

    <form class="fr-mb-2w" (submit)="$event.preventDefault(); lancer()" aria-labelledby="simulation-ajout-titre">
      <h3 id="simulation-ajout-titre" class="fr-text--md fr-text--bold fr-mb-1w">Le changement</h3>
      <div class="fr-select-group fr-mb-1w">
        <label class="fr-label" for="simulation-type">Changement</label>
        <select id="simulation-type" class="fr-select" [value]="type()" (change)="choisirType($any($event.target).value)">
          @for (t of types; track t) {
            <option [value]="t" [selected]="t === type()">{{ libelles[t] }}</option>
          }
        </select>
      </div>
      <div class="fr-mb-1w" aria-live="polite">
        <p class="fr-text--sm fr-mb-0">
          {{ type() === 'depart_retraite' ? 'Territoire' : 'Commune' }}&nbsp;:
          @if (lieu(); as l) {
            <strong data-testid="simulation-lieu">{{ l.nom }}</strong> ({{ libelleType(l.type) }} {{ l.code }})
          } @else {
            <em>aucune</em>
          }
        </p>
        <p class="fr-hint-text fr-mb-0">Cliquez sur une commune de la carte ou utilisez la recherche pour la choisir.</p>
        @if (lieuRefuse(); as message) {
          <p class="fr-error-text fr-mt-1v" id="simulation-lieu-erreur">{{ message }}</p>
        }
      </div>
      @if (type() !== 'depart_retraite') {
        <div class="fr-input-group fr-mb-1w" [class.fr-input-group--error]="erreurNombre()">
          <label class="fr-label" for="simulation-nombre">Nombre de médecins généralistes <span class="fr-hint-text">un nombre entier de 1 à 200</span></label>
          <input
            id="simulation-nombre"
            class="fr-input"
            [class.fr-input--error]="erreurNombre()"
            type="number"
            inputmode="numeric"
            min="1"
            max="200"
            step="1"
            required
            [attr.aria-describedby]="erreurNombre() ? 'simulation-nombre-erreur' : null"
            [attr.aria-invalid]="erreurNombre() ? 'true' : null"
            [value]="saisieNombre()"
            (input)="saisieNombre.set($any($event.target).value)"
          />
          @if (erreurNombre(); as message) {
            <p class="fr-error-text" id="simulation-nombre-erreur">{{ message }}</p>
          }
        </div>
      }
      <ul class="fr-btns-group fr-btns-group--inline-sm fr-btns-group--sm">
        <li>
          <button
            type="submit"
            class="fr-btn"
            [disabled]="!!raisonLancerImpossible() || store.enCours()"
            [attr.aria-describedby]="raisonLancerImpossible() ? 'simulation-lancer-raison' : null"
          >
            Lancer la simulation
          </button>
        </li>
        <li>
          <button type="button" class="fr-btn fr-btn--secondary fr-btn--icon-left fr-icon-add-line" [disabled]="!peutAjouter()" (click)="ajouter()">
            Ajouter un autre changement
          </button>
        </li>
        <li><button type="button" class="fr-btn fr-btn--tertiary" (click)="store.reinitialiser()">Réinitialiser</button></li>
      </ul>
      @if (raisonLancerImpossible(); as raison) {
        <p class="fr-hint-text fr-mt-n1w" id="simulation-lancer-raison" data-testid="simulation-raison">{{ raison }}</p>
      }
    </form>

    @if (store.changements().length) {
      <h3 class="fr-text--md fr-text--bold fr-mb-1w">Scénario</h3>
      <ul class="simulation__changements fr-mb-2w">
        @for (c of store.changements(); track c.id; let i = $index) {
          <li class="simulation__changement">
            <span class="fr-text--sm fr-mb-0">
              <strong>{{ libelles[c.type] }}</strong> — {{ c.nomLieu }}
            </span>
            @if (c.type !== 'depart_retraite') {
              <label class="fr-sr-only" [for]="'simulation-nombre-' + c.id">Nombre de médecins du changement {{ i + 1 }}</label>
              <input
                class="fr-input simulation__nombre"
                type="number"
                inputmode="numeric"
                min="1"
                max="200"
                [id]="'simulation-nombre-' + c.id"
                [value]="c.nombre"
                (change)="modifierNombre(c, $any($event.target).value)"
              />
              <span class="fr-text--sm fr-mb-0">{{ accord(c.nombre ?? 0, 'médecin', 'médecins') }}</span>
            }
            <button
              type="button"
              class="fr-btn fr-btn--tertiary-no-outline fr-btn--sm fr-icon-delete-line"
              [attr.aria-label]="'Retirer le changement ' + (i + 1)"
              [title]="'Retirer le changement ' + (i + 1)"
              (click)="store.retirer(c.id)"
            ></button>
          </li>
        }
      </ul>
      @if (erreurListe(); as message) {
        <p class="fr-error-text fr-mb-2w" role="alert">{{ message }}</p>
      }
    }
    <p class="fr-sr-only" aria-live="polite">{{ annonce() }}</p>
    @if (store.enCours()) {
      <p class="fr-text--sm" role="status">Calcul en cours…</p>
    }
    @if (store.erreur(); as message) {
      <div class="fr-alert fr-alert--error fr-alert--sm fr-mb-2w" role="alert">
        <p>{{ message }}</p>
      </div>
    }
    @if (store.resultat(); as r) {
      @if (store.resultatPerime()) {
        <div class="fr-alert fr-alert--warning fr-alert--sm fr-mb-2w"><p>Le scénario a changé depuis ce résultat&nbsp;: relancez la simulation.</p></div>
      }
      @if (verdict(); as phrase) {
        <p class="fr-text--lead fr-mb-2w" data-testid="simulation-verdict">{{ phrase }}</p>
      }
      <mlg-resultat-simulation [resultat]="r" [changementsDeClasse]="store.changementsDeClasse()" />
      <h4 class="fr-text--sm fr-text--bold fr-mb-1v">Emporter le résultat</h4>
      <mlg-boutons-rapport [cle]="cleRapport()" nomFichier="simulation.pdf" [obtenir]="rapport" />
      <ul class="fr-btns-group fr-btns-group--inline-sm fr-btns-group--sm fr-btns-group--icon-left">
        <li>
          <button type="button" class="fr-btn fr-btn--tertiary fr-btn--sm fr-icon-download-line" (click)="exporterCommunes(r)">
            Exporter par commune (CSV)
          </button>
        </li>
        <li>
          <button
            type="button"
            class="fr-btn fr-btn--tertiary fr-btn--sm fr-icon-download-line"
            [disabled]="!r.territoires.length"
            (click)="exporterTerritoires(r)"
          >
            Exporter par territoire (CSV)
          </button>
        </li>
      </ul>
    }
    <mlg-scenarios-enregistres />

    <details class="fr-mt-2w simulation__methode">
      <summary class="fr-text--sm fr-text--bold">Méthode</summary>
      <p class="fr-text--sm">
        L’APL est recalculée par Maillage avec la méthode à deux étapes de la DREES&nbsp;: les consultations de médecine générale accessibles à moins de 20
        minutes, rapportées à la population qui peut s’y rendre. Sous 2,5 une commune est sous-dotée, de 2,5 à 4 elle est fragile.
      </p>
      <p class="fr-text--sm">{{ avertissementTrajet() }}</p>
      <p class="fr-text--sm">
        Un médecin ajouté ou retiré compte pour {{ consultationsParMedecin() | number: '1.0-0' : 'fr' }} consultations et visites par an, l’activité que la
        DREES retient pour un médecin qui s’installe. Une maison de santé compte pour les médecins qui y exercent. Le départ des médecins de 65 ans et plus
        retire toute l’offre qu’ils apportent aux communes du territoire choisi.
      </p>
    </details>
  `,
  styles: `
    .simulation__changements {
      list-style: none;
      padding: 0;
    }
    .simulation__changement {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
      padding: 0.25rem 0;
      border-bottom: 1px solid var(--border-default-grey);
    }
    .simulation__changement > span:first-child {
      flex: 1 1 100%;
    }
    .simulation__methode summary {
      cursor: pointer;
    }
    .simulation__nombre {
      width: 5rem;
      margin-top: 0;
    }
  `,
})
export class PanneauSimulationComponent {
  protected readonly store = inject(SimulationStore);
  private readonly selection = inject(SelectionStore);
  private readonly rapports = inject(RapportsClient);
  protected readonly types = TYPES;
  protected readonly libelles = LIBELLES_CHANGEMENT;

  protected readonly type = signal<TypeChangement>('ouverture_msp');
  /** What is typed in the number field, as typed: a wrong entry gets its message instead of being dropped. */
  protected readonly saisieNombre = signal(String(NOMBRE_PAR_DEFAUT.ouverture_msp));
  protected readonly nombre = computed(() => Number(this.saisieNombre().trim().replace(',', '.')));
  protected readonly erreurNombre = computed(() => (this.type() === 'depart_retraite' ? null : messageNombre(this.saisieNombre())));
  protected readonly erreurListe = signal<string | null>(null);
  protected readonly accord = accord;
  /** The territory picked on the map or in the search (a territory card's « Simuler » preselects it). */
  protected readonly lieu = computed(() => this.selection.fiche());
  protected readonly lieuRefuse = computed(() => {
    const lieu = this.lieu();
    if (lieu && this.type() !== 'depart_retraite' && lieu.type !== 'commune') {
      return 'Ce changement se fait dans une commune : choisissez une commune.';
    }
    return null;
  });
  protected readonly peutAjouter = computed(() => this.lieu() !== null && this.lieuRefuse() === null && this.erreurNombre() === null);
  /**
   * Why « Lancer » is disabled, in words (null: it can run). It runs the scenario, or — when nothing was added yet —
   * the change being chosen, with no separate « Ajouter » step.
   */
  protected readonly raisonLancerImpossible = computed(() => {
    if (this.store.changements().length) return null;
    if (!this.lieu())
      return this.type() === 'depart_retraite' ? 'Choisissez d’abord un territoire.' : 'Choisissez d’abord une commune sur la carte ou dans la recherche.';
    if (this.lieuRefuse()) return this.lieuRefuse();
    if (this.erreurNombre()) return 'Corrigez le nombre de médecins pour lancer la simulation.';
    return null;
  });
  /** The chosen commune in one sentence (« Boussac passerait de 2,58 à 4,66 : fragile menacée → accès suffisant. »). */
  protected readonly verdict = computed(() => {
    const r = this.store.resultat();
    const lieu = this.lieu();
    if (!r || !lieu || lieu.type !== 'commune') return null;
    return verdictCommune(lieu.nom, r.communes.find((c) => c.code === lieu.code) ?? null);
  });
  protected readonly cleRapport = computed(() => JSON.stringify([this.store.scenario(), this.communeChoisie()]));
  private readonly communeChoisie = computed(() => (this.lieu()?.type === 'commune' ? this.lieu()!.code : null));
  protected readonly rapport = (): Promise<Blob> => this.rapports.simulation(this.store.scenario(), this.communeChoisie());
  protected readonly avertissementTrajet = computed(
    () =>
      this.store.parametres()?.modeleTrajet.avertissement ??
      'Les temps de trajet sont une approximation du distancier routier INSEE Metric utilisé par la DREES : les valeurs simulées diffèrent des APL officielles.',
  );
  protected readonly consultationsParMedecin = computed(() => this.store.parametres()?.simulation.consultationsParMedecin ?? 5400);
  protected readonly annonce = computed(() => {
    const r = this.store.resultat();
    if (this.store.enCours() || !r) return '';
    const classes = this.store.changementsDeClasse().length;
    return `Simulation terminée : ${nombreEtNom(r.communes.length, 'commune voit son', 'communes voient leur')} APL changer, ${nombreEtNom(classes, 'change', 'changent')} de classe.`;
  });

  constructor() {
    void this.store.chargerParametres();
    resterSurOngletAuChoixSurCarte('simuler');
    // An EPCI, département or région (e.g. from its card's « Simuler »): only retirements apply there.
    effect(() => {
      const lieu = this.lieu();
      if (lieu && lieu.type !== 'commune') untracked(() => this.choisirType('depart_retraite'));
    });
  }

  protected libelleType(type: keyof typeof LIBELLES_TYPE): string {
    return LIBELLES_TYPE[type];
  }

  protected choisirType(type: TypeChangement): void {
    this.type.set(type);
    this.saisieNombre.set(String(NOMBRE_PAR_DEFAUT[type]));
  }

  /** « Lancer »: the change being chosen is added first when the scenario is still empty. */
  protected lancer(): void {
    if (this.store.changements().length === 0) {
      if (!this.peutAjouter()) return;
      this.ajouter();
    }
    void this.store.lancer();
  }

  protected ajouter(): void {
    const lieu = this.lieu();
    if (!lieu || !this.peutAjouter()) return;
    const type = this.type();
    const changement: Omit<ChangementScenario, 'id'> =
      type === 'depart_retraite'
        ? { type, territoire: `${lieu.type}:${lieu.code}`, nomLieu: lieu.nom }
        : { type, commune: lieu.code, nombre: this.nombre(), nomLieu: lieu.nom };
    this.store.ajouter(changement);
  }

  protected modifierNombre(c: ChangementScenario, saisie: string): void {
    const message = messageNombre(saisie);
    this.erreurListe.set(message ? `Changement « ${c.nomLieu} » : ${message.charAt(0).toLowerCase()}${message.slice(1)} Le nombre précédent est gardé.` : null);
    if (!message) this.store.modifierNombre(c.id, Number(saisie));
  }

  protected exporterCommunes(r: ResultatSimulation): void {
    telecharger(`simulation-communes-${r.annee}.csv`, csvCommunesSimulees(r));
  }

  protected exporterTerritoires(r: ResultatSimulation): void {
    telecharger(`simulation-territoires-${r.annee}.csv`, csvTerritoiresSimules(r));
  }
}
