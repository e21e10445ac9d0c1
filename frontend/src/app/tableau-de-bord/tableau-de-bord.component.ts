import { ChangeDetectionStrategy, Component, computed, effect, inject, untracked } from '@angular/core';
import { CarteComponent, TerritoireClique } from '../carte/carte.component';
import { FicheAccesStore } from '../fiche/fiche-acces.store';
import { FicheTerritoireComponent } from '../fiche/fiche-territoire.component';
import { SelecteurIndicateurComponent } from '../indicateurs/selecteur-indicateur.component';
import { CouchesCarteComponent } from '../structures/couches-carte.component';
import { CouchesStore } from '../structures/couches.store';
import { niveauxAlerte } from '../zones/niveaux-alerte';
import { ZonesSousDoteesComponent } from '../zones/zones-sous-dotees.component';
import { ZonesStore } from '../zones/zones.store';
import { ONGLETS_PANNEAU, ONGLET_PROJETS, PanneauStore } from '../mise-en-page/panneau.store';
import { IndicateurStore } from '../indicateurs/indicateur.store';
import { LegendeComponent } from '../indicateurs/legende.component';
import { RechercheTerritoireComponent } from '../recherche/recherche-territoire.component';
import { RechercheAidesComponent } from '../aides/recherche-aides.component';
import { PremierRenduDirective } from '../mesures/premier-rendu.directive';
import { PanneauSimulationComponent } from '../simulation/panneau-simulation.component';
import { LegendeSimulationComponent } from '../simulation/legende-simulation.component';
import { SimulationSurCarteDirective } from '../simulation/simulation-sur-carte.directive';
import { SimulationStore } from '../simulation/simulation.store';
import { SelectionStore } from '../territoires/selection.store';
import { SessionStore } from '../comptes/session.store';
import { PanneauProjetsComponent } from '../projets/panneau-projets.component';
import { ProjetsSurCarteDirective } from '../projets/projets-sur-carte.directive';
import { ProjetsStore } from '../projets/projets.store';
import { FicheTerritoire, ReferenceTerritoire, ResultatRecherche } from '../territoires/territoire';

/** The dashboard page (route « / »): search and a tabbed side panel (card, under-served zones, simulation, aids) beside the map. */
@Component({
  selector: 'mlg-tableau-de-bord',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RechercheTerritoireComponent,
    FicheTerritoireComponent,
    CarteComponent,
    LegendeComponent,
    SelecteurIndicateurComponent,
    CouchesCarteComponent,
    ZonesSousDoteesComponent,
    PanneauSimulationComponent,
    SimulationSurCarteDirective,
    LegendeSimulationComponent,
    RechercheAidesComponent,
    PremierRenduDirective,
    PanneauProjetsComponent,
    ProjetsSurCarteDirective,
  ],
  providers: [SelectionStore, IndicateurStore, PanneauStore, ZonesStore, CouchesStore, FicheAccesStore],
  template: `
    <main id="contenu" class="tableau" role="main">
      <aside class="tableau__panneau" aria-label="Panneau latéral : territoire, zones sous-dotées, simulation, aides">
        <h1 class="fr-h5 fr-mb-2w">Explorer les territoires</h1>
        <mlg-recherche-territoire (territoireChoisi)="choisir($event)" />
        <div class="fr-tabs fr-mt-3w panneau__onglets">
          <ul class="fr-tabs__list" role="tablist" aria-label="Contenu du panneau">
            @for (o of onglets(); track o.id) {
              <li role="presentation">
                <button
                  type="button"
                  class="fr-tabs__tab"
                  role="tab"
                  [id]="'onglet-' + o.id"
                  [attr.aria-selected]="panneau.onglet() === o.id"
                  [attr.aria-controls]="'panneau-' + o.id"
                  [attr.tabindex]="panneau.onglet() === o.id ? 0 : -1"
                  (click)="panneau.afficher(o.id)"
                  (keydown)="naviguerOnglets($event)"
                >
                  {{ o.libelle }}
                </button>
              </li>
            }
          </ul>
          @for (o of onglets(); track o.id) {
            <div
              [id]="'panneau-' + o.id"
              class="fr-tabs__panel"
              [class.fr-tabs__panel--selected]="panneau.onglet() === o.id"
              [hidden]="panneau.onglet() !== o.id"
              role="tabpanel"
              [attr.aria-labelledby]="'onglet-' + o.id"
              tabindex="0"
            >
              @switch (o.id) {
                @case ('territoire') {
                  <mlg-fiche-territoire
                    [fiche]="selection.fiche()"
                    [membres]="selection.membres()"
                    [enCours]="selection.enCours()"
                    [erreur]="selection.erreur()"
                    (ouvrir)="ouvrir($event)"
                    (fermer)="selection.fermer()"
                    [details]="ficheAcces.details()"
                    [detailsEnCours]="ficheAcces.enCours()"
                    (simuler)="simuler($event)"
                    (aides)="aides($event)"
                  />
                }
                @case ('zones') {
                  <mlg-zones-sous-dotees [zones]="zones.resultat()" [enCours]="zones.enCours()" [erreur]="zones.erreur()" (voir)="voirCommune($event)" />
                }
                @case ('simuler') {
                  <mlg-panneau-simulation />
                }
                @case ('aides') {
                  <mlg-recherche-aides />
                }
                @case ('projets') {
                  <mlg-panneau-projets />
                }
              }
            </div>
          }
        </div>
      </aside>
      <div
        class="tableau__carte"
        [attr.data-duree-ms]="indicateurs.dureeBasculeMs()"
        [attr.data-duree-appliquee-ms]="indicateurs.dureeAppliqueeMs()"
        [attr.data-duree-totale-ms]="indicateurs.dureeTotaleMs()"
        [attr.data-indicateur]="indicateurs.indicateur().code"
      >
        <mlg-carte
          mlgSimulationSurCarte
          mlgPremierRendu
          mlgProjetsSurCarte
          (projetClique)="voirProjet($event)"
          [choroplethe]="indicateurs.choroplethe()"
          [fiche]="selection.fiche()"
          [alertes]="zones.alertes()"
          [couches]="couches.visibles()"
          [donneesCouches]="couches.donnees()"
          (territoireClique)="ouvrir($event)"
          (basculeAffichee)="indicateurs.basculeAffichee($event)"
        />
        <div class="tableau__commandes">
          <mlg-selecteur-indicateur
            [indicateur]="indicateurs.indicateur()"
            [annee]="indicateurs.annee()"
            [enCours]="indicateurs.enCours()"
            (indicateurChoisi)="indicateurs.choisir($event)"
            (anneeChoisie)="indicateurs.choisirAnnee($event)"
          />
          <mlg-couches-carte
            [visibles]="couches.visibles()"
            [donnees]="couches.donnees()"
            [enCours]="couches.enCours()"
            [erreurs]="couches.erreurs()"
            [nombreProjets]="session.connecte() ? projets.projets().length : null"
            (basculement)="couches.basculer($event.couche, $event.visible)"
          />
        </div>
        @if (simulation.resultat()) {
          <mlg-legende-simulation class="tableau__legende" />
        } @else {
          <mlg-legende class="tableau__legende" [indicateur]="indicateurs.indicateur()" [valeurs]="indicateurs.valeurs()" />
        }
      </div>
    </main>
  `,
})
export class TableauDeBordComponent {
  protected readonly selection = inject(SelectionStore);
  protected readonly indicateurs = inject(IndicateurStore);
  protected readonly panneau = inject(PanneauStore);
  protected readonly zones = inject(ZonesStore);
  protected readonly couches = inject(CouchesStore);
  protected readonly ficheAcces = inject(FicheAccesStore);
  /** While a simulation result is drawn, the map legend is the ΔAPL one. */
  protected readonly simulation = inject(SimulationStore);
  protected readonly session = inject(SessionStore);
  protected readonly projets = inject(ProjetsStore);
  /** « Projets » only for a connected account. */
  protected readonly onglets = computed(() => (this.session.connecte() ? [...ONGLETS_PANNEAU, ONGLET_PROJETS] : ONGLETS_PANNEAU));

