import { InjectionToken } from '@angular/core';
import type { Map as CarteMapLibre, MapOptions } from 'maplibre-gl';

/** The part of the MapLibre map the service uses: tests mock exactly this, no WebGL needed. */
export type CarteMaplibre = Pick<
  CarteMapLibre,
  | 'on'
  | 'off'
  | 'once'
  | 'getCanvas'
  | 'triggerRepaint'
  | 'setPaintProperty'
  | 'addSource'
  | 'getSource'
  | 'addLayer'
  | 'getLayer'
  | 'removeLayer'
  | 'setFeatureState'
  | 'addImage'
  | 'hasImage'
  | 'getBounds'
  | 'setStyle'
  | 'fitBounds'
  | 'jumpTo'
  | 'getCenter'
  | 'getZoom'
  | 'project'
  | 'resize'
  | 'remove'
>;

export type FabriqueCarte = (options: MapOptions) => Promise<CarteMaplibre>;

/** French labels of MapLibre's own controls (RGAA: every button has a name in the page language). */
const LIBELLES_FRANCAIS: Record<string, string> = {
  'NavigationControl.ZoomIn': 'Zoomer',
  'NavigationControl.ZoomOut': 'Dézoomer',
  'NavigationControl.ResetBearing': 'Réorienter vers le nord',
  'ScaleControl.Kilometers': 'km',
  'ScaleControl.Meters': 'm',
  'AttributionControl.ToggleAttribution': 'Afficher ou masquer les sources',
  'Map.Title': 'Carte',
};

/**
 * Creates the real MapLibre map. MapLibre (~800 kB) is loaded lazily so the page, the search and
 * the cards are usable before it arrives.
 */
export const FABRIQUE_CARTE = new InjectionToken<FabriqueCarte>('Fabrique de carte MapLibre', {
  providedIn: 'root',
  factory: () => async (options) => {
    const module = await import('maplibre-gl');
    // maplibre-gl ships UMD: the bundler exposes it as the default export.
    const maplibre = module.default ?? module;
    const carte = new maplibre.Map({ ...options, locale: { ...LIBELLES_FRANCAIS, ...options.locale } });
    carte.addControl(new maplibre.NavigationControl({ showCompass: false }), 'top-right');
    carte.addControl(new maplibre.ScaleControl({ unit: 'metric' }), 'bottom-left');
    return carte;
  },
});
