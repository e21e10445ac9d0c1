import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  afterNextRender,
  effect,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import type { MapLayerMouseEvent } from 'maplibre-gl';
import { CONFIGURATION } from '../configuration/configuration';
import { Indicateur } from '../indicateurs/indicateur';
import { FicheTerritoire, TypeTerritoire } from '../territoires/territoire';
import { CarteService } from './carte.service';
import { COUCHE_COMMUNES_CHOROPLETHE, coucheCommunesChoroplethe } from './couches/communes-choroplethe.couche';
import { COUCHE_COMMUNES_CONTOUR } from './couches/communes-contour.couche';
import { COUCHE_COMMUNES_SURVOL } from './couches/communes-survol.couche';
import { SourceTuiles } from './couches/couche';
import { COUCHE_DEPARTEMENTS_CONTOUR } from './couches/departements-contour.couche';
import { COUCHE_EPCI_CONTOUR } from './couches/epci-contour.couche';
import { COUCHE_REGIONS_CONTOUR } from './couches/regions-contour.couche';
import { COUCHE_SELECTION, coucheSelection } from './couches/selection.couche';
import { sourceTuiles } from './couches/sources-tuiles';
import { Infobulle } from './infobulle';
import { STYLE_HORS_LIGNE } from './style-hors-ligne';

const SOURCES: readonly SourceTuiles[] = ['communes', 'epci', 'departements', 'regions'];
const SOURCE_DU_TYPE: Readonly<Record<TypeTerritoire, SourceTuiles>> = {
  commune: 'communes',
  epci: 'epci',
  departement: 'departements',
  region: 'regions',
};
/** Metropolitan France on first display. */
const VUE_INITIALE = { centre: [1.2, 46.4] as [number, number], zoom: 4.6 };

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
        <strong>{{ bulle.nom }}</strong> <span class="fr-text--xs">({{ bulle.code }})</span>
      </div>
    }
    @if (carte.erreur(); as message) {
      <div class="carte__alerte fr-alert fr-alert--warning fr-alert--sm" role="status"><p>{{ message }}</p></div>
    }
  `,
  host: { class: 'carte' },
})
export class CarteComponent {
  protected readonly carte = inject(CarteService);
  private readonly configuration = inject(CONFIGURATION);
  private readonly conteneur = viewChild.required<ElementRef<HTMLElement>>('conteneur');

  readonly indicateur = input.required<Indicateur>();
  readonly valeurs = input<ReadonlyMap<string, number>>(new Map());
  readonly fiche = input<FicheTerritoire | null>(null);
  readonly territoireClique = output<TerritoireClique>();

  protected readonly infobulle = signal<Infobulle | null>(null);
  private communeSurvolee: string | null = null;

  constructor() {
    for (const source of SOURCES) this.carte.definirSource(source, sourceTuiles(source, window.location.origin));
    for (const couche of [COUCHE_COMMUNES_CONTOUR, COUCHE_EPCI_CONTOUR, COUCHE_DEPARTEMENTS_CONTOUR, COUCHE_REGIONS_CONTOUR, COUCHE_COMMUNES_SURVOL]) {
      this.carte.definirCouche(couche);
    }
    this.carte.surCouche('mousemove', COUCHE_COMMUNES_CHOROPLETHE, (e) => this.survoler(e));
    this.carte.surCouche('mouseleave', COUCHE_COMMUNES_CHOROPLETHE, () => this.quitter());
    this.carte.surCouche('click', COUCHE_COMMUNES_CHOROPLETHE, (e) => this.cliquer(e));

    // Switching indicator changes the paint only; the geometry (tiles) stays as loaded.
    effect(() => this.carte.definirCouche(coucheCommunesChoroplethe(this.indicateur().classes)));
    effect(() => this.carte.definirEtats('communes', 'communes', 'valeur', this.valeurs()));
    effect(() => this.montrerSelection(this.fiche()));

    afterNextRender(() => {
      const style = this.configuration.fondDeCarteUrl ?? STYLE_HORS_LIGNE;
      void this.carte.creer(this.conteneur().nativeElement, { style, ...VUE_INITIALE });
    });
  }

  private montrerSelection(fiche: FicheTerritoire | null): void {
    if (!fiche) {
      this.carte.retirerCouche(COUCHE_SELECTION);
      return;
    }
    this.carte.definirCouche(coucheSelection(SOURCE_DU_TYPE[fiche.type], fiche.code));
    if (fiche.bbox) {
      const [ouest, sud, est, nord] = fiche.bbox;
      const reduire = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
      this.carte.cadrer([ouest, sud, est, nord], reduire);
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
    this.infobulle.set({ code, nom: String(commune?.properties?.['nom'] ?? ''), x: e.point.x, y: e.point.y });
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
