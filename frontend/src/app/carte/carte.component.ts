import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import type { MapLayerMouseEvent } from 'maplibre-gl';
import { CONFIGURATION } from '../configuration/configuration';
import { ChoroplethIndicateur, MesureBascule } from '../indicateurs/indicateur';
import type { CoucheOptionnelle, DonneesCouche } from '../structures/couches.store';
import { telecharger } from '../export/telechargement';
import { barreEchelle, composerCartePng, HabillageCarte } from '../export/carte-png';
import { FicheTerritoire, TypeTerritoire } from '../territoires/territoire';
import { CarteService } from './carte.service';
import { ChoroplethesCarte } from './choroplethes-carte';
import { COUCHE_COMMUNES_CHOROPLETHE, DEFINITION_COMMUNES_CIBLE } from './couches/communes-choroplethe.couche';
import { COUCHE_COMMUNES_CONTOUR } from './couches/communes-contour.couche';
import { COUCHE_COMMUNES_SURVOL } from './couches/communes-survol.couche';
import { DefinitionCouche, SourceTuiles } from './couches/couche';
import { COUCHE_DEPARTEMENTS_CONTOUR } from './couches/departements-contour.couche';
import { COUCHE_EPCI_CONTOUR } from './couches/epci-contour.couche';
import { COUCHE_REGIONS_CONTOUR } from './couches/regions-contour.couche';
import { COUCHE_SELECTION, COUCHE_SELECTION_HALO, couchesSelection } from './couches/selection.couche';
import { sourceTuiles } from './couches/sources-tuiles';
import { Infobulle } from './infobulle';
import { NomsCommunesClient } from './noms-communes.client';
import { deltaInfobulle, valeurInfobulle } from './valeur-infobulle';
import { styleHorsLigne } from './style-hors-ligne';
import { EtiquettesClient } from './etiquettes.client';
import {
  COUCHE_ETIQUETTES_AUTRES,
  COUCHES_ETIQUETTES_PRINCIPALES,
  SOURCE_ETIQUETTES_AUTRES,
  SOURCE_ETIQUETTES_PRINCIPALES,
  ZOOM_ETIQUETTES_AUTRES,
} from './couches/etiquettes.couche';
import { COUCHES_CPTS, SOURCE_CPTS } from './couches/cpts-perimetres.couche';
import { TypeStructureCarte, couchesStructures, sourceStructures } from './couches/structures.couche';
import { DEFINITION_ZONES_ALERTE } from './couches/zones-alerte.couche';
import { EMPRISES_TERRITOIRES } from './emprises-territoires';
import { PetitEcran } from '../mise-en-page/petit-ecran';
import { cadrageSelection, ZOOM_MAX_SELECTION } from './cadrage-selection';
import { memePosition, POSITION_INITIALE, PositionCarte } from './position-carte';

const SOURCES: readonly SourceTuiles[] = ['communes', 'epci', 'departements', 'regions'];
const SOURCE_DU_TYPE: Readonly<Record<TypeTerritoire, SourceTuiles>> = {
  commune: 'communes',
  epci: 'epci',
  departement: 'departements',
  region: 'regions',
};

export interface TerritoireClique {
  readonly type: TypeTerritoire;
  readonly code: string;
}