  constructor() {
    void this.indicateurs.charger();
    // The card's access figures, the under-served list and the outline follow the selection and the APL vintage.
    effect(() => {
      const fiche = this.selection.fiche();
      const annee = this.indicateurs.annee();
      untracked(() => {
        void this.ficheAcces.charger(fiche, annee);
        this.zones.suivre(fiche, annee);
      });
    });
    effect(() => {
      if (!this.session.connecte() && untracked(this.panneau.onglet) === 'projets') this.panneau.afficher('territoire');
    });
    effect(() => {
      const annee = this.indicateurs.annee();
      untracked(() => {
        this.indicateurs
          .valeursDe('classe', annee)
          .then((v) => this.zones.alertes.set(niveauxAlerte(v.valeurs)))
          .catch(() => this.zones.alertes.set(new Map()));
      });
    });
  }

  protected simuler(fiche: FicheTerritoire): void {
    this.selection.preselectionnerSimulation(fiche);
    this.panneau.afficher('simuler');
  }

  protected aides(fiche: FicheTerritoire): void {
    this.selection.preselectionnerAides(fiche);
    this.panneau.afficher('aides');
  }

  /** A row of the under-served list: the map frames the commune and its card loads; the list stays in view. */
  protected voirCommune(code: string): void {
    void this.selection.selectionner('commune', code);
  }

  protected choisir(resultat: ResultatRecherche): void {
    void this.selection.selectionner(resultat.type, resultat.code);
  }

  protected ouvrir(territoire: ReferenceTerritoire | TerritoireClique): void {
    this.panneau.afficher('territoire');
    void this.selection.selectionner(territoire.type, territoire.code);
  }

  /**
   * A project's point on the map: its detail in the « Projets » tab. The commune under the point gets a click too
   * (its card loads and the page shows « Territoire »): the tab is switched after that click's handlers.
   */
  protected voirProjet(id: string): void {
    void this.projets.ouvrir(id);
    queueMicrotask(() => this.panneau.afficher('projets'));
  }

  /** WAI-ARIA tabs pattern: arrows move between tabs (and select them), Home/End jump to the ends. */
  protected naviguerOnglets(evenement: KeyboardEvent): void {
    const ids = this.onglets().map((o) => o.id);
    const courant = ids.indexOf(this.panneau.onglet());
    const cible =
      evenement.key === 'ArrowRight'
        ? (courant + 1) % ids.length
        : evenement.key === 'ArrowLeft'
          ? (courant - 1 + ids.length) % ids.length
          : evenement.key === 'Home'
            ? 0
            : evenement.key === 'End'
              ? ids.length - 1
              : -1;
    if (cible < 0) return;
    evenement.preventDefault();
    this.panneau.afficher(ids[cible]);
    document.getElementById('onglet-' + ids[cible])?.focus();
  }
}
