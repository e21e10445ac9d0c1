import { Injectable, NgZone, OnDestroy, inject, signal } from '@angular/core';
import type { GeoJSONSource, LngLatBoundsLike, MapLayerEventType, MapLayerMouseEvent, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import { DefinitionCouche } from './couches/couche';
import { PositionCarte } from './position-carte';
import { CarteMaplibre, FABRIQUE_CARTE } from './fabrique-carte';

export type EvenementCouche = Extract<keyof MapLayerEventType, 'mousemove' | 'mouseleave' | 'click'>;
export type ValeurEtat = number | boolean | null;

export interface OptionsCarte {
  readonly style: StyleSpecification | string;
  readonly centre: [number, number];
  readonly zoom: number;
}

interface Abonnement {
  readonly evenement: EvenementCouche;
  readonly couche: string;
  readonly rappel: (e: MapLayerMouseEvent) => void;
}

/** A pattern drawn in code (no network): RGBA pixels, for `fill-pattern`. */
export interface ImageMotif {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8Array;
}

/** [ouest, sud, est, nord] in degrees WGS84. */
export type EmpriseVue = readonly [number, number, number, number];

/** Feature-states of one source layer: key → (feature code → value). */
type EtatsSource = Map<string, Map<string, ValeurEtat>>;

/**
 * The only owner of the MapLibre map. Provided by the map component (one map per component).
 *
 * Sources, layers and feature-states are kept here as data and the map is a projection of them:
 * callers can declare them before the map exists or while a style loads, and everything is
 * re-applied after each style change (a new style drops all sources and layers).
 * MapLibre runs outside Angular (its render loop and pointer events must not trigger change
 * detection); callbacks come back in through `zone.run`.
 */
@Injectable()
export class CarteService implements OnDestroy {
  private readonly zone = inject(NgZone);
  private readonly fabrique = inject(FABRIQUE_CARTE);

  private carte: CarteMaplibre | null = null;
  private styleCharge = false;
  private detruit = false;
  private readonly sources = new Map<string, SourceSpecification>();
  private readonly couches = new Map<string, DefinitionCouche>();
  private readonly etats = new Map<string, EtatsSource>();
  private readonly abonnements: Abonnement[] = [];
  private readonly suiveursPosition: ((position: PositionCarte) => void)[] = [];
  private readonly images = new Map<string, ImageMotif>();
  /** A framing asked for before the map existed (a link's territory whose card arrived first), done once it exists. */
  private cadrageEnAttente: { emprise: LngLatBoundsLike; reduireMouvements: boolean; zoomMax: number } | null = null;

  /** True once the first style and our layers are on the map. */
  readonly prete = signal(false);
  /** What the map shows, updated when a move ends (counts « in the current view »); null before the first load. */
  readonly emprise = signal<EmpriseVue | null>(null);
  readonly erreur = signal<string | null>(null);

  async creer(conteneur: HTMLElement, options: OptionsCarte): Promise<void> {
    if (this.carte) throw new Error('La carte est déjà créée.');
    const carte = await this.zone.runOutsideAngular(() =>
      this.fabrique({
        container: conteneur,
        style: options.style,
        center: options.centre,
        zoom: options.zoom,
        attributionControl: { compact: true },
        cooperativeGestures: false,
        // No symbol fade-in (we draw no labels): otherwise every style change keeps MapLibre drawing for 300 ms.
        fadeDuration: 0,
      }),
    );
    if (this.detruit) {
      carte.remove();
      return;
    }
    this.carte = carte;
    carte.on('style.load', () => this.apresChargementStyle());
    carte.on('moveend', () => this.lireEmprise());
    carte.on('error', (e: { error?: Error }) => this.signalerErreur(e.error));
    // Once a move ends (pan, zoom, framing), never during it: the URL keeps where the map looks.
    carte.on('moveend', () => {
      const position = this.position();
      if (position) this.zone.run(() => this.suiveursPosition.forEach((suivre) => suivre(position)));
    });
    for (const abonnement of this.abonnements) carte.on(abonnement.evenement, abonnement.couche, abonnement.rappel);
    const attente = this.cadrageEnAttente;
    this.cadrageEnAttente = null;
    if (attente) this.cadrer(attente.emprise, attente.reduireMouvements, attente.zoomMax);
  }

  /** Adds the source; for a GeoJSON source already on the map, new data replaces the old (same layers). */
  definirSource(id: string, specification: SourceSpecification): void {
    const precedente = this.sources.get(id);
    this.sources.set(id, specification);
    if (!this.styleCharge || !this.carte) return;
    const source = this.carte.getSource(id);
    if (!source) this.carte.addSource(id, specification);
    else if (specification.type === 'geojson' && precedente?.type === 'geojson' && precedente.data !== specification.data) {
      (source as GeoJSONSource).setData(specification.data);
    }
  }

  /** Adds the layer, or replaces it when one with the same id exists (new filter, new paint…). */
  definirCouche(couche: DefinitionCouche): void {
    const id = couche.specification.id;
    const precedente = this.couches.get(id);
    this.couches.set(id, couche);
    if (!this.styleCharge || !this.carte) return;
    // Only the paint changed: update the properties that changed, in place. Removing and re-adding the layer
    // would rebuild its buckets for every loaded tile (so does MapLibre for a new data-driven value; a constant
    // one, such as an opacity, is only a uniform).
    if (precedente && this.carte.getLayer(id) && memeCoucheSaufPeinture(precedente, couche)) {
      const avant = peintureDe(precedente);
      for (const [propriete, valeur] of Object.entries(peintureDe(couche))) {
        if (JSON.stringify(valeur) !== JSON.stringify(avant[propriete])) this.carte.setPaintProperty(id, propriete, valeur);
      }
      return;
    }
    if (this.carte.getLayer(id)) this.carte.removeLayer(id);
    this.carte.addLayer(couche.specification, this.coucheSuivante(couche));
  }

  /** Adds an image for `fill-pattern` (kept, and added again after a style change). */
  definirImage(id: string, image: ImageMotif): void {
    this.images.set(id, image);
    if (this.styleCharge && this.carte && !this.carte.hasImage(id)) this.carte.addImage(id, image);
  }

  retirerCouche(id: string): void {
    this.couches.delete(id);
    if (this.styleCharge && this.carte?.getLayer(id)) this.carte.removeLayer(id);
  }

  /** Ids of the declared layers, in drawing order. */
  couchesDeclarees(): string[] {
    return this.couchesOrdonnees().map((c) => c.specification.id);
  }

  /**
   * Sets one feature-state key for a whole set of features (e.g. the indicator value of every
   * commune). Features that had a value for this key and are absent from `valeurs` are reset to
   * null, so switching indicator never leaves stale colours.
   */
  definirEtats(source: string, sourceLayer: string, cle: string, valeurs: ReadonlyMap<string, ValeurEtat>): void {
    const parCle = this.etatsDe(source, sourceLayer);
    const anciennes = parCle.get(cle) ?? new Map<string, ValeurEtat>();
    const nouvelles = new Map(valeurs);
    parCle.set(cle, nouvelles);
    if (!this.styleCharge || !this.carte) return;
    for (const code of anciennes.keys()) {
      if (!nouvelles.has(code)) this.carte.setFeatureState({ source, sourceLayer, id: code }, { [cle]: null });
    }
    for (const [code, valeur] of nouvelles) this.carte.setFeatureState({ source, sourceLayer, id: code }, { [cle]: valeur });
  }

  /** Sets one feature-state key of one feature (hover, selection). */
  definirEtat(source: string, sourceLayer: string, code: string, cle: string, valeur: ValeurEtat): void {
    const parCle = this.etatsDe(source, sourceLayer);
    const valeurs = parCle.get(cle) ?? new Map<string, ValeurEtat>();
    parCle.set(cle, valeurs);
    if (valeur === null) valeurs.delete(code);
    else valeurs.set(code, valeur);
    if (this.styleCharge && this.carte) this.carte.setFeatureState({ source, sourceLayer, id: code }, { [cle]: valeur });
  }

  /** Listens to pointer events on one layer; the callback runs inside Angular. */
  surCouche(evenement: EvenementCouche, couche: string, rappel: (e: MapLayerMouseEvent) => void): () => void {
    const abonnement: Abonnement = { evenement, couche, rappel: (e) => this.zone.run(() => rappel(e)) };
    this.abonnements.push(abonnement);
    this.carte?.on(evenement, couche, abonnement.rappel);
    return () => {
      const index = this.abonnements.indexOf(abonnement);
      if (index >= 0) this.abonnements.splice(index, 1);
      this.carte?.off(evenement, couche, abonnement.rappel);
    };
  }

  /** Replaces the base style; our sources, layers and states come back on `style.load`. */
  changerStyle(style: StyleSpecification | string): void {
    if (!this.carte) return;
    this.styleCharge = false;
    this.carte.setStyle(style, { diff: false });
  }

  /** Where the map looks now, null before it exists. */
  position(): PositionCarte | null {
    if (!this.carte) return null;
    const { lng, lat } = this.carte.getCenter();
    return { lng, lat, zoom: this.carte.getZoom() };
  }

  /**
   * Where a place (longitude, latitude) is drawn now, in CSS pixels from the map's top-left corner (MapLibre's own
   * projection); null before the map exists.
   */
  pixelDe(lngLat: [number, number]): { x: number; y: number } | null {
    if (!this.carte) return null;
    const { x, y } = this.carte.project(lngLat);
    return { x, y };
  }

  /** Calls `suivre` after each move of the map (inside Angular). */
  surDeplacement(suivre: (position: PositionCarte) => void): void {
    this.suiveursPosition.push(suivre);
  }

  /** Shows a position at once (a link's or the history's view: no flight). */
  allerA(position: PositionCarte): void {
    this.zone.runOutsideAngular(() => this.carte?.jumpTo({ center: [position.lng, position.lat], zoom: position.zoom }));
  }

  cadrer(emprise: LngLatBoundsLike, reduireMouvements: boolean, zoomMax = 13): void {
    if (!this.carte) {
      this.cadrageEnAttente = { emprise, reduireMouvements, zoomMax };
      return;
    }
    this.zone.runOutsideAngular(() => this.carte?.fitBounds(emprise, { padding: 40, maxZoom: zoomMax, duration: reduireMouvements ? 0 : 1200 }));
  }

  /**
   * Resolves once the map has drawn what was declared so far: the next `idle` after a forced repaint (tiles
   * loaded, frame drawn), then the next animation frame — the browser starts it only once the previous frame is
   * handed over, which includes the GPU's (or the software renderer's) work on our WebGL frame. Used to time an
   * indicator switch and the first paint up to the pixels. Resolves at once without a loaded map.
   */
  apresRendu(): Promise<number> {
    const carte = this.carte;
    if (!carte || !this.styleCharge) return Promise.resolve(performance.now());
    return new Promise((resoudre) =>
      this.zone.runOutsideAngular(() => {
        // With a listener, `once` returns the map (its declared type is `this | Promise`): nothing to await.
        void carte.once('idle', () => requestAnimationFrame(() => resoudre(performance.now())));
        carte.triggerRepaint();
      }),
    );
  }

  /**
   * The map as a PNG data URL. Captured inside the `render` event, while the WebGL drawing buffer still holds the
   * frame, so the map needs no `preserveDrawingBuffer` (which slows every frame down).
   */
  capturerPng(): Promise<string | null> {
    const carte = this.carte;
    if (!carte) return Promise.resolve(null);
    return new Promise((resoudre) =>
      this.zone.runOutsideAngular(() => {
        void carte.once('render', () => resoudre(carte.getCanvas().toDataURL('image/png')));
        carte.triggerRepaint();
      }),
    );
  }

  /**
   * Ground metres per pixel of a capture at the map's centre (Web Mercator, 512 px tiles), for the scale bar of an
   * exported image: the capture has the canvas's device pixels, so the page's pixel ratio is divided out.
   */
  metresParPixelCapture(): number | null {
    const carte = this.carte;
    if (!carte) return null;
    const canvas = carte.getCanvas();
    const ratio = canvas.clientWidth ? canvas.width / canvas.clientWidth : 1;
    const latitude = carte.getCenter().lat;
    return (40_075_016.686 * Math.cos((latitude * Math.PI) / 180)) / (512 * 2 ** carte.getZoom()) / ratio;
  }

  redimensionner(): void {
    this.zone.runOutsideAngular(() => this.carte?.resize());
  }

  ngOnDestroy(): void {
    this.detruit = true;
    this.styleCharge = false;
    this.carte?.remove();
    this.carte = null;
    this.abonnements.length = 0;
    this.suiveursPosition.length = 0;
  }

  private apresChargementStyle(): void {
    const carte = this.carte;
    if (!carte) return;
    this.styleCharge = true;
    for (const [id, image] of this.images) if (!carte.hasImage(id)) carte.addImage(id, image);
    for (const [id, specification] of this.sources) if (!carte.getSource(id)) carte.addSource(id, specification);
    for (const couche of this.couchesOrdonnees()) {
      if (!carte.getLayer(couche.specification.id)) carte.addLayer(couche.specification);
    }
    for (const [cleSource, parCle] of this.etats) {
      const [source, sourceLayer] = cleSource.split('\u0000');
      for (const [cle, valeurs] of parCle) {
        for (const [code, valeur] of valeurs) carte.setFeatureState({ source, sourceLayer, id: code }, { [cle]: valeur });
      }
    }
    this.zone.run(() => this.prete.set(true));
    this.lireEmprise();
  }

  private lireEmprise(): void {
    const b = this.carte?.getBounds();
    if (!b) return;
    const arrondi = (x: number) => Math.round(x * 1e4) / 1e4;
    const emprise: EmpriseVue = [arrondi(b.getWest()), arrondi(b.getSouth()), arrondi(b.getEast()), arrondi(b.getNorth())];
    this.zone.run(() => this.emprise.set(emprise));
  }

  private signalerErreur(erreur: Error | undefined): void {
    // Tile errors are frequent and local (one tile); keep the first message for the page, log all.
    console.warn('Carte :', erreur?.message ?? erreur);
    if (this.erreur() === null) this.zone.run(() => this.erreur.set('Une partie de la carte n’a pas pu être chargée.'));
  }

  private etatsDe(source: string, sourceLayer: string): EtatsSource {
    const cle = `${source}\u0000${sourceLayer}`;
    let parCle = this.etats.get(cle);
    if (!parCle) {
      parCle = new Map();
      this.etats.set(cle, parCle);
    }
    return parCle;
  }

  private couchesOrdonnees(): DefinitionCouche[] {
    return [...this.couches.values()].sort((a, b) => a.ordre - b.ordre);
  }

  /** The first layer already on the map that must be drawn above `couche`. */
  private coucheSuivante(couche: DefinitionCouche): string | undefined {
    return this.couchesOrdonnees().find((autre) => autre.ordre > couche.ordre && autre !== couche && this.carte?.getLayer(autre.specification.id))
      ?.specification.id;
  }
}

function peintureDe(couche: DefinitionCouche): Record<string, unknown> {
  return ('paint' in couche.specification ? couche.specification.paint : undefined) ?? {};
}

function memeCoucheSaufPeinture(a: DefinitionCouche, b: DefinitionCouche): boolean {
  const sansPeinture = (c: DefinitionCouche) => JSON.stringify({ ...c.specification, paint: undefined, ordre: c.ordre });
  const cles = (c: DefinitionCouche) => Object.keys(peintureDe(c)).sort().join();
  return sansPeinture(a) === sansPeinture(b) && cles(a) === cles(b);
}