@Component({
  selector: 'mlg-carte',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [CarteService],
  template: `
    <div
      #conteneur
      class="carte__canvas"
      role="region"
      aria-label="Carte des communes. Flèches pour se déplacer, plus et moins pour zoomer. La recherche donne accès aux mêmes fiches au clavier."
    ></div>
    @if (infobulle(); as bulle) {
      <div class="carte__infobulle" aria-hidden="true" [style.left.px]="bulle.x" [style.top.px]="bulle.y">
        <strong>{{ nomInfobulle() }}</strong> <span class="fr-text--xs">({{ bulle.code }})</span>
        <span class="carte__infobulle-ligne fr-text--xs"
          >{{ bulle.indicateur }} : <strong>{{ bulle.valeur }}</strong></span
        >
        @if (simulationAffichee()) {
          <span class="carte__infobulle-ligne fr-text--xs"
            >ΔAPL simulée : <strong>{{ bulle.delta ?? 'inchangée' }}</strong></span
          >
        }
      </div>
    }
    <div
      class="carte__outils"
      [class.carte__outils--replies]="!outilsOuverts()"
      role="group"
      aria-label="Aller à un territoire d’outre-mer et exporter la carte"
    >
      <button
        type="button"
        class="fr-btn fr-btn--tertiary fr-btn--sm fr-btn--icon-right carte__bouton carte__outils-bascule"
        [class.fr-icon-arrow-down-s-line]="!outilsOuverts()"
        [class.fr-icon-arrow-up-s-line]="outilsOuverts()"
        aria-controls="outils-carte"
        [attr.aria-expanded]="outilsOuverts()"
        (click)="outilsOuverts.set(!outilsOuverts())"
      >
        Outre-mer et export
      </button>
      <ul id="outils-carte" class="fr-btns-group fr-btns-group--inline fr-btns-group--sm fr-mb-0">
        @for (e of emprises; track e.nom) {
          <li>
            <button type="button" class="fr-btn fr-btn--tertiary fr-btn--sm carte__bouton" (click)="allerA(e.emprise); replierOutils()">{{ e.nom }}</button>
          </li>
        }
        <li>
          <button type="button" class="fr-btn fr-btn--secondary fr-btn--sm fr-icon-download-line fr-btn--icon-left carte__bouton" (click)="exporterPng()">
            Exporter la carte (PNG)
          </button>
        </li>
      </ul>
    </div>
    @if (carte.erreur(); as message) {
      <div class="carte__alerte fr-alert fr-alert--warning fr-alert--sm" role="status">
        <p>{{ message }}</p>
      </div>
    }
  `,
  host: { class: 'carte' },
})
export class CarteComponent {
  protected readonly carte = inject(CarteService);
  private readonly configuration = inject(CONFIGURATION);
  private readonly conteneur = viewChild.required<ElementRef<HTMLElement>>('conteneur');

  /** The indicator vintage colouring the communes, with its values by INSEE code. */
  readonly choroplethe = input.required<ChoroplethIndicateur>();
  readonly fiche = input<FicheTerritoire | null>(null);
  /** Whether a new selection is framed (not when a link or the history brings its own map position). */
  readonly cadrerSelection = input(true);
  /** The position asked by the URL (first display, Back/Forward): the map jumps there; null: the initial view. */
  readonly position = input<PositionCarte | null>(null);
  /** Where the map looks after each move (pan, zoom, framing). */
  readonly deplacee = output<PositionCarte>();
  /** Alert level of under-served and fragile communes, by INSEE code (outlined when `couches` has `alertes`). */
  readonly alertes = input<ReadonlyMap<string, number>>(new Map());
  readonly couches = input<ReadonlySet<CoucheOptionnelle>>(new Set());
  readonly donneesCouches = input<ReadonlyMap<CoucheOptionnelle, DonneesCouche>>(new Map());
  /** ΔAPL by INSEE code while a simulation result is drawn (empty otherwise), for the tooltip. */
  readonly deltas = input<ReadonlyMap<string, number>>(new Map());
  protected readonly simulationAffichee = computed(() => this.deltas().size > 0);
  readonly territoireClique = output<TerritoireClique>();
  /** Title, legend and source written around the exported PNG (the scale and the attribution are the map's). */
  readonly habillage = input<Omit<HabillageCarte, 'echelle' | 'attribution'> | null>(null);
  /** When a new indicator was applied to the map and when it was painted (the page times the switch). */
  readonly basculeAffichee = output<MesureBascule>();
  protected readonly emprises = EMPRISES_TERRITOIRES;

  protected readonly infobulle = signal<Infobulle | null>(null);
  private readonly nomsCommunes = inject(NomsCommunesClient);
  /** The tile's name from zoom 7, else the names table (asked at the first hover that needs it). */
  protected readonly nomInfobulle = computed(() => {
    const bulle = this.infobulle();
    return bulle ? bulle.nom || (this.nomsCommunes.noms()?.get(bulle.code) ?? '') : '';
  });
  /** Phones and tablets: the overseas and export buttons folded behind one button (they covered the panel). */
  private readonly petitEcran = inject(PetitEcran);
  protected readonly outilsOuverts = signal(!untracked(this.petitEcran.actif));
  private communeSurvolee: string | null = null;

