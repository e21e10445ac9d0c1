import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, untracked } from '@angular/core';
import { DecimalPipe } from '@angular/common';
import { SelectionStore } from '../territoires/selection.store';
import { LIBELLES_TYPE } from '../territoires/territoire';
import { resterSurOngletAuChoixSurCarte } from './rester-sur-onglet';
import { ResultatSimulationComponent } from './resultat-simulation.component';
import { ScenariosEnregistresComponent } from './scenarios-enregistres.component';
import { ChangementScenario, LIBELLES_CHANGEMENT, TypeChangement } from './simulation';
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
  imports: [DecimalPipe, ResultatSimulationComponent, ScenariosEnregistresComponent],
  template: `
    <h2 class="fr-h6 fr-mb-1w">Simuler un changement de l’offre de médecins généralistes</h2>
    <div class="fr-alert fr-alert--info fr-alert--sm fr-mb-2w">
      <p class="fr-text--sm fr-mb-0">
        APL recalculée par Maillage (méthode DREES à deux étapes).
        {{ avertissementTrajet() }}
        Un médecin ajouté ou retiré compte pour {{ consultationsParMedecin() | number: '1.0-0' : 'fr' }} consultations et visites par an.
      </p>
    </div>

    <form class="fr-mb-2w" (submit)="$event.preventDefault(); ajouter()" aria-labelledby="simulation-ajout-titre">
      <h3 id="simulation-ajout-titre" class="fr-text--md fr-text--bold fr-mb-1w">Ajouter un changement</h3>
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
          {{ type() === 'depart_retraite' ? 'Territoire' : 'Commune' }} :
          @if (lieu(); as l) {
            <strong data-testid="simulation-lieu">{{ l.nom }}</strong> ({{ libelleType(l.type) }} {{ l.code }})
          } @else {
            <em>aucun</em>
          }
        </p>
        <p class="fr-hint-text fr-mb-0">Cliquez sur une commune de la carte ou utilisez la recherche pour le choisir.</p>
        @if (lieuRefuse(); as message) {
          <p class="fr-error-text fr-mt-1v" id="simulation-lieu-erreur">{{ message }}</p>
        }
      </div>
      @if (type() !== 'depart_retraite') {
        <div class="fr-input-group fr-mb-1w">
          <label class="fr-label" for="simulation-nombre">Nombre de médecins généralistes <span class="fr-hint-text">de 1 à 200</span></label>
          <input
            id="simulation-nombre"
            class="fr-input"
            type="number"
            min="1"
            max="200"
            step="1"
            required
            [value]="nombre()"
            (input)="nombre.set(+$any($event.target).value)"
          />
        </div>
      }
      <button type="submit" class="fr-btn fr-btn--secondary fr-btn--sm fr-btn--icon-left fr-icon-add-line" [disabled]="!peutAjouter()">
        Ajouter au scénario
      </button>
    </form>

    <h3 class="fr-text--md fr-text--bold fr-mb-1w">Scénario</h3>
    @if (store.changements().length === 0) {
      <p class="fr-text--sm">Aucun changement pour l’instant.</p>
    } @else {
      <ul class="simulation__changements fr-mb-2w">
        @for (c of store.changements(); track c.id; let i = $index) {
          <li class="simulation__changement">
            <span class="fr-text--sm fr-mb-0">
              <strong>{{ libelles[c.type] }}</strong> — {{ c.nomLieu }}
              @if (c.type === 'depart_retraite') {
                ({{ c.territoire }})
              } @else {
                ({{ c.commune }})
              }
            </span>
            @if (c.type !== 'depart_retraite') {
              <label class="fr-sr-only" [for]="'simulation-nombre-' + c.id">Nombre de médecins du changement {{ i + 1 }}</label>
              <input
                class="fr-input simulation__nombre"
                type="number"
                min="1"
                max="200"
                [id]="'simulation-nombre-' + c.id"
                [value]="c.nombre"
                (change)="modifierNombre(c, $any($event.target).value)"
              />
              <span class="fr-text--sm fr-mb-0">médecin{{ (c.nombre ?? 0) > 1 ? 's' : '' }}</span>
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
    }
    <ul class="fr-btns-group fr-btns-group--inline-sm fr-btns-group--sm">
      <li>
        <button type="button" class="fr-btn" [disabled]="store.changements().length === 0 || store.enCours()" (click)="store.lancer()">
          Lancer la simulation
        </button>
      </li>
      <li><button type="button" class="fr-btn fr-btn--secondary" (click)="store.reinitialiser()">Réinitialiser</button></li>
    </ul>
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
        <div class="fr-alert fr-alert--warning fr-alert--sm fr-mb-2w"><p>Le scénario a changé depuis ce résultat : relancez la simulation.</p></div>
      }
      <mlg-resultat-simulation [resultat]="r" [changementsDeClasse]="store.changementsDeClasse()" />
    }
    <mlg-scenarios-enregistres />
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
    .simulation__nombre {
      width: 5rem;
      margin-top: 0;
    }
  `,
})
export class PanneauSimulationComponent {
  protected readonly store = inject(SimulationStore);
  private readonly selection = inject(SelectionStore);
  protected readonly types = TYPES;
  protected readonly libelles = LIBELLES_CHANGEMENT;

  protected readonly type = signal<TypeChangement>('ouverture_msp');
  protected readonly nombre = signal(NOMBRE_PAR_DEFAUT.ouverture_msp);
  /** The territory picked on the map or in the search (a territory card's « Simuler » preselects it). */
  protected readonly lieu = computed(() => this.selection.fiche());
  protected readonly lieuRefuse = computed(() => {
    const lieu = this.lieu();
    if (lieu && this.type() !== 'depart_retraite' && lieu.type !== 'commune') {
      return 'Ce changement se fait dans une commune : choisissez une commune.';
    }
    return null;
  });
  protected readonly peutAjouter = computed(
    () => this.lieu() !== null && this.lieuRefuse() === null && (this.type() === 'depart_retraite' || this.nombreValide(this.nombre())),
  );
  protected readonly avertissementTrajet = computed(
    () =>
      this.store.parametres()?.modeleTrajet.avertissement ??
      'Les temps de trajet sont une approximation du distancier routier INSEE Metric utilisé par la DREES : les valeurs simulées diffèrent des APL officielles.',
  );
  protected readonly consultationsParMedecin = computed(() => this.store.parametres()?.simulation.consultationsParMedecin ?? 5400);
  protected readonly annonce = computed(() => {
    const r = this.store.resultat();
    if (this.store.enCours() || !r) return '';
    return `Simulation terminée : ${r.communes.length} communes voient leur APL changer, ${this.store.changementsDeClasse().length} changent de classe.`;
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
    this.nombre.set(NOMBRE_PAR_DEFAUT[type]);
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
    const nombre = Number(saisie);
    if (this.nombreValide(nombre)) this.store.modifierNombre(c.id, nombre);
  }

  private nombreValide(n: number): boolean {
    return Number.isInteger(n) && n >= 1 && n <= 200;
  }
}
