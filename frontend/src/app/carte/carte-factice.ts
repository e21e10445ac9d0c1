import type { LayerSpecification, SourceSpecification } from 'maplibre-gl';
import { CarteMaplibre } from './fabrique-carte';

type Rappel = (...args: unknown[]) => void;

/**
 * Test double of the MapLibre map: keeps sources, layers (in drawing order) and feature-states
 * like the real one, and lets a test fire map events. A new style drops sources, layers and
 * states, as MapLibre does.
 */
export class CarteFactice {
  sources = new Map<string, SourceSpecification>();
  couches: string[] = [];
  etats = new Map<string, Record<string, unknown>>();
  appels: string[] = [];
  supprimee = false;
  private readonly ecouteurs: { evenement: string; couche?: string; rappel: Rappel }[] = [];

  on(evenement: string, coucheOuRappel: string | Rappel, rappel?: Rappel): this {
    if (typeof coucheOuRappel === 'string') this.ecouteurs.push({ evenement, couche: coucheOuRappel, rappel: rappel! });
    else this.ecouteurs.push({ evenement, rappel: coucheOuRappel });
    return this;
  }

  once(evenement: string, rappel: Rappel): this {
    const enveloppe: Rappel = (...args) => {
      this.ecouteurs.splice(
        this.ecouteurs.findIndex((e) => e.rappel === enveloppe),
        1,
      );
      rappel(...args);
    };
    this.ecouteurs.push({ evenement, rappel: enveloppe });
    return this;
  }

  setPaintProperty(couche: string, propriete: string, valeur: unknown): this {
    this.appels.push(`setPaintProperty:${couche}:${propriete}:${JSON.stringify(valeur)}`);
    return this;
  }

  triggerRepaint(): void {
    this.appels.push('triggerRepaint');
  }

  getCanvas(): { toDataURL: (type?: string) => string } {
    return { toDataURL: (type = 'image/png') => `data:${type};base64,AAAA` };
  }

  off(evenement: string, couche: string, rappel: Rappel): this {
    const i = this.ecouteurs.findIndex((e) => e.evenement === evenement && e.couche === couche && e.rappel === rappel);
    if (i >= 0) this.ecouteurs.splice(i, 1);
    return this;
  }

  emettre(evenement: string, donnees: unknown = {}, couche?: string): void {
    for (const e of [...this.ecouteurs]) if (e.evenement === evenement && e.couche === couche) e.rappel(donnees);
  }

  nombreEcouteurs(evenement: string, couche?: string): number {
    return this.ecouteurs.filter((e) => e.evenement === evenement && e.couche === couche).length;
  }

  addSource(id: string, source: SourceSpecification): this {
    if (this.sources.has(id)) throw new Error(`Source ${id} déjà présente`);
    this.sources.set(id, source);
    this.appels.push(`addSource:${id}`);
    return this;
  }

  getSource(id: string): unknown {
    return this.sources.get(id);
  }

  addLayer(couche: LayerSpecification, avant?: string): this {
    if (this.couches.includes(couche.id)) throw new Error(`Couche ${couche.id} déjà présente`);
    if ('source' in couche && typeof couche.source === 'string' && !this.sources.has(couche.source)) {
      throw new Error(`Source ${couche.source} absente pour ${couche.id}`);
    }
    const position = avant === undefined ? -1 : this.couches.indexOf(avant);
    if (position < 0) this.couches.push(couche.id);
    else this.couches.splice(position, 0, couche.id);
    this.appels.push(`addLayer:${couche.id}`);
    return this;
  }

  getLayer(id: string): unknown {
    return this.couches.includes(id) ? { id } : undefined;
  }

  removeLayer(id: string): this {
    this.couches = this.couches.filter((c) => c !== id);
    this.appels.push(`removeLayer:${id}`);
    return this;
  }

  setFeatureState(cible: { source: string; sourceLayer?: string; id?: string | number }, etat: Record<string, unknown>): void {
    if (!this.sources.has(cible.source)) throw new Error(`Source ${cible.source} absente`);
    const cle = `${cible.source}/${cible.sourceLayer}/${cible.id}`;
    this.etats.set(cle, { ...this.etats.get(cle), ...etat });
  }

  images = new Map<string, unknown>();
  emprise: [number, number, number, number] = [-5, 41, 10, 51];

  addImage(id: string, image: unknown): this {
    if (this.images.has(id)) throw new Error(`Image ${id} déjà présente`);
    this.images.set(id, image);
    this.appels.push(`addImage:${id}`);
    return this;
  }

  hasImage(id: string): boolean {
    return this.images.has(id);
  }

  getBounds(): { getWest: () => number; getSouth: () => number; getEast: () => number; getNorth: () => number } {
    const [o, s, e, n] = this.emprise;
    return { getWest: () => o, getSouth: () => s, getEast: () => e, getNorth: () => n };
  }

  setStyle(): this {
    this.images.clear();
    this.sources.clear();
    this.couches = [];
    this.etats.clear();
    this.appels.push('setStyle');
    return this;
  }

  fitBounds(...args: unknown[]): this {
    this.appels.push(`fitBounds:${JSON.stringify(args[0])}`);
    return this;
  }

  centre = { lng: 1.2, lat: 46.4 };
  zoom = 4.6;

  /** Moves at once and fires `moveend`, as MapLibre does. */
  jumpTo(options: { center: [number, number]; zoom: number }): this {
    this.centre = { lng: options.center[0], lat: options.center[1] };
    this.zoom = options.zoom;
    this.appels.push(`jumpTo:${JSON.stringify(options)}`);
    this.emettre('moveend');
    return this;
  }

  getCenter(): { lng: number; lat: number } {
    return this.centre;
  }

  getZoom(): number {
    return this.zoom;
  }

  /** A plain equirectangular projection around the centre (256 px per degree at zoom 0, doubled per zoom level). */
  project([lng, lat]: [number, number]): { x: number; y: number } {
    const echelle = 256 * 2 ** this.zoom;
    return { x: 400 + (lng - this.centre.lng) * echelle, y: 300 - (lat - this.centre.lat) * echelle };
  }

  resize(): this {
    return this;
  }

  remove(): void {
    this.supprimee = true;
  }

  enTantQueCarte(): CarteMaplibre {
    return this as unknown as CarteMaplibre;
  }
}