  constructor() {
    // The map is one canvas (no element per commune): browser tests aim at a place through the map's own projection.
    const hote = inject<ElementRef<HTMLElement & { pixelDe?: unknown }>>(ElementRef).nativeElement;
    hote.pixelDe = (lng: number, lat: number) => this.carte.pixelDe([lng, lat]);
    for (const source of SOURCES) this.carte.definirSource(source, sourceTuiles(source, window.location.origin));
    for (const couche of [
      DEFINITION_COMMUNES_CIBLE,
      COUCHE_COMMUNES_CONTOUR,
      COUCHE_EPCI_CONTOUR,
      COUCHE_DEPARTEMENTS_CONTOUR,
      COUCHE_REGIONS_CONTOUR,
      COUCHE_COMMUNES_SURVOL,
    ]) {
      this.carte.definirCouche(couche);
    }
    this.carte.surCouche('mousemove', COUCHE_COMMUNES_CHOROPLETHE, (e) => this.survoler(e));
    this.carte.surCouche('mouseleave', COUCHE_COMMUNES_CHOROPLETHE, () => this.quitter());
    this.carte.surCouche('click', COUCHE_COMMUNES_CHOROPLETHE, (e) => this.cliquer(e));

    // Switching indicator flips layer opacities (values set once per vintage); the geometry (tiles) stays as loaded.
    const choroplethes = new ChoroplethesCarte(this.carte);
    effect(() => {
      const choroplethe = this.choroplethe();
      untracked(() => {
        choroplethes.afficher(choroplethe);
        const appliquee = performance.now();
        void this.carte.apresRendu().then((peinte) => this.basculeAffichee.emit({ appliquee, peinte }));
      });
    });
    this.carte.definirCouche(DEFINITION_ZONES_ALERTE);
    effect(() => this.carte.definirEtats('communes', 'communes', 'alerte', this.couches().has('alertes') ? this.alertes() : new Map()));
    effect(() => this.montrerCouches(this.couches(), this.donneesCouches()));
    effect(() => this.montrerSelection(this.fiche()));
    this.carte.surDeplacement((position) => this.deplacee.emit(position));
    effect(() => {
      const voulue = this.position() ?? POSITION_INITIALE;
      untracked(() => {
        if (!memePosition(this.carte.position(), voulue) && this.carte.position()) this.carte.allerA(voulue);
      });
    });

    // Place names with our glyphs, on the offline style only (a configured base map has its own names and fonts).
    if (!this.configuration.fondDeCarteUrl) this.nommerLesLieux();

    afterNextRender(() => {
      const style = this.configuration.fondDeCarteUrl ?? styleHorsLigne(window.location.origin);
      const { lng, lat, zoom } = untracked(this.position) ?? POSITION_INITIALE;
      void this.carte.creer(this.conteneur().nativeElement, { style, centre: [lng, lat], zoom });
    });
  }

  /** The chefs-lieux and larger communes at once; the other communes once the map is zoomed in far enough. */
  private nommerLesLieux(): void {
    const etiquettes = inject(EtiquettesClient);
    const charger = (niveau: 'principales' | 'autres', source: string, couches: readonly DefinitionCouche[]) =>
      etiquettes.etiquettes(niveau).then(
        (donnees) => {
          this.carte.definirSource(source, { type: 'geojson', data: donnees });
          for (const couche of couches) this.carte.definirCouche(couche);
        },
        // Names are a help to read the map, not a content: the map stays usable without them.
        (e: unknown) => console.warn('Noms des communes indisponibles :', e),
      );
    void charger('principales', SOURCE_ETIQUETTES_PRINCIPALES, COUCHES_ETIQUETTES_PRINCIPALES);
    let autresDemandees = false;
    const suivreZoom = (position: PositionCarte) => {
      if (autresDemandees || position.zoom < ZOOM_ETIQUETTES_AUTRES - 0.5) return;
      autresDemandees = true;
      void charger('autres', SOURCE_ETIQUETTES_AUTRES, [COUCHE_ETIQUETTES_AUTRES]);
    };
    this.carte.surDeplacement(suivreZoom);
    // A link may open the map zoomed in already (no move then).
    effect(() => {
      if (!this.carte.prete()) return;
      const position = untracked(() => this.carte.position());
      if (position) untracked(() => suivreZoom(position));
    });
  }

  protected allerA(emprise: readonly [number, number, number, number]): void {
    const [ouest, sud, est, nord] = emprise;
    this.carte.cadrer([ouest, sud, est, nord], window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false);
  }

