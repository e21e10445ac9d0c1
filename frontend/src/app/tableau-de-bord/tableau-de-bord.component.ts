import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, untracked } from '@angular/core';
import { CarteComponent, TerritoireClique } from '../carte/carte.component';
import { CouvertureSurCarteDirective } from '../couverture-donnees/couverture-sur-carte.directive';
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
import { ZonesRougesSurCarteDirective } from '../zones-rouges/zones-rouges-sur-carte.directive';
import { FicheTerritoire, ReferenceTerritoire, ResultatRecherche } from '../territoires/territoire';
import { PositionCarte } from '../carte/position-carte';
import { EtatUrl } from '../vue/etat-url';
import { ComparaisonStore } from '../comparaison/comparaison.store';
import { PartagerVueComponent } from '../vue/partager-vue.component';
import { parametresTableauDeBord } from './parametres-url';
import { PetitEcran } from '../mise-en-page/petit-ecran';
import { PanneauProspectiveComponent } from '../prospective/panneau-prospective.component';
import { ProspectiveStore } from '../prospective/prospective.store';
import { ProspectiveSurCarteDirective } from '../prospective/prospective-sur-carte.directive';
import { LegendeProspectiveComponent } from '../prospective/legende-prospective.component';
import { ComparaisonComponent } from '../comparaison/comparaison.component';
import { CLASSES_DELTA } from '../simulation/palette-delta';
import { ZonagePerimeSurCarteDirective } from '../indicateurs/zonage-perime-sur-carte.directive';

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
    PartagerVueComponent,
    PanneauProspectiveComponent,
    ProspectiveSurCarteDirective,
    LegendeProspectiveComponent,
    ZonesRougesSurCarteDirective,
    ComparaisonComponent,
    CouvertureSurCarteDirective,
    ZonagePerimeSurCarteDirective,
  ],
  providers: [SelectionStore, IndicateurStore, PanneauStore, ZonesStore, CouchesStore, FicheAccesStore, ComparaisonStore, EtatUrl],
  template: `
    <main id="contenu" class="tableau" role="main">
      <aside
        class="tableau__panneau"
        [class.tableau__panneau--reduit]="!panneauDeploye()"
        aria-label="Panneau latéral : territoire, zones sous-dotées, simulation, aides"
      >
        <button
          type="button"
          class="fr-btn fr-btn--tertiary-no-outline fr-btn--sm fr-btn--icon-left panneau__poignee"
          [class.fr-icon-arrow-up-s-line]="!panneauDeploye()"
          [class.fr-icon-arrow-down-s-line]="panneauDeploye()"
          aria-controls="panneau-contenu"
          [attr.aria-expanded]="panneauDeploye()"
          (click)="panneauDeploye.set(!panneauDeploye())"
        >
          {{ panneauDeploye() ? 'Réduire le panneau' : 'Afficher le panneau' }}
        </button>
        <div id="panneau-contenu" class="panneau__contenu">
          <div class="tableau__titre">
            <h1 class="fr-h5 fr-mb-0">Explorer les territoires</h1>
            <mlg-partager-vue />
          </div>
          <mlg-recherche-territoire (territoireChoisi)="choisir($event)" (focusin)="panneauDeploye.set(true)" />
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
                  @case ('prospective') {
                    <mlg-panneau-prospective />
                  }
                  @case ('projets') {
                    <mlg-panneau-projets />
                  }
                  @case ('comparer') {
                    <mlg-comparaison />
                  }
                }
              </div>
            }
          </div>
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
          mlgZonagePerimeSurCarte
          mlgProspectiveSurCarte
          mlgPremierRendu
          [mlgPremierRenduCouleurs]="indicateurs.valeursParCode().size > 0"
          mlgProjetsSurCarte
          [mlgZonesRougesSurCarte]="couches.visibles().has('zones-rouges')"
          mlgCouvertureSurCarte
          (projetClique)="voirProjet($event)"
          [choroplethe]="indicateurs.choroplethe()"
          [fiche]="selection.fiche()"
          [deltas]="simulation.deltasParCode()"
          [cadrerSelection]="selection.cadrer()"
          [position]="positionDemandee()"
          (deplacee)="positionCarte.set($event)"
          [alertes]="zones.alertes()"
          [couches]="couches.visibles()"
          [donneesCouches]="couches.donnees()"
          (territoireClique)="ouvrir($event)"
          (basculeAffichee)="indicateurs.basculeAffichee($event)"
          [habillage]="habillageCarte()"
        />
        <div class="tableau__commandes" [class.tableau__commandes--repliees]="!commandesOuvertes()">
          <button
            type="button"
            class="fr-btn fr-btn--tertiary fr-btn--sm fr-btn--icon-right tableau__bascule"
            [class.fr-icon-arrow-down-s-line]="!commandesOuvertes()"
            [class.fr-icon-arrow-up-s-line]="commandesOuvertes()"
            aria-controls="commandes-carte"
            [attr.aria-expanded]="commandesOuvertes()"
            (click)="commandesOuvertes.set(!commandesOuvertes())"
          >
            Indicateur et couches
          </button>
          <div id="commandes-carte" class="tableau__repliable">
            <mlg-selecteur-indicateur
              [indicateur]="indicateurs.indicateur()"
              [demande]="indicateurs.demande().code"
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
        </div>
        <div class="tableau__legende" [class.tableau__legende--repliee]="!legendeOuverte()">
          <button
            type="button"
            class="fr-btn fr-btn--tertiary-no-outline fr-btn--sm fr-btn--icon-right tableau__bascule"
            [class.fr-icon-arrow-down-s-line]="!legendeOuverte()"
            [class.fr-icon-arrow-up-s-line]="legendeOuverte()"
            aria-controls="legende-carte"
            [attr.aria-expanded]="legendeOuverte()"
            (click)="legendeOuverte.set(!legendeOuverte())"
          >
            Légende
          </button>
          <div id="legende-carte" class="tableau__repliable">
            @if (panneau.onglet() === 'prospective' && prospective.resultat()) {
              <mlg-legende-prospective />
            } @else if (simulation.resultat()) {
              <mlg-legende-simulation />
            } @else {
              <mlg-legende [indicateur]="indicateurs.indicateur()" [valeurs]="indicateurs.valeurs()" />
            }
          </div>
        </div>
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
  /** While the « Prospective » tab shows a result, the map legend is the scenario one. */
  protected readonly prospective = inject(ProspectiveStore);
  protected readonly session = inject(SessionStore);
  protected readonly projets = inject(ProjetsStore);
  /** « Projets » only for a connected account. */
  protected readonly onglets = computed(() => (this.session.connecte() ? [...ONGLETS_PANNEAU, ONGLET_PROJETS] : ONGLETS_PANNEAU));
  /** What the exported PNG says around the map: the indicator shown (or the simulated ΔAPL), its legend and source. */
  protected readonly habillageCarte = computed(() => {
    const lieu = this.selection.fiche()?.nom ?? 'France';
    const simulation = this.simulation.resultat();
    if (simulation) {
      return {
        titre: 'Variation simulée de l’APL aux médecins généralistes',
        sousTitre: `${lieu} — scénario de la simulation, APL ${simulation.annee}`,
        legende: CLASSES_DELTA.map((c) => ({ libelle: c.libelle, couleur: c.couleur })),
        source: `Source : ${simulation.source.libelle} (${simulation.source.millesime})`,
      };
    }
    const indicateur = this.indicateurs.indicateur();
    const valeurs = this.indicateurs.valeurs();
    return {
      titre: `${indicateur.libelle}${valeurs?.millesime ? ` (${valeurs.millesime})` : ''}`,
      sousTitre: `${lieu} — ${indicateur.unite}`,
      legende: indicateur.classes.map((c) => ({ libelle: c.libelle, couleur: c.couleur })),
      source: valeurs ? `Source : ${valeurs.source}, millésime ${valeurs.millesime}` : 'Source : Maillage',
    };
  });
  /** Where the map looks (kept in the URL) and where the URL asks it to look (a link, Back/Forward). */
  protected readonly positionCarte = signal<PositionCarte | null>(null);
  protected readonly positionDemandee = signal<PositionCarte | null>(null);
  /**
   * Phones and tablets (below 62em): the map first, the panel as a bottom sheet (reduced to its search at first,
   * shown when a territory is chosen), the map's commands and legend folded behind a button each. On wide screens
   * these stay open and the buttons are not shown.
   */
  private readonly petitEcran = inject(PetitEcran);
  protected readonly panneauDeploye = signal(!untracked(this.petitEcran.actif));
  protected readonly commandesOuvertes = signal(!untracked(this.petitEcran.actif));
  protected readonly legendeOuverte = signal(!untracked(this.petitEcran.actif));

  constructor() {
    const etatUrl = inject(EtatUrl);
    const vue = {
      selection: this.selection,
      indicateurs: this.indicateurs,
      panneau: this.panneau,
      simulation: this.simulation,
      positionCarte: this.positionCarte,
      positionDemandee: this.positionDemandee,
      prospective: this.prospective,
      comparaison: inject(ComparaisonStore),
    };
    for (const parametre of parametresTableauDeBord(vue)) etatUrl.lier(parametre);
    // The APL by default; a link's indicator or vintage was asked for by its parameter.
    const url = etatUrl.valeurs();
    if (!url.get('indicateur') && !url.get('millesime')) void this.indicateurs.charger();
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
    // A territory chosen (map, search, link) or another tab: the sheet shows it.
    effect(() => {
      this.selection.demande();
      this.panneau.onglet();
      untracked(() => {
        if (this.selection.demande() !== null || this.panneau.onglet() !== 'territoire') this.panneauDeploye.set(true);
      });
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