  protected replierOutils(): void {
    if (this.petitEcran.actif()) this.outilsOuverts.set(false);
  }

  /** The map as a PNG with its title, legend, source, scale bar and attribution (it must read on its own). */
  protected async exporterPng(): Promise<void> {
    const capture = await this.carte.capturerPng();
    if (!capture) return;
    const habillage = this.habillage();
    const metres = this.carte.metresParPixelCapture();
    const largeur = this.conteneur().nativeElement.querySelector('canvas')?.width ?? 0;
    const png = habillage
      ? await composerCartePng(capture, {
          ...habillage,
          echelle: metres ? barreEchelle(metres, largeur) : null,
          attribution: `Contours : IGN, ADMIN EXPRESS — INSEE, COG 2026${this.configuration.fondDeCarteUrl ? ' — fond de carte : voir ses mentions' : ''} — Maillage`,
        })
      : capture;
    telecharger(`carte-maillage-${new Date().toISOString().slice(0, 10)}.png`, png);
  }

  /** Optional layers: a GeoJSON source per layer (clustered points for structures), layers added or removed. */
  private montrerCouches(visibles: ReadonlySet<CoucheOptionnelle>, donnees: ReadonlyMap<CoucheOptionnelle, DonneesCouche>): void {
    for (const type of ['msp', 'psp', 'cds'] as TypeStructureCarte[]) {
      const d = donnees.get(type);
      const definitions = couchesStructures(type);
      if (visibles.has(type) && d) {
        this.carte.definirSource(sourceStructures(type), { type: 'geojson', data: d.donnees, cluster: true, clusterRadius: 40, clusterMaxZoom: 10 });
        for (const definition of definitions) this.carte.definirCouche(definition);
      } else {
        for (const definition of definitions) this.carte.retirerCouche(definition.specification.id);
      }
    }
    const cpts = donnees.get('cpts');
    if (visibles.has('cpts') && cpts) {
      this.carte.definirSource(SOURCE_CPTS, { type: 'geojson', data: cpts.donnees });
      for (const definition of COUCHES_CPTS) this.carte.definirCouche(definition);
    } else {
      for (const definition of COUCHES_CPTS) this.carte.retirerCouche(definition.specification.id);
    }
  }

  private montrerSelection(fiche: FicheTerritoire | null): void {
    if (!fiche) {
      this.carte.retirerCouche(COUCHE_SELECTION);
      this.carte.retirerCouche(COUCHE_SELECTION_HALO);
      return;
    }
    for (const couche of couchesSelection(SOURCE_DU_TYPE[fiche.type], fiche.code)) this.carte.definirCouche(couche);
    if (fiche.bbox && untracked(this.cadrerSelection)) {
      const reduire = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
      this.carte.cadrer(cadrageSelection(fiche.type, fiche.bbox), reduire, fiche.type === 'commune' ? ZOOM_MAX_SELECTION : undefined);
    }
  }

  private survoler(e: MapLayerMouseEvent): void {
    const commune = e.features?.[0];
    const code = commune?.properties?.['code'];
    if (typeof code !== 'string') return;
    if (code !== this.communeSurvolee) {
      if (this.communeSurvolee) this.carte.definirEtat('communes', 'communes', this.communeSurvolee, 'survol', null);
      this.carte.definirEtat('communes', 'communes', code, 'survol', true);
      this.communeSurvolee = code;
    }
    const { indicateur, valeurs } = this.choroplethe();
    const delta = this.deltas().get(code);
    const nom = commune?.properties?.['nom'];
    if (typeof nom !== 'string') this.nomsCommunes.demander();
    this.infobulle.set({
      code,
      nom: typeof nom === 'string' ? nom : '',
      indicateur: indicateur.libelle,
      valeur: valeurInfobulle(indicateur, valeurs.get(code)),
      delta: delta === undefined ? null : deltaInfobulle(delta),
      x: e.point.x,
      y: e.point.y,
    });
  }

  private quitter(): void {
    if (this.communeSurvolee) this.carte.definirEtat('communes', 'communes', this.communeSurvolee, 'survol', null);
    this.communeSurvolee = null;
    this.infobulle.set(null);
  }

  private cliquer(e: MapLayerMouseEvent): void {
    const code = e.features?.[0]?.properties?.['code'];
    if (typeof code === 'string') this.territoireClique.emit({ type: 'commune', code });
  }
}
